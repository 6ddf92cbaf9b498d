import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { taskChannels } from '../../../shared/ipc/channels/task.ts';
import type { ServiceContext } from '../service-context.ts';

/** Stopping long work by name; each task answers for itself once it has stopped. */
export function taskHandlers(ctx: ServiceContext): HandlersFor<keyof typeof taskChannels> {
  return {
    'task:cancel': async ({ taskId }) => ({ canceled: ctx.tasks.cancel(taskId) }),
  };
}
