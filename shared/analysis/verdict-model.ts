/**
 * The verdict step: a multinomial logistic regression over the named features of `features.ts`,
 * with weights fitted on the labelled corpus by `tests/eval/train.ts` and kept as data in
 * `templates/models/verdict-model.ts` (which records what they were fitted on).
 *
 * The group (met / partly met / open, reply-analysis.md) is decided first, on the summed
 * probabilities of its statuses, because that is what the follow-up turns on; the status is the
 * likeliest one inside the group. Confidence is the probability of the chosen group. Pure, and
 * never throws: a feature the weights do not know counts as zero.
 */
import { PART_STATUSES, statusGroup, type PartStatus, type StatusGroup } from '../domain/part-status.ts';
import { FEATURE_NAMES, type FeatureName, type Features } from './features.ts';
import type { VerdictModel } from '../../templates/models/model-shape.ts';

const KNOWN: ReadonlySet<string> = new Set(FEATURE_NAMES);
function isFeatureName(n: string): n is FeatureName {
  return KNOWN.has(n);
}
const GROUPS: readonly StatusGroup[] = ['met', 'partly_met', 'open'];

export type ModelVerdict = {
  readonly status: PartStatus;
  readonly confidence: number;
  /** The model's probability of each group (met / partly met / open). */
  readonly groups: Readonly<Record<StatusGroup, number>>;
  readonly probabilities: Readonly<Record<PartStatus, number>>;
  /** The features that pushed hardest towards the chosen status, strongest first. */
  readonly drivers: readonly FeatureName[];
};

export function predictVerdict(model: VerdictModel, features: Features): ModelVerdict {
  const values = model.featureNames.map((n) => (isFeatureName(n) ? features[n] : 0));
  const logits = model.classes.map((_, c) => {
    const w = model.weights[c] ?? [];
    let z = model.bias[c] ?? 0;
    for (let k = 0; k < values.length; k++) z += (w[k] ?? 0) * (values[k] ?? 0);
    return Number.isFinite(z) ? z : 0;
  });
  const top = Math.max(...logits);
  const exp = logits.map((z) => Math.exp(z - top));
  const sum = exp.reduce((a, b) => a + b, 0) || 1;
  const probOf = (s: PartStatus): number => {
    const c = model.classes.indexOf(s);
    return c < 0 ? 0 : (exp[c] ?? 0) / sum;
  };
  const probs = {
    answered: probOf('answered'), partial: probOf('partial'), unanswered: probOf('unanswered'),
    deferred: probOf('deferred'), refused: probOf('refused'), not_applicable: probOf('not_applicable'),
  } satisfies Record<PartStatus, number>;
  const groups: Record<StatusGroup, number> = { met: 0, partly_met: 0, open: 0 };
  for (const s of PART_STATUSES) groups[statusGroup(s)] += probs[s];
  const group = GROUPS.reduce<StatusGroup>((a, b) => (groups[b] > groups[a] ? b : a), 'met');
  const status = PART_STATUSES.filter((s) => statusGroup(s) === group).reduce((a, b) => (probs[b] > probs[a] ? b : a));
  const c = model.classes.indexOf(status);
  const w = model.weights[c] ?? [];
  const drivers = model.featureNames
    .flatMap((n, k) => (isFeatureName(n) ? [{ n, v: (w[k] ?? 0) * (values[k] ?? 0) }] : []))
    .filter((d) => d.v > 0)
    .sort((a, b) => b.v - a.v)
    .slice(0, 3)
    .map((d) => d.n);
  return { status, confidence: groups[group], groups, probabilities: probs, drivers };
}
