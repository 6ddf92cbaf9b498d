import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestTotals } from '../../../../../shared/digest/digest-entry.ts';
import { receiveDroppedFile, safeDroppedName, startDrop } from '../../../../../electron/services/digest/digest-dropped-files.ts';
import { digestIdForFiles, pickedDigestFiles, pickedTitle } from '../../../../../electron/services/digest/digest-picked-files.ts';
import { digestChosenFiles, resumeDigest, rowsOf, type DigestServiceDeps } from '../../../../../electron/services/digest/digest-service.ts';
import { openIndexDb, type IndexDb } from '../../../../../electron/services/index-db/index-db.ts';
import type { Dialogs } from '../../../../../electron/services/dialogs.ts';
import { corpusFolder } from './fixtures.ts';

let folder: Awaited<ReturnType<typeof corpusFolder>>;
let index: IndexDb;
let picked: Array<ReadonlyArray<string> | null>;
let deps: DigestServiceDeps;

beforeEach(async () => {
  folder = await corpusFolder(4);
  index = openIndexDb(join(folder.dir, '..', 'index.sqlite'));
  picked = [];
  const dialogs: Dialogs = {
    chooseSavePath: async () => null,
    chooseFolder: async () => null,
    chooseOpenFile: async () => null,
    chooseOpenFiles: async () => picked.shift() ?? null,
  };
  deps = { index, dataDir: join(folder.dir, '..', 'data'), dialogs, now: () => '2025-03-01T00:00:00.000Z', language: async () => 'en' };
});
afterEach(async () => {
  index.close();
  await folder.cleanup();
});

describe('picking many files', () => {
  it('names each file from the folder the files share, so the same name in two folders stays apart', () => {
    const files = pickedDigestFiles(['/r/a/reply.pdf', '/r/b/reply.pdf', '/r/b/reply.pdf']);
    expect(files.map((f) => f.name)).toEqual(['a/reply.pdf', 'b/reply.pdf']);
    expect(pickedTitle(['/r/a/x.txt', '/r/b/y.txt'])).toBe('r (2)');
    expect(digestIdForFiles(['/r/b.txt', '/r/a.txt'])).toBe(digestIdForFiles(['/r/a.txt', '/r/b.txt']));
  });

  it('digests the picked files, and picking them again resumes the same digest', async () => {
    const paths = folder.names.slice(0, 3).map((n) => join(folder.dir, n));
    picked.push(paths, [...paths].reverse());
    const first = await digestChosenFiles(deps, new AbortController().signal, () => {});
    expect(first.kind).toBe('done');
    const id = first.kind === 'done' ? first.digestId : '';
    expect(rowsOf(deps, id).map((e) => e.file)).toEqual(folder.names.slice(0, 3));
    const steps: string[] = [];
    const again = await digestChosenFiles(deps, new AbortController().signal, (s) => steps.push(s.outcome.kind));
    expect(again).toEqual(first);
    expect(steps).toEqual(['skipped', 'skipped', 'skipped']);
  });

  it('a closed dialog is canceled, with nothing made', async () => {
    expect(await digestChosenFiles(deps, new AbortController().signal, () => {})).toEqual({ kind: 'canceled' });
  });
});

describe('dropping many files', () => {
  it('keeps a copy of each dropped file, one at a time, then digests the copy as a folder', async () => {
    const { digestId } = await startDrop(deps, folder.names);
    for (const n of folder.names) {
      const sent = await receiveDroppedFile(deps, digestId, n, (await readFile(join(folder.dir, n))).toString('base64'));
      expect(sent).toEqual({ ok: true, file: n });
    }
    // The same name dropped twice is kept under a name of its own.
    const twice = await receiveDroppedFile(deps, digestId, folder.names[0] ?? '', Buffer.from('x').toString('base64'));
    expect(twice.ok && twice.file).toMatch(/ \(2\)\.txt$/);
    const outcome = await resumeDigest(deps, digestId, new AbortController().signal, () => {});
    expect(outcome).toEqual({ kind: 'done', digestId });
    expect(digestTotals(rowsOf(deps, digestId))).toMatchObject({ files: 5, failed: 0 });
    expect((await readdir(join(deps.dataDir, 'digests', 'dropped', digestId))).length).toBe(5);
  });

  it('refuses a file for a drop it does not know, and never writes outside the drop', async () => {
    expect(await receiveDroppedFile(deps, 'drop-unknown', 'a.txt', 'eA==')).toMatchObject({ ok: false });
    expect(safeDroppedName('../../etc/passwd')).toBe('passwd');
    expect(safeDroppedName('..\\..\\x:y.txt')).toBe('x y.txt');
    expect(safeDroppedName('.hidden')).toBe('hidden');
    const { digestId } = await startDrop(deps, ['a']);
    await mkdir(join(folder.dir, 'elsewhere'), { recursive: true });
    const sent = await receiveDroppedFile(deps, digestId, '../../elsewhere/evil.txt', 'eA==');
    expect(sent).toEqual({ ok: true, file: 'evil.txt' });
    expect(await readdir(join(folder.dir, 'elsewhere'))).toEqual([]);
  });
});
