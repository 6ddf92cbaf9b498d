import { indiaDate } from '../../../shared/lib/dates/index.ts';
import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { exportChannels } from '../../../shared/ipc/channels/export.ts';
import { exportBatch } from '../export-batch.ts';
import { exportDraft } from '../export-draft.ts';
import type { ServiceContext } from '../service-context.ts';

/** Word export of one draft (save dialog), of one application per authority (folder dialog), and the clipboard. */
export function exportHandlers(ctx: ServiceContext): HandlersFor<keyof typeof exportChannels> {
  return {
    'export:docx': async ({ draft, mode }) => {
      const profile = (await ctx.settings()).settings.profile;
      return exportDraft({ draft, profileData: profile, dialogs: ctx.dialogs, today: indiaDate(ctx.now()), mode: mode ?? 'final', language: await ctx.language() });
    },
    'export:batch': async ({ draft, targets, taskId }) => {
      const profile = (await ctx.settings()).settings.profile;
      const language = await ctx.language();
      // A task from the start: a stop asked for while the folder dialog is open is kept and honoured.
      const outcome = await ctx.tasks.run('batch-export', taskId, (task) => exportBatch({
        draft, targets, profileData: profile, dialogs: ctx.dialogs, today: indiaDate(ctx.now()), language,
        signal: task.signal,
        onProgress: (done, total, authority) => task.report(done, total, authority || undefined),
      }));
      switch (outcome.kind) {
        case 'saved': return { kind: 'saved', folderName: outcome.folderName, fileNames: [...outcome.fileNames] };
        case 'failed': return { kind: 'failed', message: outcome.message, fileNames: [...outcome.fileNames] };
        case 'blocked': return { kind: 'blocked', problems: outcome.problems.map((p) => ({ authority: p.authority, missing: [...p.missing] })) };
        case 'canceled': return { kind: 'canceled' };
        case 'stopped': return { kind: 'stopped', folderName: outcome.folderName, fileNames: [...outcome.fileNames], total: outcome.total };
      }
    },
    'clipboard:write': async ({ text }) => {
      if (!ctx.clipboard) return { ok: false, message: 'There is no clipboard here.' };
      try {
        await ctx.clipboard.writeText(text);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: `The text could not be copied: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
  };
}
