import { systemClock } from '../../shared/lib/dates/index.ts';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CaseIdSchema, CaseSchema, type Case, type CaseSummary } from '../../shared/domain/case.ts';
import { readCaseText, type ReadCase } from '../../shared/domain/case-migrations.ts';
import { changedParts, jsonEqual, mergeCases, mergeHistory, stableHash, type MergeSide } from '../../shared/domain/case-merge.ts';
import { caseConflicts, caseHistory } from '../../shared/domain/case-sync-read.ts';
import type { CaseHistoryEntry } from '../../shared/domain/case-sync.ts';
import { openPartLabels } from '../../shared/domain/effective-verdicts.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';
import { describeIssues } from '../../shared/lib/parse.ts';
import { fileStamp, removeStaleTemps, writeFileAtomic, type FileStamp } from './atomic-write.ts';
import { contentHash, findRevisionText, keepRevision, lockCase, REVISIONS_FOLDER, revisionMatchesContent, sameRevision } from './case-revisions.ts';
import { caseDir, caseFile } from './paths.ts';
import { isNotFound } from './settings-store.ts';
import { conflictCopyTool, isConflictCopyName } from './sync-files.ts';

/** A case file larger than this is refused rather than read into memory. */
export const MAX_CASE_BYTES = 64 * 1024 * 1024;

export type LoadProblem = { readonly file: string; readonly message: string };

/** Who is saving: the profile's name ('' when none is set). */
export type SaveOptions = { readonly by?: string };

export type Saved = {
  readonly savedAt: string;
  /** The case as written (or as it already was on disk): the editor's new base. */
  readonly case: Case;
  /** The file on disk had moved on from the editor's revision, and the two were merged. */
  readonly merged: boolean;
  /** Conflicts this save opened (both sides changed one field). */
  readonly newConflicts: number;
};

export type CaseStore = {
  readonly workspace: string;
  readonly list: () => Promise<{ cases: CaseSummary[]; problems: LoadProblem[] }>;
  readonly open: (id: string) => Promise<Result<ReadCase, string>>;
  readonly save: (c: Case, options?: SaveOptions) => Promise<Result<Saved, string>>;
  readonly create: (c: Case, options?: SaveOptions) => Promise<Result<Case, string>>;
  readonly exists: (id: string) => Promise<boolean>;
  /** Fold the sync tools' conflict copies of one case back into it; returns what could not be merged. */
  readonly reconcile: (id: string) => Promise<LoadProblem[]>;
  /**
   * The revision hash of the case's file when it is still the very file this store last wrote
   * (same inode, size and modification time); null when it is not, or not known, and only
   * reading the file would tell. Lets the window skip reading back its own save.
   */
  readonly writtenRevision: (id: string) => Promise<string | null>;
};

/**
 * Cases on disk: one folder per case in the workspace, holding `case.json`.
 *
 * Writes are atomic (atomic-write.ts). A file that fails to read or parse is reported with
 * its reason and is never overwritten: `save` re-reads what is on disk first and refuses.
 *
 * Shared workspaces (several app processes, or machines over a sync tool): every write gives the
 * case a new revision (counter + content hash) and keeps it under `.revisions/`. `save` writes
 * the editor's case as it is only when the file on disk is still the revision the editor started
 * from; otherwise it merges the two against that revision (`case-merge.ts`) and writes the result,
 * which the editor then takes as its new base. Read, compare and write happen under a per-case
 * lock. Sync tools' conflict copies are merged by the same rules and then removed.
 */
export function createCaseStore(workspace: string, now: () => string = () => systemClock()): CaseStore {
  async function readCaseAt(file: string, id: string, what: string): Promise<Result<ReadCase, string> | null> {
    let info;
    try {
      info = await lstat(file);
    } catch (e) {
      if (isNotFound(e)) return null;
      return err(`The ${what} for "${id}" could not be read (${String(e)}).`);
    }
    if (info.isSymbolicLink()) return err(`The ${what} for "${id}" is a symbolic link; it was not followed.`);
    if (!info.isFile()) return err(`The ${what} for "${id}" is not a regular file.`);
    if (info.size > MAX_CASE_BYTES) return err(`The ${what} for "${id}" is ${Math.round(info.size / 1048576)} MB, larger than the ${MAX_CASE_BYTES / 1048576} MB a case may be; it was left as it is.`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return err(`The ${what} for "${id}" could not be read (${String(e)}).`);
    }
    const read = readCaseText(text);
    if (!read.ok) return err(`The ${what} for "${id}" was left untouched: ${read.error.message}`);
    if (read.value.value.id !== id) return err(`The ${what} in folder "${id}" says its id is "${read.value.value.id}"; it was left untouched.`);
    return ok(read.value);
  }

  const readCaseFile = (id: string) => readCaseAt(caseFile(workspace, id), id, 'case file');

  /** Per case, the stamp of the file this store last wrote and the revision it holds. */
  const lastWritten = new Map<string, { readonly stamp: FileStamp; readonly hash: string }>();

  /** Saves of one case in this store run one at a time; the lock file covers other processes. */
  const queues = new Map<string, Promise<unknown>>();
  function exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(id) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(async () => {
      const lock = await lockCase(workspace, id);
      try {
        return await work();
      } finally {
        await lock.release();
      }
    });
    queues.set(id, run);
    void run.finally(() => { if (queues.get(id) === run) queues.delete(id); }).catch(() => undefined);
    return run;
  }

  /** The kept revision with this hash, as a case, or null. */
  async function ancestor(id: string, hash: string | undefined): Promise<Case | null> {
    if (!hash) return null;
    const text = await findRevisionText(caseDir(workspace, id), hash);
    if (text === null) return null;
    const read = readCaseText(text);
    return read.ok && read.value.value.id === id ? read.value.value : null;
  }

  /** The newest revision both cases descend from (by their histories) that is still kept. */
  async function commonAncestor(id: string, a: Case, b: Case): Promise<Case | null> {
    const inB = new Set(caseHistory(b).map((h) => h.hash));
    if (b.revision) inB.add(b.revision.hash);
    const candidates = [...(a.revision ? [a.revision.hash] : []), ...caseHistory(a).map((h) => h.hash).reverse()];
    for (const hash of candidates) {
      if (!inB.has(hash)) continue;
      const found = await ancestor(id, hash);
      if (found) return found;
    }
    return null;
  }

  /**
   * Write a case as the next revision: validate it, stamp the revision and a history entry, keep
   * the revision beside it, and replace `case.json` atomically.
   */
  async function writeRevision(next: Case, previous: Case | null, entry: Omit<CaseHistoryEntry, 'counter' | 'hash' | 'changed'>): Promise<Result<Case, string>> {
    const parsed = CaseSchema.safeParse({ ...next, revision: undefined });
    if (!parsed.success) return err(`Not saved: the case does not match the schema (${describeIssues(parsed.error.issues)}).`);
    const content = parsed.data;
    const hash = contentHash(content);
    const counter = Math.max(previous?.revision?.counter ?? 0, next.revision?.counter ?? 0) + 1;
    const history = mergeHistory(caseHistory(content), [{ ...entry, counter, hash, changed: changedParts(previous, content) }]);
    const written: Case = { ...content, history, revision: { counter, hash } };
    await mkdir(caseDir(workspace, next.id), { recursive: true });
    await keepRevision(caseDir(workspace, next.id), written);
    const stamp = await writeFileAtomic(caseFile(workspace, next.id), `${JSON.stringify(written, null, 2)}\n`);
    lastWritten.set(next.id, { stamp, hash });
    return ok(written);
  }

  /** Keep the original of a migrated case beside it before the first write in the new schema. */
  async function keepOriginal(id: string, read: ReadCase): Promise<void> {
    if (read.migratedFrom === null) return;
    const original = join(caseDir(workspace, id), `case.v${read.migratedFrom}.json`);
    // COPYFILE_EXCL: the first original kept is never replaced by a later one.
    await copyFile(caseFile(workspace, id), original, constants.COPYFILE_EXCL).catch(() => undefined);
  }

  const sideOf = (c: Case): MergeSide => {
    const last = caseHistory(c).at(-1);
    return { by: last?.by ?? '', at: c.updatedAt };
  };

  /** Merge every readable conflict copy of a case into it, then remove the copy. Call under the lock. */
  async function reconcileLocked(id: string): Promise<LoadProblem[]> {
    const dir = caseDir(workspace, id);
    let names: string[];
    try {
      names = (await readdir(dir)).filter(isConflictCopyName).sort();
    } catch {
      return [];
    }
    const problems: LoadProblem[] = [];
    for (const name of names) {
      const copy = await readCaseAt(join(dir, name), id, 'conflict copy');
      if (copy === null) continue;
      if (!copy.ok) {
        // Half-synced or foreign: reported, never merged, never removed.
        problems.push({ file: join(id, name), message: copy.error });
        continue;
      }
      const current = await readCaseFile(id);
      if (current === null || !current.ok) {
        problems.push({ file: join(id, name), message: 'A sync tool left a conflict copy, but the case file itself cannot be read, so the copy was left as it is.' });
        continue;
      }
      await keepOriginal(id, current.value);
      const merged = await mergeCopy(id, current.value.value, copy.value.value, conflictCopyTool(name));
      if (!merged.ok) {
        problems.push({ file: join(id, name), message: merged.error });
        continue;
      }
      await rm(join(dir, name), { force: true });
    }
    return problems;
  }

  /**
   * Fold a conflict copy into the case. Both machines that see the copy do this, so the result
   * must not depend on which side runs it: the two versions take fixed roles by their revision.
   */
  async function mergeCopy(id: string, current: Case, copy: Case, tool: 'syncthing' | 'other'): Promise<Result<null, string>> {
    if (contentHash(current) === contentHash(copy) && jsonEqual(caseHistory(current), mergeHistory(caseHistory(current), caseHistory(copy)))) return ok(null);
    const rank = (c: Case) => `${String(c.revision?.counter ?? 0).padStart(12, '0')}-${c.revision?.hash ?? contentHash(c)}`;
    const [first, second] = rank(current) >= rank(copy) ? [current, copy] : [copy, current];
    const base = await commonAncestor(id, first, second);
    const { merged } = mergeCases({ base, ours: first, theirs: second, oursSide: sideOf(first), theirsSide: sideOf(second) });
    const entryId = `sync-${stableHash(`${rank(first)}|${rank(second)}|${tool}`)}`;
    // The latest time either version knows of: the same on every machine, and after both histories.
    const at = [merged.updatedAt, ...caseHistory(merged).map((h) => h.at)].reduce((x, y) => (y > x ? y : x));
    const written = await writeRevision(merged, first.revision && second.revision && first.revision.counter < second.revision.counter ? second : first, { id: entryId, at, by: '', kind: 'sync-copy' });
    return written.ok ? ok(null) : err(written.error);
  }

  /**
   * Each case's summary for the list, with the stamp of the file it was read from (atomic-write.ts:
   * every write is a new inode, so any change to the file, by anyone, changes its stamp). The list
   * is read at every start-up and after every save; without this it read and checked every case
   * file each time, a 10 MB case included (issue 12). A crashed writer's temp files beside a case
   * are looked for when its file is read again, and at every start.
   */
  const summaries = new Map<string, { readonly stamp: FileStamp; readonly summary: CaseSummary }>();

  async function list(): Promise<{ cases: CaseSummary[]; problems: LoadProblem[] }> {
    await mkdir(workspace, { recursive: true });
    const entries = await readdir(workspace, { withFileTypes: true });
    const cases: CaseSummary[] = [];
    const problems: LoadProblem[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (!CaseIdSchema.safeParse(entry.name).success) {
        // Another program's folder ("Copy of …", a sync tool's renamed copy): never taken for a case.
        if (await exists(entry.name)) problems.push({ file: join(entry.name, 'case.json'), message: 'This folder\'s name is not one the app gives a case, so it was not read as one (it may be a copy made by a sync tool). It was left as it is.' });
        continue;
      }
      if (await hasConflictCopies(entry.name)) problems.push(...await exclusive(entry.name, () => reconcileLocked(entry.name)));
      // The file as it was when last summed up: its summary stands, and it is not read again.
      const stamp = await fileStamp(caseFile(workspace, entry.name));
      const known = summaries.get(entry.name);
      if (stamp !== null && known?.stamp === stamp) {
        cases.push(known.summary);
        continue;
      }
      await removeStaleTemps(caseDir(workspace, entry.name));
      await removeStaleTemps(join(caseDir(workspace, entry.name), REVISIONS_FOLDER));
      const read = await readCaseFile(entry.name);
      if (read === null) continue;
      if (!read.ok) {
        problems.push({ file: join(entry.name, 'case.json'), message: read.error });
        continue;
      }
      const c = read.value.value;
      const summary = { id: c.id, title: c.title, updatedAt: c.updatedAt, isExample: c.isExample, openParts: openPartLabels(c).length, draftCount: c.drafts.length };
      if (stamp !== null) summaries.set(entry.name, { stamp, summary });
      cases.push(summary);
    }
    cases.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { cases, problems };
  }

  async function hasConflictCopies(id: string): Promise<boolean> {
    try {
      return (await readdir(caseDir(workspace, id))).some(isConflictCopyName);
    } catch {
      return false;
    }
  }

  async function open(id: string): Promise<Result<ReadCase, string>> {
    if (await hasConflictCopies(id)) await exclusive(id, () => reconcileLocked(id));
    const read = await readCaseFile(id);
    if (read === null) return err(`There is no case "${id}" in the workspace.`);
    return read;
  }

  function save(c: Case, options: SaveOptions = {}): Promise<Result<Saved, string>> {
    if (!CaseIdSchema.safeParse(c.id).success) return Promise.resolve(err(`"${c.id}" is not a case id.`));
    return exclusive(c.id, async () => {
      await reconcileLocked(c.id);
      const onDisk = await readCaseFile(c.id);
      if (onDisk !== null && !onDisk.ok) return err(`Not saved, to protect the file on disk: ${onDisk.error}`);
      const savedAt = now();
      const by = options.by ?? '';
      const entryId = `edit-${randomBytes(6).toString('hex')}`;
      if (onDisk === null) {
        const written = await writeRevision(c, null, { id: entryId, at: savedAt, by, kind: 'edit' });
        return written.ok ? ok({ savedAt, case: written.value, merged: false, newConflicts: 0 }) : err(written.error);
      }
      const disk = onDisk.value.value;
      await keepOriginal(c.id, onDisk.value);
      // The editor started from what is on disk (and nobody changed the file behind its revision).
      const diskIsBase = sameRevision(c.revision, disk.revision) && (disk.revision === undefined || revisionMatchesContent(disk));
      if (diskIsBase) {
        if (contentHash(c) === contentHash(disk) && onDisk.value.migratedFrom === null) return ok({ savedAt, case: disk, merged: false, newConflicts: 0 });
        const written = await writeRevision(c, disk, { id: entryId, at: savedAt, by, kind: 'edit' });
        return written.ok ? ok({ savedAt, case: written.value, merged: false, newConflicts: 0 }) : err(written.error);
      }
      // The file moved on: merge against the revision the editor started from.
      const base = await ancestor(c.id, c.revision?.hash);
      const { merged, newConflicts } = mergeCases({ base, ours: c, theirs: disk, oursSide: { by, at: savedAt }, theirsSide: sideOf(disk) });
      if (contentHash(merged) === contentHash(disk) && jsonEqual(caseConflicts(merged), caseConflicts(disk))) {
        return ok({ savedAt, case: disk, merged: true, newConflicts: 0 });
      }
      const written = await writeRevision(merged, disk, { id: entryId, at: savedAt, by, kind: 'merge' });
      return written.ok ? ok({ savedAt, case: written.value, merged: true, newConflicts: newConflicts.length }) : err(written.error);
    });
  }

  async function exists(id: string): Promise<boolean> {
    try {
      await lstat(caseFile(workspace, id));
      return true;
    } catch {
      return false;
    }
  }

  async function create(c: Case, options: SaveOptions = {}): Promise<Result<Case, string>> {
    if (await exists(c.id)) return err(`A case "${c.id}" already exists.`);
    const saved = await save(c, options);
    return saved.ok ? ok(saved.value.case) : err(saved.error);
  }

  const reconcile = (id: string): Promise<LoadProblem[]> => exclusive(id, () => reconcileLocked(id));

  async function writtenRevision(id: string): Promise<string | null> {
    const known = lastWritten.get(id);
    if (!known) return null;
    return await fileStamp(caseFile(workspace, id)) === known.stamp ? known.hash : null;
  }

  return { workspace, list, open, save, create, exists, reconcile, writtenRevision };
}
