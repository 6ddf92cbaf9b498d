/**
 * Cross-validation of the verdict model, with folds grouped (by source, or by ministry) so no
 * group sits in both the data a model is fitted on and the data it is scored on. The strength of
 * the L2 penalty is chosen inside each training fold, by the same grouped cross-validation over
 * the training groups only, so the held-out group plays no part in any choice.
 */
import { PART_STATUSES, statusGroup, type PartStatus } from '../../shared/domain/part-status.ts';
import type { CorpusPart } from './corpus.ts';
import { FEATURE_NAMES } from '../../shared/analysis/features.ts';
import { predictVerdict } from '../../shared/analysis/verdict-model.ts';
import type { VerdictModel } from '../../templates/models/model-shape.ts';
import { yardstickRule } from '../../shared/analysis/yardstick-rules.ts';
import { fitLogistic, type LogisticModel, type Sample } from './logistic.ts';

export const L2_GRID = [0.003, 0.01, 0.03] as const;

export type Prediction = {
  readonly part: CorpusPart;
  readonly status: PartStatus | 'missing';
  readonly confidence: number;
  /** The yardstick rule that decided it, or null when the model did. */
  readonly rule: string | null;
  /** The rule cascade's (judge.ts) status, and the held-out model's probability of its group: the app's confidence. */
  readonly cascade: PartStatus | 'missing';
  readonly cascadeConfidence: number;
};

export type FitSettings = { readonly l2: number; readonly featureMask?: readonly boolean[] };

/** Class weights: inverse square root of frequency, so rare statuses are not given up wholesale. */
export function samplesOf(parts: readonly CorpusPart[], mask?: readonly boolean[]): Sample[] {
  const counts = new Map<PartStatus, number>();
  for (const p of parts) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const out: Sample[] = [];
  for (const p of parts) {
    // Parts a yardstick rule decides never reach the model, so it is not fitted on them.
    if (p.x === null || p.observation === null || yardstickRule(p.observation.features) !== null) continue;
    const x = mask ? p.x.map((v, k) => (mask[k] ? v : 0)) : p.x;
    out.push({ x, y: PART_STATUSES.indexOf(p.status), weight: 1 / Math.sqrt(counts.get(p.status) ?? 1) });
  }
  return out;
}

export function fit(parts: readonly CorpusPart[], s: FitSettings): LogisticModel {
  return fitLogistic(samplesOf(parts, s.featureMask), { classes: PART_STATUSES.length, l2: s.l2 });
}

/** The fitted weights in the shape the app ships, so cross-validation scores the same decision rule. */
export function asVerdictModel(model: LogisticModel, l2: number, mask?: readonly boolean[]): VerdictModel {
  return {
    fittedOn: { corpus: 'cross-validation fold', texts: 0, parts: 0, labelsSha256: '', l2, crossValidatedGroupAccuracy: 0 },
    checkBelow: 0,
    featureNames: FEATURE_NAMES,
    classes: PART_STATUSES,
    weights: model.weights.map((w) => w.map((v, k) => (mask && !mask[k] ? 0 : v))),
    bias: model.bias,
  };
}

export function predict(model: VerdictModel, part: CorpusPart): Prediction {
  if (part.observation === null) return { part, status: 'missing', confidence: 0, rule: null, cascade: 'missing', cascadeConfidence: 0 };
  const rule = yardstickRule(part.observation.features);
  const v = predictVerdict(model, part.observation.features);
  const cascade = part.observation.rule.status;
  const cascadeConfidence = rule?.status === cascade ? 1 : v.groups[statusGroup(cascade)];
  if (rule) return { part, status: rule.status, confidence: 1, rule: rule.id, cascade, cascadeConfidence };
  return { part, status: v.status, confidence: v.confidence, rule: null, cascade, cascadeConfidence };
}

function groupAccuracy(preds: readonly Prediction[]): number {
  const group = (s: PartStatus | 'missing'): string => (s === 'answered' || s === 'not_applicable' ? 'met' : s === 'partial' ? 'partly' : s === 'missing' ? 'missing' : 'open');
  return preds.filter((p) => group(p.status) === group(p.part.status)).length / Math.max(1, preds.length);
}

/** Leave-one-group-out over `groups`; returns one prediction per part, made without its group. */
export function crossValidate(
  parts: readonly CorpusPart[],
  groupOf: (p: CorpusPart) => string,
  opts: { readonly mask?: readonly boolean[]; readonly l2?: number; readonly onFold?: (group: string, l2: number) => void } = {},
): Prediction[] {
  const groups = [...new Set(parts.map(groupOf))].sort();
  const out: Prediction[] = [];
  for (const g of groups) {
    const train = parts.filter((p) => groupOf(p) !== g);
    const test = parts.filter((p) => groupOf(p) === g);
    const l2 = opts.l2 ?? chooseL2(train, groupOf, opts.mask);
    opts.onFold?.(g, l2);
    const model = asVerdictModel(fit(train, { l2, ...(opts.mask ? { featureMask: opts.mask } : {}) }), l2, opts.mask);
    for (const p of test) out.push(predict(model, p));
  }
  return out;
}

/** The L2 strength with the best grouped cross-validated group accuracy over the given parts only. */
export function chooseL2(parts: readonly CorpusPart[], groupOf: (p: CorpusPart) => string, mask?: readonly boolean[]): number {
  const groups = new Set(parts.map(groupOf));
  if (groups.size < 2) return 0.003;
  let best: number = L2_GRID[0];
  let bestScore = -1;
  for (const l2 of L2_GRID) {
    const score = groupAccuracy(crossValidate(parts, groupOf, { l2, ...(mask ? { mask } : {}) }));
    if (score > bestScore + 1e-9) {
      best = l2;
      bestScore = score;
    }
  }
  return best;
}
