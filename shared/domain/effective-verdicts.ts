import type { Case } from './case.ts';
import type { PartStatus } from './part-status.ts';
import { isOpenForFollowUp } from './part-status.ts';

export type EffectiveVerdict = {
  readonly label: string;
  readonly status: PartStatus | null;
  readonly reason: string;
  /** Who set the status shown: the analyser, the user, or nobody yet. */
  readonly by: 'analyser' | 'user' | 'none';
};

/**
 * The verdict shown for each question part: the user's own when they changed it, else the analyser's.
 */
export function effectiveVerdicts(c: Case): ReadonlyArray<EffectiveVerdict> {
  const parts = c.question?.parts ?? [];
  return parts.map((part) => {
    const override = c.analysis.overrides.findLast((o) => o.label === part.label);
    if (override) return { label: part.label, status: override.status, reason: override.reason, by: 'user' };
    const verdict = c.analysis.parts.find((v) => v.label === part.label);
    if (verdict) return { label: part.label, status: verdict.status, reason: verdict.reason, by: 'analyser' };
    return { label: part.label, status: null, reason: '', by: 'none' };
  });
}

export function openPartLabels(c: Case): ReadonlyArray<string> {
  return effectiveVerdicts(c)
    .filter((v) => v.status !== null && isOpenForFollowUp(v.status))
    .map((v) => v.label);
}
