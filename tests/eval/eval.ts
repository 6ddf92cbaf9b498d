/**
 * `npm run eval`: score the reply analyser against the labelled corpus
 * (/work/shared/corpus, labels per reply-analysis.md).
 *
 * Prints part-segmentation accuracy (questions whose part labels all match),
 * exact-status accuracy, group accuracy (met / partly met / open, `statusGroup`),
 * a confusion table (rows = label, columns = predicted) and, with --verbose, every
 * mismatch. It also scores two halves of the corpus apart (texts in sorted order, alternating), so a
 * rule tuned on one half can be checked on the other. Corpus directory: $UNANSWERED_CORPUS, else ../shared/corpus from the
 * repository root. Exit 0 always, except 2 when the corpus is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze } from '../../shared/analysis/analyze.ts';
import { PART_STATUSES, PartStatusSchema, statusGroup, type PartStatus } from '../../shared/domain/part-status.ts';

const LabelsSchema = z.record(z.string(), z.object({
  parts: z.array(z.object({ label: z.string(), status: PartStatusSchema, reason: z.string() })),
}));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env['UNANSWERED_CORPUS'] ?? resolve(repoRoot, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

const labelsPath = join(corpus, 'labels.json');
if (!existsSync(labelsPath)) {
  console.error(`Corpus not found: ${labelsPath} (set UNANSWERED_CORPUS to the corpus directory).`);
  process.exit(2);
}
const parsed = LabelsSchema.safeParse(JSON.parse(readFileSync(labelsPath, 'utf8')));
if (!parsed.success) {
  console.error(`labels.json does not have the expected shape: ${parsed.error.issues[0]?.message ?? ''}`);
  process.exit(2);
}

const confusion = new Map<string, number>();
let questions = 0;
let segmentationOk = 0;
let partsTotal = 0;
let exact = 0;
let group = 0;
const mismatches: string[] = [];
/** Per half: [parts, exact, group]. Half 0 takes the 1st, 3rd, 5th ... text in sorted order. */
const halves = [[0, 0, 0], [0, 0, 0]];
const started = performance.now();

const entries = Object.entries(parsed.data).sort(([a], [b]) => a.localeCompare(b));
for (const [index, [file, expected]] of entries.entries()) {
  if (only && !only.some((o) => file.startsWith(o))) continue;
  const half = halves[index % 2] ?? [0, 0, 0];
  const path = join(corpus, 'texts', file);
  if (!existsSync(path)) {
    mismatches.push(`${file}: text missing`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  const out = analyze({ kind: 'combined', text });
  questions++;
  const want = expected.parts.map((p) => p.label).join(',');
  const got = out.parts.map((p) => p.label).join(',');
  if (want === got) segmentationOk++;
  else mismatches.push(`${file}: part labels expected [${want}] got [${got}]`);
  for (const e of expected.parts) {
    partsTotal++;
    const p = out.parts.find((x) => x.label === e.label);
    const predicted: PartStatus | 'missing' = p ? p.status : 'missing';
    confusion.set(`${e.status}>${predicted}`, (confusion.get(`${e.status}>${predicted}`) ?? 0) + 1);
    half[0] = (half[0] ?? 0) + 1;
    if (predicted === e.status) {
      exact++;
      half[1] = (half[1] ?? 0) + 1;
    }
    if (predicted !== 'missing' && statusGroup(predicted) === statusGroup(e.status)) {
      group++;
      half[2] = (half[2] ?? 0) + 1;
    }
    if (predicted !== e.status) {
      mismatches.push(`${file} (${e.label}): label ${e.status}, predicted ${predicted}\n    label reason: ${e.reason}\n    our reason:   ${p?.reason ?? '-'}`);
    }
  }
}
const ms = performance.now() - started;

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
console.log(`Corpus: ${corpus}`);
console.log(`Questions: ${questions}, parts: ${partsTotal}, analysed in ${ms.toFixed(0)} ms`);
console.log(`Part segmentation (all labels right): ${segmentationOk}/${questions} = ${pct(segmentationOk, questions)}`);
console.log(`Exact status:                         ${exact}/${partsTotal} = ${pct(exact, partsTotal)}`);
console.log(`Group (met / partly met / open):      ${group}/${partsTotal} = ${pct(group, partsTotal)}`);
halves.forEach(([n = 0, ex = 0, gr = 0], k) => {
  console.log(`Half ${k + 1} (${k === 0 ? 'odd' : 'even'} texts): exact ${ex}/${n} = ${pct(ex, n)}, group ${gr}/${n} = ${pct(gr, n)}`);
});
console.log('');
const cols = [...PART_STATUSES, 'missing'] as const;
const short = (s: string): string => s.replace('not_applicable', 'n/a').replace('unanswered', 'unansw');
console.log(`Confusion (rows = label, cols = predicted)\n${'label'.padEnd(10)}${cols.map((c) => short(c).padStart(9)).join('')}`);
for (const row of PART_STATUSES) {
  console.log(`${short(row).padEnd(10)}${cols.map((c) => String(confusion.get(`${row}>${c}`) ?? 0).padStart(9)).join('')}`);
}
if (verbose) {
  console.log(`\nMismatches (${mismatches.length}):`);
  for (const m of mismatches) console.log(`- ${m}`);
} else if (mismatches.length > 0) {
  console.log(`\n${mismatches.length} mismatches; run with --verbose to list them.`);
}
