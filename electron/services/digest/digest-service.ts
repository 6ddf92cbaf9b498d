import { formatDate } from '../../../shared/lib/dates/index.ts';
/**
 * The digest's work as the app (and the bridge) does it: choose a folder, run or resume, read
 * the rows back, open a row as a case, export. Plain Node over the index database.
 */
import { basename } from 'node:path';
import { analyze } from '../../../shared/analysis/analyze.ts';
import type { Case } from '../../../shared/domain/case.ts';
import type { DigestEntry } from '../../../shared/digest/digest-entry.ts';
import { digestCsv } from '../../../shared/digest/digest-table.ts';
import { digestAssuranceEvents } from '../../../shared/digest/digest-calendar.ts';
import { toIcs } from '../../../shared/calendar/ics.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { digestFileStem } from './digest-paths.ts';
import type { CaseStore } from '../case-store.ts';
import type { Dialogs } from '../dialogs.ts';
import type { EngineLanguage } from '../../../shared/messages/catalogue.ts';
import { msg, type Message } from '../../../shared/messages/message.ts';
import { nativeTexts } from '../native-texts.ts';
import { emptyCase } from '../handlers/case-handlers.ts';
import type { IndexDb } from '../index-db/index-db.ts';
import { DIGEST_EXTENSIONS, listDigestFiles, type DigestFile } from './digest-files.ts';
import { digestIdForFiles, pickedDigestFiles, pickedTitle } from './digest-picked-files.ts';
import { digestIdForFolder, loadManifest, loadManifests, saveManifest, type DigestManifest } from './digest-manifest.ts';
import { digestEntries, ensureDigest, listDigestInfos, setCaseId, storedReplyText } from './digest-store.ts';
import { digestXlsx } from './digest-xlsx.ts';
import { digestPool } from './digest-pool.ts';
import { runDigest, type DigestStep } from './run-digest.ts';

export type RunOutcome =
  | { readonly kind: 'done'; readonly digestId: string }
  | { readonly kind: 'stopped'; readonly digestId: string; readonly done: number; readonly total: number }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'failed'; readonly message: string };

export type DigestServiceDeps = {
  readonly index: IndexDb;
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly now: () => string;
  /** The interface language now, for the dialogs' titles and filter names. */
  readonly language: () => Promise<EngineLanguage>;
};

async function filesOf(m: DigestManifest): Promise<DigestFile[]> {
  if (m.folder !== null) return listDigestFiles(m.folder);
  return pickedDigestFiles(m.files);
}

/** Every digest the index or a manifest knows: after a rebuild, the manifests bring them back (empty, to resume). */
export async function listDigests(deps: DigestServiceDeps) {
  const db = deps.index.db;
  for (const m of await loadManifests(deps.dataDir)) ensureDigest(db, m);
  return listDigestInfos(db).map((d) => ({ ...d, files: Number(db.prepare('SELECT count(*) AS n FROM digest_file WHERE digest_id = ?').get(d.id)?.['n'] ?? 0) }));
}

export async function resumeDigest(deps: DigestServiceDeps, digestId: string, signal: AbortSignal, onStep: (s: DigestStep) => void): Promise<RunOutcome> {
  const m = await loadManifest(deps.dataDir, digestId);
  if (m === null) return { kind: 'failed', message: 'This digest’s record of its folder is missing, so it cannot be read again.' };
  ensureDigest(deps.index.db, m);
  let files: DigestFile[];
  try {
    files = await filesOf(m);
  } catch (e) {
    return { kind: 'failed', message: `The folder could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
  // One worker per core reads and judges; this thread only commits rows (and answers IPC meanwhile).
  const reader = digestPool();
  let run: Awaited<ReturnType<typeof runDigest>>;
  try {
    run = await runDigest({ db: deps.index.db, digestId, files, signal, onStep, reader });
  } finally {
    await reader.close();
  }
  return run.stopped ? { kind: 'stopped', digestId, done: run.digested + run.skipped, total: run.total } : { kind: 'done', digestId };
}

export async function digestChosenFolder(deps: DigestServiceDeps, signal: AbortSignal, onStep: (s: DigestStep) => void): Promise<RunOutcome> {
  const folder = await deps.dialogs.chooseFolder({ title: nativeTexts(await deps.language()).text(msg('native.dialog.digestFolder')) });
  if (folder === null) return { kind: 'canceled' };
  const id = digestIdForFolder(folder);
  const existing = await loadManifest(deps.dataDir, id);
  await saveManifest(deps.dataDir, existing ?? { id, title: basename(folder) || folder, createdAt: deps.now(), folder, files: [] });
  return resumeDigest(deps, id, signal, onStep);
}

/** The formats a digest reads, for the open dialog (import-file.ts still checks each by its content). */

/** Pick many files in one dialog and digest them; the same files picked again resume their digest. */
export async function digestChosenFiles(deps: DigestServiceDeps, signal: AbortSignal, onStep: (s: DigestStep) => void): Promise<RunOutcome> {
  const say = nativeTexts(await deps.language());
  const paths = await deps.dialogs.chooseOpenFiles({
    title: say.text(msg('native.dialog.digestFiles')),
    filters: [{ name: say.text(msg('native.filter.digestReplies')), extensions: DIGEST_EXTENSIONS.map((e) => e.slice(1)) }],
  });
  if (paths === null || paths.length === 0) return { kind: 'canceled' };
  const id = digestIdForFiles(paths);
  const existing = await loadManifest(deps.dataDir, id);
  await saveManifest(deps.dataDir, existing ?? { id, title: pickedTitle(paths), createdAt: deps.now(), folder: null, files: [...paths] });
  return resumeDigest(deps, id, signal, onStep);
}

export function rowsOf(deps: DigestServiceDeps, digestId: string): DigestEntry[] {
  return digestEntries(deps.index.db, digestId);
}

function caseTitle(entry: Extract<DigestEntry, { kind: 'reply' }>): string {
  const r = entry.reply;
  const house = r.house === 'Lok Sabha' ? 'LS' : r.house === 'Rajya Sabha' ? 'RS' : null;
  const id = [house, r.number ? `Q ${r.number}` : null, r.date ? formatDate(r.date) : null].filter(Boolean).join(' ');
  const subject = r.subject ?? entry.file;
  return (id ? `${id}: ${subject}` : subject).slice(0, 200);
}

/** The row as a full case, made from the stored text the first time it is opened; the same case after. */
export async function openRowAsCase(deps: DigestServiceDeps, store: CaseStore, digestId: string, file: string): Promise<{ ok: true; caseId: string } | { ok: false; message: string }> {
  const entry = rowsOf(deps, digestId).find((e) => e.file === file);
  const stored = storedReplyText(deps.index.db, digestId, file);
  if (!entry || entry.kind !== 'reply' || stored === null) return { ok: false, message: 'That row has no reply to open: it could not be read.' };
  if (stored.caseId !== null && await store.exists(stored.caseId)) return { ok: true, caseId: stored.caseId };
  const at = deps.now();
  const output = analyze({ kind: 'combined', text: stored.text });
  const base = emptyCase(caseTitle(entry), at);
  const sourceId = `qa-${base.id}`;
  const c: Case = {
    ...base,
    sources: [{ id: sourceId, role: 'qa', title: stored.fileName, text: stored.text, origin: { kind: 'file', fileName: stored.fileName, importedAt: at }, note: 'From a session digest.' }],
    question: output.question,
    analysis: { sourceId, analyzedAt: at, parts: output.parts, overrides: [] },
  };
  const created = await store.create(c);
  if (!created.ok) return { ok: false, message: created.error };
  setCaseId(deps.index.db, digestId, file, created.value.id);
  return { ok: true, caseId: created.value.id };
}

const EXPORTS = {
  csv: { title: msg('native.dialog.digestCsv'), filter: msg('native.filter.csv') },
  xlsx: { title: msg('native.dialog.digestXlsx'), filter: msg('native.filter.excel') },
  ics: { title: msg('native.dialog.digestIcs'), filter: msg('native.filter.calendar') },
} as const satisfies Record<'csv' | 'xlsx' | 'ics', { title: Message; filter: Message }>;

export async function exportDigest(deps: DigestServiceDeps, digestId: string, format: 'csv' | 'xlsx' | 'ics'): Promise<{ kind: 'saved'; fileName: string } | { kind: 'canceled' } | { kind: 'failed'; message: string }> {
  const title = listDigestInfos(deps.index.db).find((d) => d.id === digestId)?.title ?? 'digest';
  const safe = digestFileStem(title);
  const say = nativeTexts(await deps.language());
  const path = await deps.dialogs.chooseSavePath({
    title: say.text(EXPORTS[format].title),
    defaultName: `${safe} ${format === 'ics' ? 'assurances' : 'digest'}.${format}`,
    filters: [{ name: say.text(EXPORTS[format].filter), extensions: [format] }],
  });
  if (path === null) return { kind: 'canceled' };
  try {
    const entries = rowsOf(deps, digestId);
    const bytes = format === 'csv' ? digestCsv(entries)
      : format === 'xlsx' ? await digestXlsx(entries)
        : toIcs(digestAssuranceEvents({ id: digestId, title }, entries), { now: new Date(deps.now()), calendarName: `Assurances: ${title}` });
    await writeFileAtomic(path, bytes);
    return { kind: 'saved', fileName: basename(path) };
  } catch (e) {
    return { kind: 'failed', message: `The file could not be written: ${e instanceof Error ? e.message : String(e)}` };
  }
}
