import { rawEvents } from './api.ts';
import { checkedEvents } from './checked-events.ts';

/**
 * Main's events for the screens, checked against their schemas (checked-events.ts); each
 * subscription returns its unsubscribe:
 * - `onMenuCommand`: application-menu commands;
 * - `onTaskProgress`: the progress of main's long work (every task; keep your own by `taskId`);
 * - `onWorkspaceChanged`: cases changed in the workspace folder, here or elsewhere.
 */
export const { onMenuCommand, onTaskProgress, onWorkspaceChanged } = checkedEvents(rawEvents);
