import { systemClock } from '../../shared/lib/dates/index.ts';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { lstat, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case } from '../../shared/domain/case.ts';
import type { CaseRevision } from '../../shared/domain/case-sync.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { isProcessAlive } from './process-alive.ts';

/**
 * Revisions of a case, and the lock that makes "read, compare, write" one step.
 *
 * The hash covers the case's content without its `revision` and `history` (so two machines that
 * merge the same versions get the same hash), serialised with sorted keys (so the order of keys
 * in memory never matters).
 */
export function contentHash(c: Case): string {
  const { revision: _r, history: _h, ...content } = c;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Whether a case's stored revision is the hash of what it holds (false: edited or written by something else). */
export function revisionMatchesContent(c: Case): boolean {
  return c.revision !== undefined && c.revision.hash === contentHash(c);
}

export function sameRevision(a: CaseRevision | undefined, b: CaseRevision | undefined): boolean {
  return a === undefined ? b === undefined : b !== undefined && a.hash === b.hash && a.counter === b.counter;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Earlier revisions are kept beside the case, in `<case>/.revisions/<counter>-<hash>.json`, so a
 * save from an editor that started on an older revision can be merged against it (the common
 * ancestor). They travel with the workspace, so another machine finds them too.
 */
export const REVISIONS_FOLDER = '.revisions';
const KEEP_REVISIONS = 40;

export async function keepRevision(caseFolder: string, c: Case): Promise<void> {
  if (!c.revision) return;
  const folder = join(caseFolder, REVISIONS_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(join(folder, `${c.revision.counter}-${c.revision.hash}.json`), `${JSON.stringify(c)}\n`);
  const all = await readdir(folder);
  // A sync tool's conflict copy of a kept revision is redundant: revisions are named by their content.
  for (const n of all.filter(isConflictCopyOfRevision)) await rm(join(folder, n), { force: true });
  const names = all.filter((n) => REVISION_NAME.test(n));
  if (names.length <= KEEP_REVISIONS) return;
  const byCounter = names.map((n) => ({ n, counter: Number.parseInt(n, 10) })).sort((a, b) => a.counter - b.counter || a.n.localeCompare(b.n));
  for (const old of byCounter.slice(0, names.length - KEEP_REVISIONS)) await rm(join(folder, old.n), { force: true });
}

const REVISION_NAME = /^\d+-[0-9a-f]{64}\.json$/;

function isConflictCopyOfRevision(name: string): boolean {
  return /^\d+-[0-9a-f]{64}\b.*(\.sync-conflict-|conflicted copy).*\.json$/i.test(name);
}

/** The text of the kept revision with this hash, or null when it is not (or no longer) kept. */
export async function findRevisionText(caseFolder: string, hash: string): Promise<string | null> {
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const folder = join(caseFolder, REVISIONS_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  const name = names.find((n) => REVISION_NAME.test(n) && n.endsWith(`-${hash}.json`));
  if (!name) return null;
  try {
    const file = join(folder, name);
    const info = await lstat(file);
    if (!info.isFile()) return null;
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * A lock file per case, `<case>/.unanswered-lock`, taken with O_EXCL, so two app processes on one
 * folder (two users on a network drive) never interleave a read and a write. It exists only while
 * a save runs. A lock whose process is gone (same host) or that is older than STALE_MS is broken.
 * Syncthing is told to ignore it (`STIGNORE_LINES`): a lock means nothing on another machine.
 */
export const LOCK_FILE = '.unanswered-lock';
const STALE_MS = 15_000;
const GIVE_UP_MS = 30_000;

export type CaseLock = { readonly release: () => Promise<void> };

export async function lockCase(workspace: string, id: string): Promise<CaseLock> {
  const folder = join(workspace, id);
  await mkdir(folder, { recursive: true });
  const file = join(folder, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  const host = hostname();
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host, token, at: systemClock() }));
      } finally {
        await handle.close();
      }
      return { release: () => releaseLock(file, token) };
    } catch (e) {
      if (!(typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST')) throw e;
    }
    if (await isStale(file, host)) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() - started > GIVE_UP_MS) throw new Error(`The case "${id}" has been locked by another program for over ${GIVE_UP_MS / 1000} s.`);
    // Back off a little more each time (a save holds the lock for milliseconds).
    await new Promise((done) => setTimeout(done, Math.min(50, 2 + attempt)));
  }
}

async function isStale(file: string, host: string): Promise<boolean> {
  try {
    const info = await lstat(file);
    if (Date.now() - info.mtimeMs > STALE_MS) return true;
    const held = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof held === 'object' && held !== null && 'pid' in held && 'host' in held && held.host === host && typeof held.pid === 'number') {
      return !isProcessAlive(held.pid);
    }
    return false;
  } catch {
    // Gone already, or half-written by its taker this instant: try again.
    return false;
  }
}

async function releaseLock(file: string, token: string): Promise<void> {
  try {
    const held = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof held === 'object' && held !== null && 'token' in held && held.token === token) await rm(file, { force: true });
  } catch {
    // Already broken as stale by someone else: nothing to release.
  }
}
