/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/contract.ts';
import type { ApiEvents } from '../../shared/ipc/events.ts';

declare global {
  interface Window {
    readonly api: Api & ApiEvents;
  }
}
