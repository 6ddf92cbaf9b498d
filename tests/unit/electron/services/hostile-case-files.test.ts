import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/services/app-services.ts';
import { createCaseStore, MAX_CASE_BYTES } from '../../../../electron/services/case-store.ts';
import type { Dialogs } from '../../../../electron/services/dialogs.ts';
import { dataPaths } from '../../../../electron/services/paths.ts';
import { CASE_SCHEMA_VERSION, type Case } from '../../../../shared/domain/case.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { dispatch } from '../../../../shared/ipc/dispatch.ts';

/**
 * Case files an attacker, a crash, a sync tool or a careless user could leave in the workspace.
 * For each: opening gives a clear reason, the listing reports it instead of hiding it, and a
 * save of the same id is refused so the file on disk stays exactly as it was. (Truncated,
 * newer-version, not-JSON and symlinked files have their basic tests in case-store.test.ts;
 * here they meet the extremes.)
 */
let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'hostile-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = '2026-11-22T10:00:00.000Z';

/** A valid case with the given id: what the renderer would send to save over the hostile file. */
function caseWithId(id: string): Case {
  return { ...buildCowinCase(NOW, []), id };
}

type Snapshot = { readonly kind: 'file' | 'dir' | 'fifo'; readonly size: number; readonly mtimeMs: number; readonly blocks: number; readonly sha: string | null };

/** What is on disk at `path`, to compare before and after; files are hashed by streaming. */
async function snapshot(path: string): Promise<Snapshot> {
  const info = await stat(path);
  const kind = info.isDirectory() ? 'dir' : info.isFIFO() ? 'fifo' : 'file';
  let sha: string | null = null;
  if (kind === 'file' && info.size <= MAX_CASE_BYTES + 1024) {
    sha = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return { kind, size: info.size, mtimeMs: info.mtimeMs, blocks: info.blocks, sha };
}

/** Create `case.json` in the case folder `id` as a sparse file of `bytes` (no data blocks written). */
async function sparseCaseFile(id: string, bytes: number): Promise<string> {
  await mkdir(join(dir, id), { recursive: true });
  const file = join(dir, id, 'case.json');
  const handle = await open(file, 'w');
  try {
    // A real opening brace, so a reader that did parse it would fail on the zeros, not at byte 0.
    await handle.write('{"schemaVersion": 1, "id": "');
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
  return file;
}

async function expectRefusedEverywhere(id: string, reason: RegExp): Promise<void> {
  const file = join(dir, id, 'case.json');
  const before = await snapshot(file);
  const store = createCaseStore(dir, () => NOW);

  const opened = await store.open(id);
  expect(opened.ok).toBe(false);
  expect(!opened.ok && opened.error).toMatch(reason);
  expect(!opened.ok && opened.error).toContain(`"${id}"`);

  const listing = await store.list();
  const problem = listing.problems.find((p) => p.file === join(id, 'case.json'));
  expect(problem?.message).toMatch(reason);
  expect(listing.cases.map((c) => c.id)).not.toContain(id);

  const saved = await store.save(caseWithId(id));
  expect(saved.ok).toBe(false);
  expect(!saved.ok && saved.error).toMatch(/^Not saved, to protect the file on disk/);
  expect(!saved.ok && saved.error).toMatch(reason);

  expect(await snapshot(file)).toEqual(before);
  // No temp file was left in the case folder either: the save never started writing.
  expect((await readdir(join(dir, id))).filter((n) => n.includes('.tmp-'))).toEqual([]);
}

describe('hostile case files', () => {
  it(`refuses a case file just over ${MAX_CASE_BYTES / 1048576} MB by its size, without reading or touching it`, async () => {
    await sparseCaseFile('huge', MAX_CASE_BYTES + 1);
    await expectRefusedEverywhere('huge', /is 64 MB, larger than the 64 MB a case may be; it was left as it is/);
  });

  it('refuses a 16 GB sparse case file by its size at once (reading it would fail or take minutes)', async () => {
    const file = await sparseCaseFile('enormous', 16 * 1024 ** 3);
    const store = createCaseStore(dir, () => NOW);
    const t0 = performance.now();
    const opened = await store.open('enormous');
    const ms = performance.now() - t0;
    // The size message, not a read error: readFile would throw ERR_FS_FILE_TOO_LARGE past 2 GB,
    // and that would be reported as "could not be read".
    expect(!opened.ok && opened.error).toMatch(/is 16384 MB, larger than the 64 MB/);
    // A stat and nothing more: far below what reading even the first 64 MB would cost.
    expect(ms).toBeLessThan(1000);
    await expectRefusedEverywhere('enormous', /larger than the 64 MB/);
    expect((await stat(file)).size).toBe(16 * 1024 ** 3);
  });

  it('refuses a case written with a schema version this app does not know', async () => {
    await mkdir(join(dir, 'future'));
    const future = { ...caseWithId('future'), schemaVersion: CASE_SCHEMA_VERSION + 41, newField: { nested: [1, 2, 3] } };
    await writeFile(join(dir, 'future', 'case.json'), JSON.stringify(future));
    await expectRefusedEverywhere('future', new RegExp(`newer version of Unanswered \\(schema ${CASE_SCHEMA_VERSION + 41}`));
  });

  it.each([
    ['schema version 0', { schemaVersion: 0 }],
    ['schema version as a string', { schemaVersion: '1' }],
    ['fractional schema version', { schemaVersion: 1.5 }],
    ['no schema version', {}],
  ])('refuses a case with %s', async (_label, patch) => {
    const id = 'odd-version';
    await mkdir(join(dir, id));
    const { schemaVersion: _drop, ...rest } = caseWithId(id);
    await writeFile(join(dir, id, 'case.json'), JSON.stringify({ ...rest, ...patch }));
    await expectRefusedEverywhere(id, /no valid schemaVersion, so it is not an Unanswered case/);
  });

  it.each([
    ['prose', 'These are my notes on the CoWIN reply, not a case.'],
    ['an empty file', ''],
    ['a UTF-16 file with a byte-order mark', '\uFEFF{"schemaVersion":1}'],
    ['JSON with a trailing comma', '{"schemaVersion": 1, "id": "x",}'],
    ['100,000 nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('refuses a case file holding %s', async (_label, text) => {
    await mkdir(join(dir, 'not-json'));
    await writeFile(join(dir, 'not-json', 'case.json'), text);
    await expectRefusedEverywhere('not-json', /not valid JSON|JSON, but not a case object/);
  });

  it('refuses JSON that is not a case: an array, a number, null, a case of the wrong shape', async () => {
    for (const [i, text] of ['[1,2,3]', '42', 'null', '"case"', JSON.stringify({ schemaVersion: 1, id: 'wrong-shape-3', title: 7 })].entries()) {
      const id = `wrong-shape-${i}`;
      await mkdir(join(dir, id));
      await writeFile(join(dir, id, 'case.json'), text);
      await expectRefusedEverywhere(id, /JSON, but not a case object|does not match schema/);
    }
  });

  it('refuses a case file whose id names another case (a copied folder)', async () => {
    await mkdir(join(dir, 'copy-of-cowin'));
    await writeFile(join(dir, 'copy-of-cowin', 'case.json'), JSON.stringify(caseWithId('cowin-data-breach-2023')));
    await expectRefusedEverywhere('copy-of-cowin', /says its id is "cowin-data-breach-2023"; it was left untouched/);
  });

  it('refuses binary garbage (random bytes, invalid UTF-8, NULs)', async () => {
    await mkdir(join(dir, 'garbage'));
    const bytes = Buffer.concat([randomBytes(64 * 1024), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xed, 0xa0, 0x80])]);
    await writeFile(join(dir, 'garbage', 'case.json'), bytes);
    await expectRefusedEverywhere('garbage', /not valid JSON/);
    expect(Buffer.compare(await readFile(join(dir, 'garbage', 'case.json')), bytes)).toBe(0);
  });

  it('refuses a directory named case.json and leaves it and its contents in place', async () => {
    await mkdir(join(dir, 'folder-case', 'case.json'), { recursive: true });
    await writeFile(join(dir, 'folder-case', 'case.json', 'inside.txt'), 'keep me');
    await expectRefusedEverywhere('folder-case', /is not a regular file/);
    expect(await readFile(join(dir, 'folder-case', 'case.json', 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a named pipe posing as case.json without blocking on it', async () => {
    await mkdir(join(dir, 'pipe'));
    // A FIFO opened for reading blocks until a writer comes: reading it would hang the app.
    execFileSync('mkfifo', [join(dir, 'pipe', 'case.json')]);
    await expectRefusedEverywhere('pipe', /is not a regular file/);
  });

  it('a hostile file does not keep the good cases beside it from listing or saving', async () => {
    const store = createCaseStore(dir, () => NOW);
    const good = buildCowinCase(NOW, []);
    expect((await store.save(good)).ok).toBe(true);
    await sparseCaseFile('huge', MAX_CASE_BYTES + 1);
    await mkdir(join(dir, 'garbage'));
    await writeFile(join(dir, 'garbage', 'case.json'), randomBytes(4096));
    const listing = await store.list();
    expect(listing.cases.map((c) => c.id)).toEqual([good.id]);
    expect(listing.problems.map((p) => p.file).sort()).toEqual([join('garbage', 'case.json'), join('huge', 'case.json')]);
    expect((await store.save({ ...good, title: 'Renamed' })).ok).toBe(true);
  });

  it('through the IPC contract too: cases:open and cases:save answer with the reason, and the file stays', async () => {
    const dialogs: Dialogs = { chooseSavePath: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => null };
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs });
    await handlers['app:bootstrap']({});
    const workspace = join(dir, 'workspace');
    await mkdir(join(workspace, 'garbage'), { recursive: true });
    const bytes = randomBytes(2048);
    await writeFile(join(workspace, 'garbage', 'case.json'), bytes);

    const opened = await dispatch(handlers, 'cases:open', { id: 'garbage' });
    expect(opened).toMatchObject({ ok: true, value: { ok: false } });
    expect(JSON.stringify(opened)).toMatch(/not valid JSON/);
    const saved = await dispatch(handlers, 'cases:save', { case: caseWithId('garbage') });
    expect(saved).toMatchObject({ ok: true, value: { ok: false } });
    expect(JSON.stringify(saved)).toMatch(/Not saved, to protect the file on disk/);
    expect(Buffer.compare(await readFile(join(workspace, 'garbage', 'case.json')), bytes)).toBe(0);
  });
});
