import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../../electron/cli/commands/analyze.ts';
import { EXIT } from '../../../../electron/cli/io.ts';
import { AnalyzeOutputSchema } from '../../../../shared/analysis/contract.ts';
import { handWrittenPdf, makeTempDir, QA_FIXTURE } from '../services/import/fixtures.ts';

async function analyzeCli(args: ReadonlyArray<string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAnalyze(args, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, now: () => '2026-12-04T06:00:00.000Z' });
  return { code, out, err };
}

type Line = { file: string; ok: boolean; output?: unknown; warnings?: unknown; error?: { kind: string; message: string } };

function lines(out: string): Line[] {
  expect(out.endsWith('\n')).toBe(true);
  return out.slice(0, -1).split('\n').map((l) => JSON.parse(l) as Line);
}

let dir = '';
let folder = '';
let cleanup = async (): Promise<void> => {};
let qa = '';
let pdf = '';
let nested = '';
let empty = '';

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  folder = join(dir, 'replies');
  await mkdir(join(folder, 'older'), { recursive: true });
  qa = join(folder, 'a-cowin.txt');
  await copyFile(fileURLToPath(QA_FIXTURE), qa);
  const text = await readFile(qa, 'utf8');
  const english = text.split('\n').filter((line) => !/\p{Script=Devanagari}/u.test(line));
  pdf = join(folder, 'b-cowin.pdf');
  await writeFile(pdf, handWrittenPdf([{ text: english.slice(0, 30) }, { text: english.slice(30) }]));
  empty = join(folder, 'c-empty.txt');
  await writeFile(empty, '');
  nested = join(folder, 'older', 'd-cowin.md');
  await copyFile(qa, nested);
  // Not read: not a format analyze takes, and a hidden file.
  await writeFile(join(folder, 'notes.json'), '{}');
  await writeFile(join(folder, '.hidden.txt'), 'x');
}, 60_000);

afterAll(() => cleanup());

describe('unanswered analyze over many files', () => {
  it('a folder with --jsonl: one line per file in name order (subfolders too); a failing file gets its own line and the run goes on', async () => {
    const { code, out, err } = await analyzeCli([folder, '--jsonl', '--jobs', '2']);
    expect(code).toBe(EXIT.failure);
    const got = lines(out);
    expect(got.map((l) => l.file)).toEqual([qa, pdf, empty, nested]);
    expect(got.map((l) => l.ok)).toEqual([true, true, false, true]);
    const failed = got[2];
    expect(failed?.error?.kind).toBe('empty');
    expect(failed?.error?.message).toContain('c-empty.txt');
    for (const line of got.filter((l) => l.ok)) {
      const output = AnalyzeOutputSchema.parse(line.output);
      expect(output.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
    }
    expect(err).toContain('1 of 4 files could not be analysed');
  });

  it('each line carries exactly what analyze FILE --json prints for that file', async () => {
    const batch = lines((await analyzeCli([qa, pdf, '--jsonl'])).out);
    for (const [i, file] of [qa, pdf].entries()) {
      const single = await analyzeCli([file, '--json']);
      expect(single.code).toBe(EXIT.ok);
      expect(batch[i]?.output).toEqual(JSON.parse(single.out));
    }
  });

  it('the pool (two workers) and one thread print the same lines', async () => {
    const pooled = await analyzeCli([folder, '--jsonl', '--jobs', '2']);
    const single = await analyzeCli([folder, '--jsonl', '--jobs', '1']);
    expect(pooled.out).toBe(single.out);
    expect(pooled.code).toBe(single.code);
  });

  it('files named one by one keep their order; a missing one fails on its own line', async () => {
    const missing = join(dir, 'absent.pdf');
    const { code, out } = await analyzeCli([nested, missing, qa, '--jsonl']);
    expect(code).toBe(EXIT.failure);
    const got = lines(out);
    expect(got.map((l) => [l.file, l.ok])).toEqual([[nested, true], [missing, false], [qa, true]]);
    expect(got[1]?.error?.kind).toBe('unreadable');
    expect(got[1]?.error?.message).toContain('absent.pdf');
  });

  it('all files read: exit 0', async () => {
    const { code, err } = await analyzeCli([qa, nested, '--jsonl']);
    expect(code).toBe(EXIT.ok);
    expect(err).not.toContain('could not be analysed');
  });

  it('a folder without --jsonl prints each file\'s table under its name, and failures on stderr', async () => {
    const { code, out, err } = await analyzeCli([folder]);
    expect(code).toBe(EXIT.failure);
    expect(out).toContain(`== ${qa}\n`);
    expect(out).toContain(`== ${pdf}\n`);
    expect(out).not.toContain(`== ${empty}`);
    expect(err).toMatch(/^unanswered analyze: .*c-empty\.txt/m);
  });

  it('a folder with nothing to analyse is a failing line of its own', async () => {
    const bare = join(dir, 'bare');
    await mkdir(bare, { recursive: true });
    await writeFile(join(bare, 'notes.json'), '{}');
    const { code, out } = await analyzeCli([bare, qa, '--jsonl']);
    expect(code).toBe(EXIT.failure);
    const got = lines(out);
    expect(got.map((l) => [l.file, l.ok])).toEqual([[bare, false], [qa, true]]);
    expect(got[0]?.error?.kind).toBe('empty');
  });

  const refusals: ReadonlyArray<[string, ReadonlyArray<string>, RegExp]> = [
    ['--json for two files', ['a.txt', 'b.txt', '--json'], /use --jsonl/],
    ['--json and --jsonl together', ['a.txt', '--json', '--jsonl'], /not both/],
    ['--jobs 0', ['a.txt', 'b.txt', '--jobs', '0'], /--jobs takes a whole number/],
    ['--jobs that is not a number', ['a.txt', '--jobs', 'many'], /--jobs takes a whole number/],
    ['--jsonl with --question/--reply', ['--question', 'q.txt', '--reply', 'r.txt', '--jsonl'], /not --question\/--reply/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with one line and exit 2`, async () => {
      const { code, out, err } = await analyzeCli(args);
      expect(code).toBe(EXIT.badInput);
      expect(out).toBe('');
      expect(err.trimEnd()).not.toContain('\n');
      expect(err).toMatch(message);
    });
  }

  it('refuses --json on a folder (one file\'s contract)', async () => {
    const { code, err } = await analyzeCli([folder, '--json']);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/for a folder use --jsonl/);
  });
});
