/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/contract.ts';

declare global {
  interface Window {
    readonly api: Api;
  }
}
