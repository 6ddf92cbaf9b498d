import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/contract.ts';

/**
 * One method per channel, nothing else (Electron's context-isolation guide: never expose
 * ipcRenderer or a generic send). `satisfies Api` fails the build if a channel is missing or
 * mistyped. Type-only import: zod is not bundled into the sandboxed preload.
 */
const api = {
  'app:bootstrap': (input) => ipcRenderer.invoke('app:bootstrap', input),
  'cases:list': (input) => ipcRenderer.invoke('cases:list', input),
  'cases:open': (input) => ipcRenderer.invoke('cases:open', input),
  'cases:save': (input) => ipcRenderer.invoke('cases:save', input),
  'cases:create': (input) => ipcRenderer.invoke('cases:create', input),
  'workspace:choose': (input) => ipcRenderer.invoke('workspace:choose', input),
  'export:docx': (input) => ipcRenderer.invoke('export:docx', input),
  'export:batch': (input) => ipcRenderer.invoke('export:batch', input),
  'clipboard:write': (input) => ipcRenderer.invoke('clipboard:write', input),
  'import:file': (input) => ipcRenderer.invoke('import:file', input),
  'import:bytes': (input) => ipcRenderer.invoke('import:bytes', input),
  'import:cancel': (input) => ipcRenderer.invoke('import:cancel', input),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
