import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../../electron/cli/commands/analyze.ts';
import { EXIT, type CliIo } from '../../../../electron/cli/io.ts';
import { AnalyzeOutputSchema } from '../../../../shared/analysis/contract.ts';
import { handWrittenPdf, makeTempDir, QA_FIXTURE, sofficeConvert } from '../services/import/fixtures.ts';

type Captured = { readonly io: CliIo; readonly out: () => string; readonly err: () => string };

function capture(): Captured {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, now: () => '2026-12-04T06:00:00.000Z' }, out: () => out, err: () => err };
}

async function analyzeCli(args: ReadonlyArray<string>): Promise<{ code: number; out: string; err: string }> {
  const c = capture();
  const code = await runAnalyze(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

let dir = '';
let cleanup = async (): Promise<void> => {};
let qaTxt = '';
let questionTxt = '';
let replyTxt = '';
let qaPdf = '';
let qaDocx = '';

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  qaTxt = join(dir, 'rs-cowin-qa.txt');
  await copyFile(fileURLToPath(QA_FIXTURE), qaTxt);
  const text = await readFile(qaTxt, 'utf8');
  const [question = '', reply = ''] = text.split(/^ANSWER$/m);
  questionTxt = join(dir, 'question.txt');
  replyTxt = join(dir, 'reply.md');
  await writeFile(questionTxt, question);
  await writeFile(replyTxt, `ANSWER${reply}`);
  // Helvetica's WinAnsi encoding has no Devanagari: the English lines make the hand-written PDF.
  const english = text.split('\n').filter((line) => !/\p{Script=Devanagari}/u.test(line));
  qaPdf = join(dir, 'rs-cowin-qa.pdf');
  await writeFile(qaPdf, handWrittenPdf([{ text: english.slice(0, 30) }, { text: english.slice(30) }]));
  qaDocx = await sofficeConvert(qaTxt, 'docx', dir);
}, 120_000);

afterAll(() => cleanup());

function expectOneLine(err: string): void {
  expect(err.endsWith('\n')).toBe(true);
  expect(err.slice(0, -1)).not.toContain('\n');
  expect(err.startsWith('unanswered analyze: ')).toBe(true);
}

describe('unanswered analyze: bad arguments and unreadable input exit 2 with one line on stderr', () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<string>, RegExp]> = [
    ['no file', [], /say which file/],
    ['an unknown option', ['--jsn', 'a.txt'], /Unknown option '--jsn'/],
    ['--question without --reply', ['--question', 'q.txt'], /both --question QFILE and --reply RFILE/],
    ['FILE with --question/--reply', ['x.txt', '--question', 'q.txt', '--reply', 'r.txt'], /not both/],
    ['--reply without a value', ['--question', 'q.txt', '--reply'], /argument missing/],
  ];
  for (const [what, args, message] of cases) {
    it(`refuses ${what}`, async () => {
      const { code, out, err } = await analyzeCli(args);
      expect(code).toBe(EXIT.badInput);
      expect(out).toBe('');
      expectOneLine(err);
      expect(err).toMatch(message);
      expect(err).toContain('usage: unanswered analyze');
    });
  }

  it('refuses a missing file, naming it', async () => {
    const { code, out, err } = await analyzeCli([join(dir, 'absent.pdf'), '--json']);
    expect(code).toBe(EXIT.badInput);
    expect(out).toBe('');
    expectOneLine(err);
    expect(err).toContain('“absent.pdf” could not be opened');
  });

  it('refuses an empty file and a file of an unknown type', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const image = join(dir, 'scan.jpg');
    await writeFile(image, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    for (const [path, kind] of [[empty, /contains no text/], [image, /JPEG image/]] as const) {
      const { code, out, err } = await analyzeCli([path]);
      expect(code).toBe(EXIT.badInput);
      expect(out).toBe('');
      expectOneLine(err);
      expect(err).toMatch(kind);
    }
  });

  it('refuses when the reply file of a pair cannot be read, after reading the question', async () => {
    const { code, out, err } = await analyzeCli(['--question', questionTxt, '--reply', join(dir, 'no-reply.txt')]);
    expect(code).toBe(EXIT.badInput);
    expect(out).toBe('');
    expectOneLine(err);
    expect(err).toContain('no-reply.txt');
  });
});

describe('unanswered analyze: output', () => {
  async function jsonOf(args: ReadonlyArray<string>): Promise<{ parsed: unknown; out: string; err: string }> {
    const { code, out, err } = await analyzeCli(args);
    expect(code, err).toBe(EXIT.ok);
    return { parsed: JSON.parse(out), out, err };
  }

  for (const [format, file] of [['.txt', (): string => qaTxt], ['.pdf', (): string => qaPdf], ['.docx', (): string => qaDocx]] as const) {
    it(`--json on a ${format} prints only the contract JSON, one verdict per lettered part`, async () => {
      const { parsed, out } = await jsonOf([file(), '--json']);
      const output = AnalyzeOutputSchema.parse(parsed);
      expect(out).toBe(JSON.stringify(parsed, null, 2));
      expect(output.question.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
      expect(output.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
      expect(output.question.house).toBe('Rajya Sabha');
    });
  }

  it('gives evidence offsets into the text as read: for a UTF-8 .txt, the file itself', async () => {
    const { parsed } = await jsonOf([qaTxt, '--json']);
    const output = AnalyzeOutputSchema.parse(parsed);
    const text = await readFile(qaTxt, 'utf8');
    const evidence = output.parts.flatMap((p) => p.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('puts import warnings on stderr, never on stdout', async () => {
    const { err } = await jsonOf([qaTxt, '--json']);
    expect(err).toMatch(/^unanswered analyze: warning: .*contains Hindi/m);
  });

  it('--question and --reply given separately: one verdict per part, evidence indexing the reply', async () => {
    const { parsed } = await jsonOf(['--question', questionTxt, '--reply', replyTxt, '--json']);
    const output = AnalyzeOutputSchema.parse(parsed);
    expect(output.question.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(output.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(output.evidenceSource).toBe('reply');
    const reply = await readFile(replyTxt, 'utf8');
    for (const evidence of output.parts.flatMap((p) => p.evidence)) {
      expect(reply.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('without --json prints the table, naming every part', async () => {
    const { code, out } = await analyzeCli([qaTxt]);
    expect(code).toBe(EXIT.ok);
    expect(() => JSON.parse(out)).toThrow();
    expect(out.endsWith('\n')).toBe(true);
    for (const label of ['a', 'b', 'c', 'd']) expect(out).toContain(`(${label})`);
    expect(out).toContain('Rajya Sabha');
  });
});
