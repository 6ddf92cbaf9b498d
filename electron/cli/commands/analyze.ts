import { parseArgs } from 'node:util';
import { analyze, type AnalyzeInput } from '../../../shared/analysis/analyze.ts';
import { formatTable } from '../../../shared/analysis/format-table.ts';
import { importFile, type ImportedText } from '../../services/import/import-file.ts';
import { EXIT, type CliIo } from '../io.ts';

/**
 * `unanswered analyze FILE [--json]` and `unanswered analyze --question QFILE --reply RFILE [--json]`.
 * FILE may be .txt, .md, .pdf or .docx (read by content, through importFile). With --json, stdout
 * carries exactly the analyser's output as `JSON.stringify(output, null, 2)` (the contract in
 * reply-analysis.md), with no trailing newline and nothing else; import warnings go to stderr.
 * Evidence offsets index into the text as imported (see shared/import/normalize-text.ts). Unusable input or arguments:
 * one line on stderr and exit code 2.
 */

const USAGE = 'usage: unanswered analyze FILE [--json] | unanswered analyze --question QFILE --reply RFILE [--json]';

type Parsed =
  | { readonly kind: 'combined'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'separate'; readonly question: string; readonly reply: string; readonly json: boolean };

function parse(args: ReadonlyArray<string>): Parsed | string {
  let parsed: ReturnType<typeof parseArgsFor>;
  try {
    parsed = parseArgsFor(args);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  const json = values.json === true;
  if (values.question !== undefined || values.reply !== undefined) {
    if (values.question === undefined || values.reply === undefined) return 'give both --question QFILE and --reply RFILE';
    if (positionals.length > 0) return `give either FILE or --question/--reply, not both (unexpected "${positionals[0] ?? ''}")`;
    return { kind: 'separate', question: values.question, reply: values.reply, json };
  }
  if (positionals.length === 0) return 'say which file to analyse';
  if (positionals.length > 1) return `give one FILE (got ${positionals.length}); for a question and a reply in two files use --question and --reply`;
  const [file = ''] = positionals;
  return { kind: 'combined', file, json };
}

function parseArgsFor(args: ReadonlyArray<string>) {
  return parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, question: { type: 'string' }, reply: { type: 'string' } },
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
