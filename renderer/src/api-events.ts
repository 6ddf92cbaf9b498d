import { MenuCommandSchema, TaskProgressSchema, WorkspaceChangeSchema, type MenuCommand, type TaskProgress, type WorkspaceChange } from '../../shared/ipc/events.ts';
import { rawEvents } from './api.ts';

/** Subscribe to application-menu commands; returns the unsubscribe. Malformed messages are dropped. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return rawEvents.onMenuCommand((raw) => {
    const parsed = MenuCommandSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}

/** Subscribe to the progress of main's long work (every task; keep your own by `taskId`); returns the unsubscribe. Malformed messages are dropped. */
export function onTaskProgress(listener: (progress: TaskProgress) => void): () => void {
  return rawEvents.onTaskProgress((raw) => {
    const parsed = TaskProgressSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}

/** Subscribe to changes in the workspace folder (made here or elsewhere); returns the unsubscribe. Malformed messages are dropped. */
export function onWorkspaceChanged(listener: (change: WorkspaceChange) => void): () => void {
  return rawEvents.onWorkspaceChanged((raw) => {
    const parsed = WorkspaceChangeSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}
