import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/contract.ts';
import type { ApiEvents, MenuCommand, TaskProgress, WorkspaceChange } from '../../shared/ipc/events.ts';

/**
 * One method per channel, nothing else (Electron's context-isolation guide: never expose
 * ipcRenderer or a generic send). `satisfies Api` fails the build if a channel is missing or
 * mistyped. Type-only import: zod is not bundled into the sandboxed preload.
 */
const api = {
  'app:start': (input) => ipcRenderer.invoke('app:start', input),
  'app:bootstrap': (input) => ipcRenderer.invoke('app:bootstrap', input),
  'cases:list': (input) => ipcRenderer.invoke('cases:list', input),
  'cases:open': (input) => ipcRenderer.invoke('cases:open', input),
  'cases:save': (input) => ipcRenderer.invoke('cases:save', input),
  'texts:stage': (input) => ipcRenderer.invoke('texts:stage', input),
  'cases:create': (input) => ipcRenderer.invoke('cases:create', input),
  'cases:save-copy': (input) => ipcRenderer.invoke('cases:save-copy', input),
  'cases:questions': (input) => ipcRenderer.invoke('cases:questions', input),
  'workspace:choose': (input) => ipcRenderer.invoke('workspace:choose', input),
  'export:docx': (input) => ipcRenderer.invoke('export:docx', input),
  'tracker:settings-get': (input) => ipcRenderer.invoke('tracker:settings-get', input),
  'tracker:settings-set': (input) => ipcRenderer.invoke('tracker:settings-set', input),
  'tracker:overview': (input) => ipcRenderer.invoke('tracker:overview', input),
  'tracker:export-ics': (input) => ipcRenderer.invoke('tracker:export-ics', input),
  'tracker:attach-evidence': (input) => ipcRenderer.invoke('tracker:attach-evidence', input),
  'tracker:verify-evidence': (input) => ipcRenderer.invoke('tracker:verify-evidence', input),
  'tracker:export-bundle': (input) => ipcRenderer.invoke('tracker:export-bundle', input),
  'export:batch': (input) => ipcRenderer.invoke('export:batch', input),
  'clipboard:write': (input) => ipcRenderer.invoke('clipboard:write', input),
  'import:file': (input) => ipcRenderer.invoke('import:file', input),
  'import:bytes': (input) => ipcRenderer.invoke('import:bytes', input),
  'import:cancel': (input) => ipcRenderer.invoke('import:cancel', input),
  'settings:get': (input) => ipcRenderer.invoke('settings:get', input),
  'settings:update': (input) => ipcRenderer.invoke('settings:update', input),
  'search:query': (input) => ipcRenderer.invoke('search:query', input),
  'task:cancel': (input) => ipcRenderer.invoke('task:cancel', input),
  'digest:list': (input) => ipcRenderer.invoke('digest:list', input),
  'digest:run-folder': (input) => ipcRenderer.invoke('digest:run-folder', input),
  'digest:run-files': (input) => ipcRenderer.invoke('digest:run-files', input),
  'digest:drop-start': (input) => ipcRenderer.invoke('digest:drop-start', input),
  'digest:drop-file': (input) => ipcRenderer.invoke('digest:drop-file', input),
  'digest:resume': (input) => ipcRenderer.invoke('digest:resume', input),
  'digest:rows': (input) => ipcRenderer.invoke('digest:rows', input),
  'digest:open-case': (input) => ipcRenderer.invoke('digest:open-case', input),
  'digest:briefing': (input) => ipcRenderer.invoke('digest:briefing', input),
  'digest:export': (input) => ipcRenderer.invoke('digest:export', input),
} satisfies Api;

/**
 * Menu commands from main. Main builds the payload from a closed list; the renderer still checks
 * the shape (`MenuCommandSchema`) before acting on it. The listener never sees the IPC event.
 */
const events = {
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu:command', wrapped);
    return () => { ipcRenderer.removeListener('menu:command', wrapped); };
  },
  /** Progress of long work (shared/ipc/events.ts `TaskProgressSchema`); the renderer checks the shape too. */
  onTaskProgress: (listener) => {
    const wrapped = (_event: unknown, progress: TaskProgress) => listener(progress);
    ipcRenderer.on('task:progress', wrapped);
    return () => { ipcRenderer.removeListener('task:progress', wrapped); };
  },
  /** Cases changed in the workspace folder (shared/ipc/events.ts `WorkspaceChangeSchema`); checked again in the renderer. */
  onWorkspaceChanged: (listener) => {
    const wrapped = (_event: unknown, change: WorkspaceChange) => listener(change);
    ipcRenderer.on('workspace:changed', wrapped);
    return () => { ipcRenderer.removeListener('workspace:changed', wrapped); };
  },
} satisfies ApiEvents;

contextBridge.exposeInMainWorld('api', { ...api, ...events });
