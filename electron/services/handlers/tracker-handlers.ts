import { indiaDate } from '../../../shared/lib/dates/index.ts';
import { basename } from 'node:path';
import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { TrackerSettings, trackerChannels } from '../../../shared/ipc/channels/tracker.ts';
import { digestAssuranceEvent } from '../../../shared/digest/digest-calendar.ts';
import { exportCalendar } from '../calendar-export.ts';
import { allDigestAssurances } from '../digest/digest-assurance-list.ts';
import { bundleSteps, exportCaseBundle, type BundleDocument } from '../case-bundle.ts';
import { attachEvidence, verifyEvidence } from '../evidence.ts';
import { renderDraftDocx, suggestedFileName } from '../export-draft.ts';
import type { ServiceContext } from '../service-context.ts';
import type { FileFilter } from '../dialogs.ts';
import { msg } from '../../../shared/messages/message.ts';
import type { MessageTexts } from '../../../shared/messages/texts.ts';
import { nativeTexts } from '../native-texts.ts';
import type { Settings } from '../settings-store.ts';
import { deadlineOptionsFrom, loadAllCases } from '../tracker-data.ts';

/**
 * What evidence usually is: replies and orders (PDF, Word, scans), postal receipts and portal
 * screenshots (images), e-mails. "All files" stays available: the store keeps any regular file.
 */
function evidenceFilters(say: MessageTexts): ReadonlyArray<FileFilter> {
  return [
    { name: say.text(msg('native.filter.evidence')), extensions: ['pdf', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'tif', 'tiff', 'docx', 'doc', 'odt', 'txt', 'eml', 'msg', 'html'] },
    { name: say.text(msg('native.filter.all')), extensions: ['*'] },
  ];
}

function trackerSettings(settings: Settings, now: string): TrackerSettings {
  return { today: indiaDate(now), postalDeliveryDays: settings.tracker.postalDeliveryDays };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The filing tracker's channels: settings, the cross-case overview, .ics, evidence and the case bundle. */
export function trackerHandlers(ctx: ServiceContext): HandlersFor<keyof typeof trackerChannels> {
  return {
    'tracker:settings-get': async () => trackerSettings((await ctx.settings()).settings, ctx.now()),
    'tracker:settings-set': async ({ postalDeliveryDays }) => {
      const current = await ctx.settings();
      if (current.kind === 'unreadable') return { ok: false, message: `${current.message} The allowance was not changed.` };
      await ctx.updateSettings({ tracker: { ...current.settings.tracker, postalDeliveryDays } });
      return { ok: true, settings: trackerSettings((await ctx.settings()).settings, ctx.now()) };
    },
    'tracker:overview': async () => {
      const settings = (await ctx.settings()).settings;
      const { cases, problems } = await loadAllCases(await ctx.caseStore());
      const digests = allDigestAssurances(ctx.paths.dataDir);
      return {
        settings: trackerSettings(settings, ctx.now()),
        cases: cases.map((c) => ({ caseId: c.id, caseTitle: c.title, filings: c.filings })),
        digestAssurances: digests.assurances,
        problems: digests.problem === null ? problems : [...problems, { file: 'index.sqlite', message: digests.problem }],
      };
    },
    'tracker:export-ics': async () => {
      const settings = (await ctx.settings()).settings;
      const { cases } = await loadAllCases(await ctx.caseStore());
      const say = nativeTexts(await ctx.language());
      const path = await ctx.dialogs.chooseSavePath({
        title: say.text(msg('native.dialog.exportCalendar')),
        defaultName: 'Unanswered deadlines.ics',
        filters: [{ name: say.text(msg('native.filter.calendarIcal')), extensions: ['ics'] }],
      });
      if (path === null) return { kind: 'canceled' };
      const now = ctx.now();
      const extraEvents = allDigestAssurances(ctx.paths.dataDir).assurances.map(digestAssuranceEvent);
      const written = await exportCalendar({ cases, outPath: path, today: indiaDate(now), now: new Date(now), options: deadlineOptionsFrom(settings), extraEvents });
      if (!written.ok) return { kind: 'failed', message: written.error };
      return { kind: 'saved', fileName: basename(written.value.path), events: written.value.events };
    },
    'tracker:attach-evidence': async ({ caseId, filingId, note }) => {
      const say = nativeTexts(await ctx.language());
      const source = await ctx.dialogs.chooseOpenFile({ title: say.text(msg('native.dialog.attachEvidence')), filters: evidenceFilters(say) });
      if (source === null) return { kind: 'canceled' };
      const store = await ctx.caseStore();
      const attached = await attachEvidence({ workspace: store.workspace, caseId, filingId, sourcePath: source, note, now: ctx.now() });
      return attached.ok ? { kind: 'attached', evidence: attached.value } : { kind: 'failed', message: attached.error };
    },
    'tracker:verify-evidence': async ({ caseId, files }) => {
      const store = await ctx.caseStore();
      const results = [];
      for (const file of files) results.push({ id: file.id, check: await verifyEvidence(store.workspace, caseId, file) });
      return { results };
    },
    'tracker:export-bundle': async ({ case: c, taskId }) => {
      const store = await ctx.caseStore();
      if (!(await store.exists(c.id))) return { kind: 'failed', message: `There is no case "${c.id}" in the workspace.` };
      // A task from the start: a stop asked for while the save dialog is open is kept and honoured.
      return ctx.tasks.run('bundle-export', taskId, async (task) => {
        const say = nativeTexts(await ctx.language());
        const path = await ctx.dialogs.chooseSavePath({
          title: say.text(msg('native.dialog.exportBundle')),
          defaultName: `${bundleStem(c.title)}.zip`,
          filters: [{ name: say.text(msg('native.filter.zip')), extensions: ['zip'] }],
        });
        if (path === null) return { kind: 'canceled' };
        const now = ctx.now();
        const profile = (await ctx.settings()).settings.profile;
        // Steps: each draft rendered, then each evidence file and the zip (`bundleSteps`).
        const total = c.drafts.length + bundleSteps(c);
        task.report(0, total);
        const documents: BundleDocument[] = [];
        const skippedDrafts: Array<{ title: string; missing: string[] }> = [];
        for (const [i, draft] of c.drafts.entries()) {
          if (task.signal.aborted) return { kind: 'stopped' };
          try {
            // A hearing bundle keeps every draft; one with blanks left is marked as a draft, never passed off as final.
            const rendered = await renderDraftDocx(draft, profile, indiaDate(now), 'draft');
            if (rendered.ok) documents.push({ fileName: suggestedFileName(draft), bytes: rendered.bytes });
            else skippedDrafts.push({ title: draft.title, missing: rendered.missing.map((m) => m.label) });
          } catch (e) {
            return { kind: 'failed', message: `A draft could not be rendered: ${message(e)}` };
          }
          task.report(i + 1, total, draft.title);
        }
        try {
          const written = await exportCaseBundle({
            c, workspace: store.workspace, outPath: path, documents, now,
            signal: task.signal,
            onProgress: (done, _steps, label) => task.report(c.drafts.length + done, total, label),
          });
          if (!written.ok) return { kind: 'failed', message: written.error };
          return { kind: 'saved', fileName: basename(written.value.path), entries: written.value.entries, omitted: [...written.value.omitted], skippedDrafts };
        } catch (e) {
          // exportCaseBundle rejects only when stopped (having written nothing); anything else is a bug.
          if (task.signal.aborted) return { kind: 'stopped' };
          throw e;
        }
      });
    },
  };
}

/** The case title as a file name Windows accepts. */
function bundleStem(title: string): string {
  const stem = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return stem ? `${stem} (bundle)` : 'Case bundle';
}
