import { indiaDate } from '../../../shared/lib/dates/index.ts';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCaseText } from '../../../shared/domain/case-migrations.ts';
import { writeFileAtomic } from '../../services/atomic-write.ts';
import { renderDraftDocx, suggestedFileName } from '../../services/export-draft.ts';
import { dataPaths } from '../../services/paths.ts';
import { loadSettings } from '../../services/settings-store.ts';
import { EXIT, type CliIo } from '../io.ts';
import { lintDraft, storedQuestions, type DraftLint } from '../../../shared/workflows/draft-lint.ts';
import { findingSentence } from '../../../shared/lint/finding-text.ts';
import { englishText } from '../../../shared/messages/texts.ts';

/**
 * `unanswered draft CASE.json --out DIR`: every draft of a case as a Word document, the same
 * rendering the app's export uses (`renderDraftDocx`), so a case file can be exported on a machine
 * without the app's window. Each draft's rule checks are the editor's (`lintDraft`, the same
 * workflow), printed on stderr under its file name. An unreadable case file is one line on stderr
 * and exit 2.
 */
export async function runDraft(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed: { out: string | undefined; data: string | undefined; positionals: ReadonlyArray<string> };
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' }, data: { type: 'string' } }, allowPositionals: true, strict: true });
    parsed = { out: values.out, data: values.data, positionals };
  } catch (e) {
    io.stderr(`unanswered draft: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.badInput;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) {
    io.stderr('unanswered draft: say which case file to export: unanswered draft CASE.json --out DIR\n');
    return EXIT.badInput;
  }
  if (extra.length > 0) {
    io.stderr(`unanswered draft: give one case file (unexpected "${extra[0] ?? ''}")\n`);
    return EXIT.badInput;
  }
  if (!parsed.out) {
    io.stderr('unanswered draft: say where to write the documents: --out DIR\n');
    return EXIT.badInput;
  }

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    io.stderr(`unanswered draft: cannot read ${file}: ${why}\n`);
    return EXIT.badInput;
  }
  const read = readCaseText(text);
  if (!read.ok) {
    io.stderr(`unanswered draft: ${file} is not a readable case file: ${read.error.message.replace(/\s+/g, ' ')}\n`);
    return EXIT.badInput;
  }
  const c = read.value.value;

  const profile = parsed.data ? (await loadSettings(dataPaths(parsed.data))).settings.profile : {};

  try {
    await mkdir(parsed.out, { recursive: true });
  } catch (e) {
    io.stderr(`unanswered draft: cannot use ${parsed.out} (${e instanceof Error ? e.message : String(e)})\n`);
    return EXIT.failure;
  }
  if (c.drafts.length === 0) {
    io.stderr(`unanswered draft: the case "${c.title}" has no drafts.\n`);
    return EXIT.ok;
  }

  const today = indiaDate(io.now());
  const width = Math.max(2, String(c.drafts.length).length);
  let written = 0;
  const skipped: string[] = [];
  for (const [i, draft] of c.drafts.entries()) {
    // Drafts with blanks left are written marked as drafts (the app's final export refuses them).
    const rendered = await renderDraftDocx(draft, profile, today, 'draft');
    if (!rendered.ok) {
      skipped.push(`"${draft.title}" (fill: ${rendered.missing.map((m) => m.label).join(', ')})`);
      continue;
    }
    const name = `${String(i + 1).padStart(width, '0')} ${suggestedFileName(draft)}`;
    const path = join(parsed.out, name);
    await writeFileAtomic(path, rendered.bytes);
    io.stdout(`${path}\n`);
    for (const line of checkLines(lintDraft(draft, { earlier: storedQuestions(c), today, drafts: c.drafts }))) io.stderr(`  ${name}: ${line}\n`);
    written += 1;
  }
  io.stderr(`Wrote ${written} of ${c.drafts.length} drafts of "${c.title}".\n`);
  for (const s of skipped) io.stderr(`Skipped ${s}\n`);
  return skipped.length > 0 ? EXIT.failure : EXIT.ok;
}

/** The findings of one draft's rule checks, one line each, as the editor lists them. */
function checkLines(lint: DraftLint): string[] {
  if (lint.kind === 'no-house') return ['warning: say which House the notice is for, so its rules can be checked'];
  if (lint.kind === 'none') return [];
  // The CLI speaks English, as its other output does.
  return lint.findings.map((f) => `${f.finding.severity}: ${findingSentence(englishText, f.finding)} (${f.finding.source})`);
}
