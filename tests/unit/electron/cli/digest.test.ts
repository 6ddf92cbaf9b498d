import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../../../electron/cli/commands/digest.ts';
import { EXIT, type CliIo } from '../../../../electron/cli/io.ts';
import { xlsxSheetsAsCsv } from '../../../helpers/libreoffice-calc.ts';
import { corpusFolder } from '../services/digest/fixtures.ts';

const CLI = fileURLToPath(new URL('../../../../electron/cli/unanswered.ts', import.meta.url));

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, now: () => '2026-12-04T06:00:00.000Z' }, out: () => out, err: () => err };
}

let folder: Awaited<ReturnType<typeof corpusFolder>>;
let work = '';
beforeAll(async () => {
  folder = await corpusFolder(40);
  work = await mkdtemp(join(tmpdir(), 'digest-cli-'));
});
afterAll(async () => {
  await folder.cleanup();
  await rm(work, { recursive: true, force: true });
});

/** Start the real CLI, wait for `lines` progress lines, then kill it as a crash would (SIGKILL). */
function killAfter(args: ReadonlyArray<string>, lines: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const seen: string[] = [];
    createInterface({ input: child.stderr }).on('line', (line) => {
      seen.push(line);
      if (seen.length === lines) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`the CLI ended before it was killed: ${seen.join('\n')}`))));
  });
}

describe('unanswered digest', () => {
  it('killed mid-batch loses nothing it had digested, and the next run finishes the rest', async () => {
    const data = join(work, 'data-kill');
    const before = await killAfter(['digest', folder.dir, '--data', data], 6);
    // The kill lands while the child runs on, so it may report a line or two past the sixth.
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(before.length).toBeLessThan(40);
    expect(before[0]).toMatch(/^\[1\/40\] q\d+\.txt: /);
    const c = capture();
    const csv = join(work, 'after-kill.csv');
    const code = await runDigestCommand([folder.dir, '--data', data, '--csv', csv], c.io);
    expect(code).toBe(EXIT.ok);
    const lines = c.err().trim().split('\n');
    expect(lines).toHaveLength(40);
    const skipped = lines.filter((l) => l.endsWith(': already digested')).length;
    // Every file the killed run reported was committed; at most the one in hand when killed was not.
    expect(skipped).toBeGreaterThanOrEqual(before.length);
    expect(skipped).toBeLessThanOrEqual(before.length + 1);
    expect(c.out()).toMatch(/^40 replies counted \(0 duplicates not counted, 0 files could not be read\) of 40 files\./);
    const rows = (await readFile(csv, 'utf8')).trim().split('\r\n');
    expect(rows).toHaveLength(41);
  });

  it('writes CSV and an .xlsx that LibreOffice opens with the same rows', async () => {
    const data = join(work, 'data-export');
    const csv = join(work, 'digest.csv');
    const xlsx = join(work, 'digest.xlsx');
    const c = capture();
    expect(await runDigestCommand([folder.dir, '--data', data, '--csv', csv, '--xlsx', xlsx], c.io)).toBe(EXIT.ok);
    const sheets = await xlsxSheetsAsCsv(xlsx);
    expect([...sheets.keys()]).toEqual(['By ministry', 'Digest']);
    const fromCalc = (sheets.get('Digest') ?? '').trim().split('\n');
    expect(sheets.get('By ministry')).toMatch(/^Ministry,Replies,Parts,Open,Share open\n/);
    const ours = (await readFile(csv, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(fromCalc).toHaveLength(41);
    expect(fromCalc[0]).toBe(ours[0]);
    expect(fromCalc.slice(1).map((l) => l.split(',')[0])).toEqual(ours.slice(1).map((l) => l.split(',')[0]));
    expect(fromCalc).toEqual(ours);
  });

  it('refuses a folder that does not exist, with exit code 2', async () => {
    const c = capture();
    expect(await runDigestCommand([join(work, 'nowhere'), '--data', join(work, 'd')], c.io)).toBe(EXIT.badInput);
    expect(c.err()).toMatch(/is not a folder/);
  });
});
