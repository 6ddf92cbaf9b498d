import { z } from 'zod';
import { TaskIdSchema } from '../events.ts';
import type { ChannelSpec } from './common.ts';

/**
 * Stopping long work by the name the renderer gave it (`taskId` in `import:file`, `import:bytes`,
 * `export:batch`, `tracker:export-bundle`). The task itself then answers with its own "stopped"
 * or "canceled" value; progress arrives as `task:progress` events (shared/ipc/events.ts).
 */
export const taskChannels = {
  'task:cancel': {
    input: z.object({ taskId: TaskIdSchema }).strict(),
    /** `canceled`: a running task of that name was told to stop (false if it had finished or not yet begun). */
    output: z.object({ canceled: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;
