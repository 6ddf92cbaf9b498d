import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from '../../../../electron/services/atomic-write.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'atomic-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temp file', async () => {
    const file = join(dir, 'a.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('writes bytes as given', async () => {
    const file = join(dir, 'b.bin');
    await writeFileAtomic(file, new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(file))]).toEqual([0, 1, 2, 255]);
  });

  it('fails without creating the target when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'c.json'), 'x')).rejects.toThrow();
  });
});

describe('removeStaleTemps', () => {
  it('removes temp files whose writer is gone, and keeps a live writer\'s and real files', async () => {
    await writeFile(join(dir, 'case.json'), '{}');
    // pid 2147483646 is never a live process here; our own pid is.
    await writeFile(join(dir, 'case.json.tmp-2147483646-dead'), 'partial');
    await writeFile(join(dir, `case.json.tmp-${process.pid}-live`), 'in flight');
    expect(await removeStaleTemps(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['case.json', `case.json.tmp-${process.pid}-live`]);
  });

  it('removes any temp file past the age limit, since pids are reused', async () => {
    await writeFile(join(dir, `case.json.tmp-${process.pid}-old`), 'partial');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(join(dir, `case.json.tmp-${process.pid}-old`), old, old);
    expect(await removeStaleTemps(dir)).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
