import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzeOutputSchema } from '../../../../shared/analysis/contract.ts';

/**
 * electron/cli/npm-entry.mjs, what `npm run example` and `npm run analyze` run: paths are taken from
 * the folder npm was run in (INIT_CWD), and `example` never writes over an earlier run's folder.
 */
const SCRIPT = resolve(import.meta.dirname, '../../../../electron/cli/npm-entry.mjs');
const QA_FIXTURE = resolve(import.meta.dirname, '../../../fixtures/import/rs-cowin-qa.txt');

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'npm-run-example-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function run(args: ReadonlyArray<string>): { code: number | null; out: string; err: string } {
  // As npm runs it: in the package folder, with INIT_CWD the folder the user typed the command in.
  const done = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: resolve(import.meta.dirname, '../../..'),
    env: { ...process.env, INIT_CWD: dir },
    encoding: 'utf8',
  });
  return { code: done.status, out: done.stdout, err: done.stderr };
}

async function docx(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.docx')).sort();
}

describe('npm run example', () => {
  it('writes the CoWIN documents to example-output/ where it was run, and says where', async () => {
    const { code, out, err } = run(['example']);
    expect(code).toBe(0);
    const folder = join(dir, 'example-output');
    const names = await docx(folder);
    expect(names.length).toBeGreaterThan(0);
    expect(err).toContain(`Wrote ${names.length} documents`);
    expect(err).toContain(`The CoWIN example's documents are in ${folder}`);
    for (const name of names) expect(out).toContain(join(folder, name));
  });

  it('writes a second run to example-output-2/, leaving the first as it was', async () => {
    const first = join(dir, 'example-output');
    const names = await docx(first);
    const before = await Promise.all(names.map(async (n) => [n, await readFile(join(first, n)), (await stat(join(first, n))).mtimeMs] as const));
    const { code, err } = run(['example']);
    expect(code).toBe(0);
    expect(err).toContain(`documents are in ${join(dir, 'example-output-2')}`);
    expect(await docx(join(dir, 'example-output-2'))).toEqual(names);
    for (const [name, bytes, mtime] of before) {
      expect(await readFile(join(first, name))).toEqual(bytes);
      expect((await stat(join(first, name))).mtimeMs).toBe(mtime);
    }
  });

  it('writes where --out says, relative to where it was run', async () => {
    const { code } = run(['example', '--out', 'mine']);
    expect(code).toBe(0);
    expect((await docx(join(dir, 'mine'))).length).toBeGreaterThan(0);
  });
});

describe('npm run analyze', () => {
  it('reads a reply named relative to where it was run and prints the contract', async () => {
    await copyFile(QA_FIXTURE, join(dir, 'reply.txt'));
    const { code, out } = run(['analyze', 'reply.txt', '--json']);
    expect(code).toBe(0);
    expect(AnalyzeOutputSchema.safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('passes on the command line\'s exit code for a file that is not there', () => {
    expect(run(['analyze', 'no-such-reply.txt']).code).toBe(2);
  });
});
