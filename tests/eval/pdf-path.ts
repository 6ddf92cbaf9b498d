/**
 * `npm run eval:pdf`: the corpus read through real PDF files, as a user brings them (issue 10:
 * "Part labels right on at least 98% of texts, through .txt and through real .pdf files").
 *
 * Every corpus text is printed to PDF by LibreOffice (one headless run for all of them), read back
 * through the app's own import path (`importFile`: PDFium in process, line rebuilding, clean-up),
 * and analysed. Reports how many texts keep their part labels, and the verdicts' agreement with
 * the labels beside the same figure for the .txt files: the PDF path should not lose accuracy.
 * The verdicts are the shipped analyser's, fitted in part on this corpus, so the accuracy here
 * says what the PDF path loses, not how the analyser does on unseen texts (that is `npm run eval`).
 *
 * Needs LibreOffice (`soffice`). Exit 0; 2 when the corpus or LibreOffice is missing.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyze } from '../../shared/analysis/analyze.ts';
import { statusGroup, type PartStatus } from '../../shared/domain/part-status.ts';
import { importFile } from '../../electron/services/import/import-file.ts';
import { loadCorpus } from './corpus.ts';

const run = promisify(execFile);
const corpus = loadCorpus();
if (corpus === null) {
  console.error('Corpus not found: set UNANSWERED_CORPUS to the corpus directory (it holds labels.json).');
  process.exit(2);
}

const work = await mkdtemp(join(tmpdir(), 'unanswered-eval-pdf-'));
try {
  const files = corpus.texts.map((t) => t.file);
  for (const t of corpus.texts) await copyFile(t.path, join(work, t.file));
  const started = performance.now();
  try {
    // One LibreOffice run for every file; its own profile folder so a running LibreOffice is not disturbed.
    await run('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...files.map((f) => join(work, f))], { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    console.error(`LibreOffice could not print the corpus to PDF: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  const printed = performance.now() - started;

  type Row = { file: string; labels: boolean; parts: { truth: PartStatus; pdf: PartStatus | 'missing'; txt: PartStatus | 'missing' }[]; problem?: string };
  const rows: Row[] = [];
  for (const t of corpus.texts) {
    const pdf = join(work, 'pdf', t.file.replace(/\.txt$/, '.pdf'));
    const wanted = corpus.parts.filter((p) => p.file === t.file);
    const txt = analyze({ kind: 'combined', text: readFileSync(t.path, 'utf8') });
    const txtOf = (label: string): PartStatus | 'missing' => txt.parts.find((v) => v.label === label)?.status ?? 'missing';
    if (!existsSync(pdf)) {
      rows.push({ file: t.file, labels: false, parts: wanted.map((p) => ({ truth: p.status, pdf: 'missing', txt: txtOf(p.label) })), problem: 'not printed' });
      continue;
    }
    const read = await importFile(pdf);
    if (!read.ok) {
      rows.push({ file: t.file, labels: false, parts: wanted.map((p) => ({ truth: p.status, pdf: 'missing', txt: txtOf(p.label) })), problem: read.error.message });
      continue;
    }
    const out = analyze({ kind: 'combined', text: read.value.text });
    const got = out.parts.map((p) => p.label).join(',');
    rows.push({
      file: t.file,
      labels: got === t.labelsWanted,
      parts: wanted.map((p) => ({ truth: p.status, pdf: out.parts.find((v) => v.label === p.label)?.status ?? 'missing', txt: txtOf(p.label) })),
      ...(got === t.labelsWanted ? {} : { problem: `labels ${got || '(none)'}, wanted ${t.labelsWanted}` }),
    });
  }
  const group = (s: PartStatus | 'missing'): string => (s === 'missing' ? 'missing' : statusGroup(s));
  const parts = rows.flatMap((r) => r.parts);
  const share = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  const labelsRight = rows.filter((r) => r.labels).length;
  console.log(`Corpus printed to PDF by LibreOffice and read through the app's import path: ${rows.length} texts, ${parts.length} parts (printing took ${(printed / 1000).toFixed(1)} s)`);
  console.log(`Part labels right through .pdf: ${labelsRight}/${rows.length} texts = ${share(labelsRight, rows.length)}`);
  console.log(`Part labels right through .txt: ${corpus.texts.filter((t) => t.labelsWanted === t.labelsGot).length}/${corpus.texts.length} texts`);
  console.log(`Verdicts, group agreement with the labels (in-sample, see the note above): .pdf ${share(parts.filter((p) => group(p.pdf) === group(p.truth)).length, parts.length)}, .txt ${share(parts.filter((p) => group(p.txt) === group(p.truth)).length, parts.length)}`);
  console.log(`Parts whose verdict differs between the .pdf and the .txt: ${parts.filter((p) => p.pdf !== p.txt).length}`);
  for (const r of rows.filter((x) => x.problem !== undefined)) console.log(`  ${r.file}: ${r.problem}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
