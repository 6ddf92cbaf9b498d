import { copyFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestTotals } from '../../../../../shared/digest/digest-entry.ts';
import { listDigestFiles } from '../../../../../electron/services/digest/digest-files.ts';
import { digestEntries, ensureDigest } from '../../../../../electron/services/digest/digest-store.ts';
import { runDigest, type DigestStep } from '../../../../../electron/services/digest/run-digest.ts';
import { openIndexDb, type IndexDb } from '../../../../../electron/services/index-db/index-db.ts';
import { corpusFolder } from './fixtures.ts';

let folder: Awaited<ReturnType<typeof corpusFolder>>;
let index: IndexDb;
const ID = 'folder-test';

beforeEach(async () => {
  folder = await corpusFolder(8);
  index = openIndexDb(join(folder.dir, '..', 'index.sqlite'));
  ensureDigest(index.db, { id: ID, title: 'test', createdAt: '2025-03-01T00:00:00.000Z' });
});
afterEach(async () => {
  index.close();
  await folder.cleanup();
});

async function run(signal?: AbortSignal, onStep?: (s: DigestStep) => void) {
  const files = await listDigestFiles(folder.dir);
  return runDigest({ db: index.db, digestId: ID, files, ...(signal ? { signal } : {}), ...(onStep ? { onStep } : {}) });
}

describe('runDigest', () => {
  it('digests every reply in a folder and its sub-folders', async () => {
    await mkdir(join(folder.dir, 'later'));
    await copyFile(join(folder.dir, folder.names[7] ?? ''), join(folder.dir, 'later', 'moved.md'));
    const result = await run();
    expect(result).toEqual({ total: 9, digested: 9, skipped: 0, stopped: false });
    const entries = digestEntries(index.db, ID);
    expect(entries.map((e) => e.file)).toContain('later/moved.md');
    // The moved copy is the same House, number and date as the original: not counted twice.
    expect(digestTotals(entries)).toMatchObject({ files: 9, replies: 8, duplicates: 1, failed: 0 });
  });

  it('gives a file that cannot be read its own row and goes on', async () => {
    await writeFile(join(folder.dir, 'aaa-empty.txt'), '');
    await writeFile(join(folder.dir, 'aab-not-a.pdf'), '%PDF-1.7\nbroken');
    const steps: DigestStep[] = [];
    await run(undefined, (s) => steps.push(s));
    expect(steps.map((s) => s.outcome.kind).slice(0, 2)).toEqual(['failed', 'failed']);
    const failed = digestEntries(index.db, ID).filter((e) => e.kind === 'failed');
    expect(failed.map((e) => e.file)).toEqual(['aaa-empty.txt', 'aab-not-a.pdf']);
    for (const f of failed) expect(f.kind === 'failed' && f.reason.length > 10).toBe(true);
    expect(digestTotals(digestEntries(index.db, ID)).replies).toBe(8);
  });

  it('the same text under another name is a duplicate even when the question is not identified', async () => {
    const text = 'Some reply with no header at all.\n\n(a) Yes.\n';
    await writeFile(join(folder.dir, 'x1.txt'), text);
    await writeFile(join(folder.dir, 'x2.txt'), `${text}\n\n`);
    await run();
    const x2 = digestEntries(index.db, ID).find((e) => e.file === 'x2.txt');
    expect(x2?.kind === 'reply' && x2.duplicateOf).toBe('x1.txt');
  });

  it('stops when asked, and resumes with only the files it had not finished', async () => {
    const stop = new AbortController();
    const first = await run(stop.signal, (s) => { if (s.done === 3) stop.abort(); });
    expect(first.stopped).toBe(true);
    expect(digestEntries(index.db, ID)).toHaveLength(3);
    const steps: DigestStep[] = [];
    const second = await run(undefined, (s) => steps.push(s));
    expect(second).toMatchObject({ total: 8, skipped: 3, digested: 5, stopped: false });
    expect(steps.slice(0, 3).every((s) => s.outcome.kind === 'skipped')).toBe(true);
    expect(digestTotals(digestEntries(index.db, ID))).toMatchObject({ files: 8, replies: 8, duplicates: 0 });
  });

  it('reads a file again when it has changed since it was digested', async () => {
    await run();
    const name = folder.names[0] ?? '';
    await writeFile(join(folder.dir, name), 'replaced by something unreadable?');
    await utimes(join(folder.dir, name), new Date(), new Date(Date.now() + 5000));
    const again = await run();
    expect(again).toMatchObject({ digested: 1, skipped: 7 });
  });
});

describe('runDigest with the worker pool', () => {
  it('gives the same rows, in the same order, as reading on this thread', async () => {
    const { digestPool } = await import('../../../../../electron/services/digest/digest-pool.ts');
    await writeFile(join(folder.dir, 'aaa-empty.txt'), '');
    await copyFile(join(folder.dir, folder.names[1] ?? ''), join(folder.dir, 'zz-again.md'));
    const files = await listDigestFiles(folder.dir);
    await runDigest({ db: index.db, digestId: ID, files });
    ensureDigest(index.db, { id: 'pooled', title: 'pooled', createdAt: '2025-03-01T00:00:00.000Z' });
    const pool = digestPool(2);
    expect(pool.size).toBe(2);
    try {
      const result = await runDigest({ db: index.db, digestId: 'pooled', files, reader: pool });
      expect(result).toEqual({ total: files.length, digested: files.length, skipped: 0, stopped: false });
    } finally {
      await pool.close();
    }
    expect(digestEntries(index.db, 'pooled')).toEqual(digestEntries(index.db, ID));
  }, 120_000);
});
