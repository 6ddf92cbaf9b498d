import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { exportChannels } from '../../../shared/ipc/channels/export.ts';
import { exportDraft } from '../export-draft.ts';
import type { ServiceContext } from '../service-context.ts';

/** Word export of one draft, through the save dialog. */
export function exportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof exportChannels> {
  return {
    'export:docx': async ({ draft }) => {
      const profile = (await ctx.settings()).settings.profile;
      return exportDraft({ draft, profileData: profile, dialogs: ctx.dialogs, today: ctx.now().slice(0, 10) });
    },
  };
}
