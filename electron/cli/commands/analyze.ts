import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze, type AnalyzeInput } from '../../../shared/analysis/analyze.ts';
import { formatTable } from '../../../shared/analysis/format-table.ts';
import { importFile, type ImportedText } from '../../services/import/import-file.ts';
import { EXIT, type CliIo } from '../io.ts';
import { defaultJobs, expandInputs, runBatch } from './analyze-batch.ts';

/**
 * `unanswered analyze FILE|FOLDER... [--jsonl] [--jobs N]`: several files, a folder or --jsonl
 * make a batch (analyze-batch.ts), with one result per file and a failing file on its own line.
 * `unanswered analyze FILE [--json]` and `unanswered analyze --question QFILE --reply RFILE [--json]`.
 * FILE may be .txt, .md, .pdf or .docx (read by content, through importFile). With --json, stdout
 * carries exactly the analyser's output as `JSON.stringify(output, null, 2)` (the contract in
 * reply-analysis.md), with no trailing newline and nothing else; import warnings go to stderr.
 * Evidence offsets index into the text as imported (see shared/import/normalize-text.ts). Unusable input or arguments:
 * one line on stderr and exit code 2.
 */

const USAGE = 'usage: unanswered analyze FILE [--json] | unanswered analyze --question QFILE --reply RFILE [--json] | unanswered analyze FILE|FOLDER... [--jsonl] [--jobs N]';

type Parsed =
  | { readonly kind: 'combined'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'separate'; readonly question: string; readonly reply: string; readonly json: boolean }
  | { readonly kind: 'batch'; readonly inputs: ReadonlyArray<string>; readonly jsonl: boolean; readonly jobs: number };

function parseJobs(value: string | undefined): number | string {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : `--jobs takes a whole number from 1 to 64 (got "${value}")`;
}

function parse(args: ReadonlyArray<string>): Parsed | string {
  let parsed: ReturnType<typeof parseArgsFor>;
  try {
    parsed = parseArgsFor(args);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  const json = values.json === true;
  const jsonl = values.jsonl === true;
  if (json && jsonl) return 'give --json (one file) or --jsonl (one line per file), not both';
  if (values.question !== undefined || values.reply !== undefined) {
    if (jsonl || values.jobs !== undefined) return '--jsonl and --jobs are for files and folders, not --question/--reply';
    if (values.question === undefined || values.reply === undefined) return 'give both --question QFILE and --reply RFILE';
    if (positionals.length > 0) return `give either FILE or --question/--reply, not both (unexpected "${positionals[0] ?? ''}")`;
    return { kind: 'separate', question: values.question, reply: values.reply, json };
  }
  if (positionals.length === 0) return 'say which file to analyse';
  const jobs = parseJobs(values.jobs);
  if (typeof jobs === 'string') return jobs;
  if (positionals.length > 1 || jsonl || values.jobs !== undefined) {
    if (json) return `--json prints one file's analysis; for ${positionals.length > 1 ? `${positionals.length} files` : 'a batch'} use --jsonl`;
    return { kind: 'batch', inputs: positionals, jsonl, jobs };
  }
  const [file = ''] = positionals;
  return { kind: 'combined', file, json };
}

function parseArgsFor(args: ReadonlyArray<string>) {
  return parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, jobs: { type: 'string' }, question: { type: 'string' }, reply: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}

/** Reads one file; on failure writes the one-line reason to stderr. */
async function read(path: string, io: CliIo): Promise<ImportedText | null> {
  const imported = await importFile(path);
  if (!imported.ok) {
    io.stderr(`unanswered analyze: ${imported.error.message}\n`);
    return null;
  }
  return imported.value;
}

/** Import warnings go out only once every input has been read, so a refusal stays one line. */
function warn(io: CliIo, texts: ReadonlyArray<ImportedText>): void {
  for (const warning of texts.flatMap((t) => t.warnings)) io.stderr(`unanswered analyze: warning: ${warning.message}\n`);
}

export async function runAnalyze(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.stderr(`unanswered analyze: ${parsed}. ${USAGE}\n`);
    return EXIT.badInput;
  }
  if (parsed.kind === 'batch') return runMany(parsed.inputs, parsed.jsonl, parsed.jobs, io);
  if (parsed.kind === 'combined' && await isFolder(parsed.file)) {
    // One name that is a folder is a batch too.
    if (!parsed.json) return runMany([parsed.file], false, defaultJobs(), io);
    io.stderr(`unanswered analyze: --json prints one file's analysis; for a folder use --jsonl. ${USAGE}\n`);
    return EXIT.badInput;
  }
  let input: AnalyzeInput;
  if (parsed.kind === 'combined') {
    const text = await read(parsed.file, io);
    if (!text) return EXIT.badInput;
    warn(io, [text]);
    input = { kind: 'combined', text: text.text };
  } else {
    const question = await read(parsed.question, io);
    if (!question) return EXIT.badInput;
    const reply = await read(parsed.reply, io);
    if (!reply) return EXIT.badInput;
    warn(io, [question, reply]);
    input = { kind: 'separate', question: question.text, reply: reply.text };
  }
  const output = analyze(input);
  if (parsed.json) {
    // Exactly the contract's JSON, byte for byte, so `JSON.parse(stdout)` and string comparison both hold.
    io.stdout(JSON.stringify(output, null, 2));
  } else {
    const table = formatTable(output);
    io.stdout(table.endsWith('\n') ? table : `${table}\n`);
  }
  return EXIT.ok;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A batch: every result in the order given; exit 1 if any file failed, after all were tried. */
async function runMany(inputs: ReadonlyArray<string>, jsonl: boolean, jobs: number, io: CliIo): Promise<number> {
  const items = await expandInputs(inputs);
  let failed = 0;
  await runBatch(items, jsonl ? 'jsonl' : 'table', jobs, (item, result) => {
    if (!result.ok) failed += 1;
    if (jsonl) {
      io.stdout(`${result.text}\n`);
      return;
    }
    for (const warning of result.warnings) io.stderr(`unanswered analyze: warning: ${warning}\n`);
    if (result.ok) io.stdout(`== ${item.file}\n${result.text}\n`);
    else io.stderr(`unanswered analyze: ${result.text}\n`);
  });
  if (failed > 0) io.stderr(`unanswered analyze: ${failed} of ${items.length} file${items.length === 1 ? '' : 's'} could not be analysed.\n`);
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
