/**
 * `node tests/eval/metamorphic.ts [--verbose] [--only=name,name]`: metamorphic test of the reply
 * analyser. Each corpus text is rewritten the way another extraction tool or another day's typing
 * would write it (`transforms.ts`), and also split into question and reply for the "separate" input;
 * the analysis of the rewrite must keep the same part labels and the same status per part as the
 * analysis of the text as it is. Header fields (house, kind, number, date, ministry) are compared too.
 *
 * Per transform it prints: texts the rewrite changed, labels stable (% of those texts), parts whose
 * status moved, texts whose header fields moved, and the exact-status score against the corpus labels.
 * Exit 0 always, except 2 when the corpus is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze, type AnalyzeInput, type AnalyzeOutput } from '../../shared/analysis/analyze.ts';
import { PartStatusSchema } from '../../shared/domain/part-status-schema.ts';
import { seededRng, splitQuestionReply, TRANSFORMS } from './transforms.ts';

const LabelsSchema = z.record(z.string(), z.object({
  parts: z.array(z.object({ label: z.string(), status: PartStatusSchema, reason: z.string() })),
}));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env['UNANSWERED_CORPUS'] ?? resolve(repoRoot, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
/** Random choices (wrap width, where a page break falls) are drawn this many times per text. */
const seeds = Math.max(1, Number(process.argv.find((a) => a.startsWith('--seeds='))?.slice('--seeds='.length) ?? 3) || 3);

const labelsPath = join(corpus, 'labels.json');
if (!existsSync(labelsPath)) {
  console.error(`Corpus not found: ${labelsPath} (set UNANSWERED_CORPUS to the corpus directory).`);
  process.exit(2);
}
const gold = LabelsSchema.parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
const files = Object.keys(gold).sort().filter((f) => existsSync(join(corpus, 'texts', f)));
const texts = new Map(files.map((f) => [f, readFileSync(join(corpus, 'texts', f), 'utf8')]));

type Variant = { readonly name: string; readonly seeded: boolean; readonly make: (text: string, file: string, seed: number) => AnalyzeInput | null };

const variants: Variant[] = [
  ...TRANSFORMS.map((t): Variant => ({
    name: t.name,
    seeded: true,
    make: (text, file, seed) => {
      const out = t.apply(text, seededRng(`${file}:${t.name}:${seed}`));
      return out === text ? null : { kind: 'combined', text: out };
    },
  })),
  {
    name: 'separate',
    seeded: false,
    make: (text) => {
      const s = splitQuestionReply(text, false);
      return s ? { kind: 'separate', question: s.question, reply: s.reply } : null;
    },
  },
  {
    name: 'separate-body-only',
    seeded: false,
    make: (text) => {
      const s = splitQuestionReply(text, true);
      return s ? { kind: 'separate', question: s.question, reply: s.reply } : null;
    },
  },
];

const HEADER_FIELDS = ['house', 'kind', 'number', 'date', 'ministry'] as const;

function headerDiff(a: AnalyzeOutput, b: AnalyzeOutput): string[] {
  const norm = (v: string | null): string => (v ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return HEADER_FIELDS.filter((k) => norm(a.question[k]) !== norm(b.question[k])).map((k) => `${k} ${JSON.stringify(a.question[k])} -> ${JSON.stringify(b.question[k])}`);
}

const base = new Map(files.map((f) => [f, analyze({ kind: 'combined', text: texts.get(f) ?? '' })]));
const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

console.log(`Corpus: ${corpus} (${files.length} texts, ${seeds} seeds per random transform)\n`);
console.log(`${'transform'.padEnd(24)}${'applied'.padStart(8)}${'labels'.padStart(9)}${'status Δ'.padStart(10)}${'header Δ'.padStart(10)}${'exact'.padStart(8)}`);
let totalApplied = 0;
let totalLabelOk = 0;
let totalChanged = 0;
let totalParts = 0;
const details: string[] = [];
for (const v of variants) {
  if (only && !only.includes(v.name)) continue;
  let applied = 0;
  let labelsOk = 0;
  let changed = 0;
  let headers = 0;
  let parts = 0;
  let exact = 0;
  let goldParts = 0;
  for (const [f, seed] of files.flatMap((f) => Array.from({ length: v.seeded ? seeds : 1 }, (_, k) => [f, k] as const))) {
    const input = v.make(texts.get(f) ?? '', f, seed);
    if (input === null) continue;
    goldParts += gold[f]?.parts.length ?? 0;
    applied++;
    const want = base.get(f);
    const got = analyze(input);
    if (!want) continue;
    const wantLabels = want.parts.map((p) => p.label).join(',');
    const gotLabels = got.parts.map((p) => p.label).join(',');
    if (wantLabels === gotLabels) labelsOk++;
    else details.push(`${v.name} ${f}#${seed}: labels [${wantLabels}] -> [${gotLabels}]`);
    for (const p of want.parts) {
      parts++;
      const q = got.parts.find((x) => x.label === p.label);
      if (q?.status !== p.status) {
        changed++;
        details.push(`${v.name} ${f}#${seed} (${p.label}): ${p.status} -> ${q?.status ?? 'missing'}${q ? `\n      ${q.reason}` : ''}`);
      }
    }
    for (const g of gold[f]?.parts ?? []) if (got.parts.find((x) => x.label === g.label)?.status === g.status) exact++;
    const hd = input.kind === 'combined' ? headerDiff(want, got) : [];
    if (hd.length > 0) {
      headers++;
      details.push(`${v.name} ${f}#${seed}: header ${hd.join('; ')}`);
    }
  }
  totalApplied += applied;
  totalLabelOk += labelsOk;
  totalChanged += changed;
  totalParts += parts;
  console.log(`${v.name.padEnd(24)}${String(applied).padStart(8)}${pct(labelsOk, applied).padStart(9)}${`${changed}/${parts}`.padStart(10)}${String(headers).padStart(10)}${pct(exact, goldParts).padStart(8)}`);
}
console.log(`\nAll: labels stable on ${totalLabelOk}/${totalApplied} rewrites (${pct(totalLabelOk, totalApplied).trim()}), ${totalChanged} of ${totalParts} part verdicts changed status.`);
if (verbose) for (const d of details) console.log(`- ${d}`);
else if (details.length > 0) console.log(`${details.length} differences; run with --verbose to list them.`);
