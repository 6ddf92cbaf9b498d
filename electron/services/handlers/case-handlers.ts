import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { CASE_SCHEMA_VERSION, type Case } from '../../../shared/domain/case.ts';
import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { caseChannels } from '../../../shared/ipc/channels/cases.ts';
import type { textChannels } from '../../../shared/ipc/channels/texts.ts';
import { exampleCase } from '../example-case.ts';
import type { ServiceContext } from '../service-context.ts';
import { msg } from '../../../shared/messages/message.ts';
import { APP_NAME, nativeTexts } from '../native-texts.ts';
import { storedProfile } from './settings-handlers.ts';
import { nameStagedTexts, putStagedTexts } from '../../../shared/ipc/case-wire.ts';

/** Start-up, the case list, opening, saving (and the long texts sent ahead of a save) and creating cases, and choosing the workspace. */
export function caseHandlers(ctx: ServiceContext): HandlersFor<keyof typeof caseChannels | keyof typeof textChannels> {
  return {
    'app:bootstrap': async () => {
      const session = await ctx.session();
      const loaded = await ctx.settings();
      const cases = await ctx.caseStore();
      let openCaseId = loaded.settings.lastOpenCaseId;
      if (!loaded.settings.exampleSeeded) {
        const example = exampleCase(ctx.now());
        if (!(await cases.exists(example.id))) await cases.create(example);
        openCaseId = example.id;
        await ctx.updateSettings({ exampleSeeded: true, lastOpenCaseId: example.id });
      }
      return {
        workspace: { path: cases.workspace, isDefault: loaded.settings.workspace === null },
        firstRun: loaded.kind === 'fresh',
        openCaseId,
        recovery: session.recovery ? { startedAt: session.recovery.startedAt, cases: [...session.recovery.cases] } : null,
      };
    },
    'cases:list': async () => (await ctx.caseStore()).list(),
    // Read-only: unlike 'cases:open' it leaves the last-opened case and the recent list alone.
    'cases:questions': async () => {
      const store = await ctx.caseStore();
      const { cases } = await store.list();
      const questions = [];
      for (const summary of cases) {
        const read = await store.open(summary.id);
        const q = read.ok ? read.value.value.question : null;
        if (q && q.parts.length > 0) questions.push({ caseId: summary.id, title: summary.title, question: q });
      }
      return { questions };
    },
    'cases:open': async ({ id }) => {
      const read = await (await ctx.caseStore()).open(id);
      if (!read.ok) return { ok: false, message: read.error };
      const recent = (await ctx.settings()).settings.recentCaseIds.filter((x) => x !== id);
      await ctx.updateSettings({ lastOpenCaseId: id, recentCaseIds: [id, ...recent].slice(0, 10) });
      ctx.events.emit({ kind: 'case-opened', caseId: id });
      return { ok: true, case: read.value.value, migratedFrom: read.value.migratedFrom };
    },
    'cases:save': async ({ case: wire }) => {
      // Texts sent ahead (`texts:stage`) are put in first; the case is then checked and written whole.
      const put = putStagedTexts(wire, ctx.stagedTexts.get);
      if (!put.ok) return { ok: false, message: 'Not saved: some long texts sent ahead of the save are no longer held; send them again.', missingTexts: [...put.error] };
      const c = put.value.case;
      const saved = await (await ctx.caseStore()).save(c, { by: await authorName(ctx) });
      if (saved.ok) await (await ctx.session()).recordSave(c.id, c.title, saved.value.savedAt);
      return saved.ok
        ? { ok: true, savedAt: saved.value.savedAt, case: nameStagedTexts(saved.value.case, put.value.staged), merged: saved.value.merged, newConflicts: saved.value.newConflicts }
        : { ok: false, message: saved.error };
    },
    'texts:stage': async ({ key, at, part }) => {
      const appended = ctx.stagedTexts.append(key, at, part);
      return appended.ok ? { ok: true, held: appended.value } : { ok: false, message: appended.error };
    },
    'cases:create': async ({ title }) => {
      const created = await (await ctx.caseStore()).create(emptyCase(title, ctx.now()), { by: await authorName(ctx) });
      return created.ok ? { ok: true, case: created.value } : { ok: false, message: created.error };
    },
    'cases:save-copy': async ({ id }) => {
      const read = await (await ctx.caseStore()).open(id);
      if (!read.ok) return { kind: 'failed', message: read.error };
      const c = read.value.value;
      const say = nativeTexts(await ctx.language());
      const path = await ctx.dialogs.chooseSavePath({
        title: say.text(msg('native.dialog.saveCopy')),
        defaultName: `${c.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 80) || c.id}.unanswered.json`,
        filters: [{ name: say.text(msg('native.filter.case', { app: APP_NAME })), extensions: ['json'] }],
      });
      if (path === null) return { kind: 'canceled' };
      try {
        await writeFileAtomic(path, `${JSON.stringify(c, null, 2)}\n`);
      } catch (e) {
        return { kind: 'failed', message: `The copy could not be written: ${e instanceof Error ? e.message : String(e)}` };
      }
      return { kind: 'saved', fileName: basename(path) };
    },
    'workspace:choose': async () => {
      const chosen = await ctx.dialogs.chooseFolder({ title: nativeTexts(await ctx.language()).text(msg('native.dialog.workspace')) });
      if (chosen === null) return { ok: false, canceled: true, message: 'No folder was chosen.' };
      try {
        await mkdir(chosen, { recursive: true });
      } catch (e) {
        return { ok: false, canceled: false, message: `That folder cannot be used: ${String(e)}` };
      }
      await ctx.updateSettings({ workspace: chosen, lastOpenCaseId: null });
      ctx.resetCaseStore();
      return { ok: true, workspace: { path: chosen, isDefault: false } };
    },
  };
}

/**
 * Who a change is recorded as made by, in a shared workspace: the name in the user's profile
 * (the applicant's, else the Member's, else the organisation's); '' when none is set.
 */
export async function authorName(ctx: ServiceContext): Promise<string> {
  const profile = storedProfile((await ctx.settings()).settings);
  return (profile.applicant.name.trim() || profile.member.name.trim() || profile.letterhead.organisation.trim()).slice(0, 200);
}

export function emptyCase(title: string, at: string): Case {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: `${slug || 'case'}-${randomBytes(3).toString('hex')}`,
    title,
    createdAt: at,
    updatedAt: at,
    isExample: false,
    matter: { summary: '', notes: '' },
    sources: [],
    question: null,
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] },
    drafts: [],
    filings: [],
    evidence: [],
  };
}
