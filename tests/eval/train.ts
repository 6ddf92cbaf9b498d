/**
 * `npm run train`: fit the verdict model on the whole labelled corpus and write its weights as
 * data to templates/models/verdict-model.ts, with what they were fitted on. Deterministic (zero
 * start, fixed steps, texts in sorted order): the same corpus gives the same file.
 *
 * The L2 strength is chosen by cross-validation with folds grouped by source; the "check this"
 * cut is the confidence that keeps the 70% most confident cross-validated verdicts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../shared/analysis/features.ts';
import { PART_STATUSES, statusGroup } from '../../shared/domain/part-status.ts';
import { loadCorpus } from './corpus.ts';
import { chooseL2, crossValidate, fit } from './cross-validate.ts';

const corpus = loadCorpus();
if (corpus === null) {
  console.error('Corpus not found (set UNANSWERED_CORPUS to the corpus directory).');
  process.exit(2);
}
const bySource = (p: { source: string }): string => p.source;
const l2 = chooseL2(corpus.parts, bySource);
const cv = crossValidate(corpus.parts, bySource, { l2 });
const right = cv.filter((p) => p.status !== 'missing' && statusGroup(p.status) === statusGroup(p.part.status)).length;
const confidences = cv.map((p) => p.confidence).sort((a, b) => b - a);
const checkBelow = confidences[Math.floor(confidences.length * 0.7)] ?? 0.5;
const model = fit(corpus.parts, { l2 });
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const fittedOn = {
  corpus: corpus.dirs.length > 1 ? '../shared/corpus and tests/eval/corpus (labels.json, texts/, sources.tsv)' : '../shared/corpus (labels.json, texts/, sources.tsv)',
  texts: corpus.texts.length,
  parts: corpus.parts.length,
  // Over every labels file, in order, so a change to either shows.
  labelsSha256: corpus.dirs.reduce((h, d) => h.update(readFileSync(join(d, 'labels.json'))), createHash('sha256')).digest('hex'),
  l2,
  crossValidatedGroupAccuracy: round(right / cv.length),
};
const body = `/**
 * Weights of the verdict model (shared/analysis/verdict-model.ts), written by \`npm run train\`
 * (tests/eval/train.ts). Do not edit by hand: change the features or the corpus and train again.
 * Fitted on the corpus recorded in \`fittedOn\`; the cross-validated figure is the one that
 * predicts accuracy on texts the model has not seen.
 */
import type { VerdictModel } from './model-shape.ts';

export const VERDICT_MODEL = {
  fittedOn: ${JSON.stringify(fittedOn, null, 2).replace(/\n/g, '\n  ')},
  checkBelow: ${round(checkBelow)},
  featureNames: ${JSON.stringify(FEATURE_NAMES)},
  classes: ${JSON.stringify(PART_STATUSES)},
  weights: [
${model.weights.map((w) => `    [${w.map(round).join(', ')}],`).join('\n')}
  ],
  bias: [${model.bias.map(round).join(', ')}],
} satisfies VerdictModel;
`;
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'models', 'verdict-model.ts');
writeFileSync(out, body);
console.log(`Wrote ${out}: ${fittedOn.texts} texts, ${fittedOn.parts} parts, L2 ${l2}, cross-validated group accuracy ${(100 * fittedOn.crossValidatedGroupAccuracy).toFixed(1)}%, check below ${round(checkBelow)}.`);
