import { z } from 'zod';
import { CaseRevisionSchema } from '../domain/case-sync.ts';

/**
 * Messages main sends to the renderer (the other direction from `contract.ts`): commands chosen
 * in the application menu. The renderer's keyboard shortcuts run the same commands.
 */
export const MENU_COMMANDS = ['new-case', 'open-case', 'save-copy', 'export', 'find', 'settings', 'dashboard', 'help', 'about'] as const;
export const MenuCommandSchema = z.object({
  command: z.enum(MENU_COMMANDS),
  /** For 'open-case' from the Recent Cases menu. */
  caseId: z.string().optional(),
});
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const MENU_COMMAND_EVENT = 'menu:command';

/**
 * Long work main does for the renderer, which reports progress and can be stopped: reading a
 * file (a PDF page by page), writing one RTI application per authority, building a case bundle.
 */
export const TASK_KINDS = ['import', 'batch-export', 'bundle-export', 'digest'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * The renderer names each task it starts (so it can stop it and knows which events are its own);
 * main names the ones started without a name. Letters, digits, '-' and '_' only: it travels in
 * every progress event and is never a path.
 */
export const TaskIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a task id is 1-64 letters, digits, - or _');
export type TaskId = z.infer<typeof TaskIdSchema>;

export const TaskProgressSchema = z.object({
  taskId: TaskIdSchema,
  kind: z.enum(TASK_KINDS),
  /** Units finished: pages read, files written, bundle steps done. */
  done: z.number().int().nonnegative(),
  /** Units in all; null while that is not known (a text file is read in one go). */
  total: z.number().int().nonnegative().nullable(),
  /** The thing being worked on, as the user knows it: a file name, an authority's name. */
  label: z.string().max(500).optional(),
}).strict().refine((p) => p.total === null || p.done <= p.total, { message: 'done cannot exceed total' });
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

export const TASK_PROGRESS_EVENT = 'task:progress';

/**
 * Cases changed in the workspace folder, by this app or by anything else (another person on a
 * network drive, a sync tool bringing another machine's save). The renderer reloads the list and,
 * when the open case is among them, merges the new version into what is on screen.
 */
export const WorkspaceChangeSchema = z.object({
  caseIds: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/)).max(1000),
  /**
   * Of the cases above, those whose file is still the one this app just wrote, with the revision
   * it holds: the window that saved it has that revision already and need not read the case
   * back. A case left out may have been changed by anyone and is read again.
   */
  written: z.array(z.object({ caseId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/), hash: CaseRevisionSchema.shape.hash }).strict()).max(1000).optional(),
}).strict();
export type WorkspaceChange = z.infer<typeof WorkspaceChangeSchema>;

export const WORKSPACE_CHANGED_EVENT = 'workspace:changed';

/** What the preload adds to `window.api` besides the channels: subscriptions, each returning an unsubscribe. */
export type ApiEvents = {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Progress of every task main runs; the renderer keeps the events of the tasks it started. */
  readonly onTaskProgress: (listener: (progress: TaskProgress) => void) => () => void;
  /** Cases changed in the workspace folder (`WORKSPACE_CHANGED_EVENT`). */
  readonly onWorkspaceChanged: (listener: (change: WorkspaceChange) => void) => () => void;
};
