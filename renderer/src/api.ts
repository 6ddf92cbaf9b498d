import type { Api } from '../../shared/ipc/contract.ts';
import { MenuCommandSchema, TaskProgressSchema, WorkspaceChangeSchema, type ApiEvents, type MenuCommand, type TaskProgress, type WorkspaceChange } from '../../shared/ipc/events.ts';

/**
 * The renderer's only door to main: the preload's `window.api`, one method per channel.
 * No other file touches `window.api` (lint rule in eslint.config.js).
 */
export const api: Api = window.api;

/** Subscribe to application-menu commands; returns the unsubscribe. Malformed messages are dropped. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const events: ApiEvents = window.api;
  return events.onMenuCommand((raw) => {
    const parsed = MenuCommandSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}

/** Subscribe to the progress of main's long work (every task; keep your own by `taskId`); returns the unsubscribe. Malformed messages are dropped. */
export function onTaskProgress(listener: (progress: TaskProgress) => void): () => void {
  const events: ApiEvents = window.api;
  return events.onTaskProgress((raw) => {
    const parsed = TaskProgressSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}

/** Subscribe to changes in the workspace folder (made here or elsewhere); returns the unsubscribe. Malformed messages are dropped. */
export function onWorkspaceChanged(listener: (change: WorkspaceChange) => void): () => void {
  const events: ApiEvents = window.api;
  return events.onWorkspaceChanged((raw) => {
    const parsed = WorkspaceChangeSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}
