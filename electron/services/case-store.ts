import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case, CaseSummary } from '../../shared/domain/case.ts';
import { readCaseText, type ReadCase } from '../../shared/domain/case-migrations.ts';
import { openPartLabels } from '../../shared/domain/effective-verdicts.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';
import { removeStaleTemps, writeFileAtomic } from './atomic-write.ts';
import { caseDir, caseFile } from './paths.ts';
import { isNotFound } from './settings-store.ts';

/** A case file larger than this is refused rather than read into memory. */
export const MAX_CASE_BYTES = 64 * 1024 * 1024;

export type LoadProblem = { readonly file: string; readonly message: string };

export type CaseStore = {
  readonly workspace: string;
  readonly list: () => Promise<{ cases: CaseSummary[]; problems: LoadProblem[] }>;
  readonly open: (id: string) => Promise<Result<ReadCase, string>>;
  readonly save: (c: Case) => Promise<Result<{ savedAt: string }, string>>;
  readonly create: (c: Case) => Promise<Result<Case, string>>;
  readonly exists: (id: string) => Promise<boolean>;
};

/**
 * Cases on disk: one folder per case in the workspace, holding `case.json`.
 *
 * Writes are atomic (atomic-write.ts). A file that fails to read or parse is reported with
 * its reason and is never overwritten: `save` re-reads what is on disk first and refuses.
 */
export function createCaseStore(workspace: string, now: () => string = () => new Date().toISOString()): CaseStore {
  async function readCaseFile(id: string): Promise<Result<ReadCase, string> | null> {
    const file = caseFile(workspace, id);
    let info;
    try {
      info = await lstat(file);
    } catch (e) {
      if (isNotFound(e)) return null;
      return err(`The case file for "${id}" could not be read (${String(e)}).`);
    }
    if (info.isSymbolicLink()) return err(`The case file for "${id}" is a symbolic link; it was not followed.`);
    if (!info.isFile()) return err(`The case file for "${id}" is not a regular file.`);
    if (info.size > MAX_CASE_BYTES) return err(`The case file for "${id}" is ${Math.round(info.size / 1048576)} MB, larger than the ${MAX_CASE_BYTES / 1048576} MB a case may be; it was left as it is.`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return err(`The case file for "${id}" could not be read (${String(e)}).`);
    }
    const read = readCaseText(text);
    if (!read.ok) return err(`The case file for "${id}" was left untouched: ${read.error.message}`);
    if (read.value.value.id !== id) return err(`The case file in folder "${id}" says its id is "${read.value.value.id}"; it was left untouched.`);
    return ok(read.value);
  }

  async function list(): Promise<{ cases: CaseSummary[]; problems: LoadProblem[] }> {
    await mkdir(workspace, { recursive: true });
    const entries = await readdir(workspace, { withFileTypes: true });
    const cases: CaseSummary[] = [];
    const problems: LoadProblem[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      await removeStaleTemps(caseDir(workspace, entry.name));
      const read = await readCaseFile(entry.name);
      if (read === null) continue;
      if (!read.ok) {
        problems.push({ file: join(entry.name, 'case.json'), message: read.error });
        continue;
      }
      const c = read.value.value;
      cases.push({ id: c.id, title: c.title, updatedAt: c.updatedAt, isExample: c.isExample, openParts: openPartLabels(c).length, draftCount: c.drafts.length });
    }
    cases.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { cases, problems };
  }

  async function open(id: string): Promise<Result<ReadCase, string>> {
    const read = await readCaseFile(id);
    if (read === null) return err(`There is no case "${id}" in the workspace.`);
    return read;
  }

  async function save(c: Case): Promise<Result<{ savedAt: string }, string>> {
    const onDisk = await readCaseFile(c.id);
    if (onDisk !== null && !onDisk.ok) return err(`Not saved, to protect the file on disk: ${onDisk.error}`);
    if (onDisk?.ok && onDisk.value.migratedFrom !== null) {
      // Keep the original of a migrated case beside it before the first write in the new schema.
      const original = join(caseDir(workspace, c.id), `case.v${onDisk.value.migratedFrom}.json`);
      // COPYFILE_EXCL: the first original kept is never replaced by a later one.
      await copyFile(caseFile(workspace, c.id), original, constants.COPYFILE_EXCL).catch(() => undefined);
    }
    await mkdir(caseDir(workspace, c.id), { recursive: true });
    const savedAt = now();
    await writeFileAtomic(caseFile(workspace, c.id), `${JSON.stringify(c, null, 2)}\n`);
    return ok({ savedAt });
  }

  async function exists(id: string): Promise<boolean> {
    try {
      await lstat(caseFile(workspace, id));
      return true;
    } catch {
      return false;
    }
  }

  async function create(c: Case): Promise<Result<Case, string>> {
    if (await exists(c.id)) return err(`A case "${c.id}" already exists.`);
    const saved = await save(c);
    return saved.ok ? ok(c) : err(saved.error);
  }

  return { workspace, list, open, save, create, exists };
}
