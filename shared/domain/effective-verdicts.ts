import type { Case } from './case.ts';
import type { PartStatus } from './part-status.ts';
import { isOpenForFollowUp } from './part-status.ts';

export type EffectiveVerdict = {
  readonly label: string;
  readonly status: PartStatus | null;
  readonly reason: string;
  /** Who set the status shown: the analyser, the user, or nobody yet. */
  readonly by: 'analyser' | 'user' | 'none';
  /** The analyser's verdict, not yet confirmed or changed by the user, is one it is unsure of: "check this". */
  readonly needsCheck: boolean;
};

/**
 * The verdict shown for each question part: the user's own when they changed it, else the analyser's.
 */
export function effectiveVerdicts(c: Case): ReadonlyArray<EffectiveVerdict> {
  const parts = c.question?.parts ?? [];
  return parts.map((part) => {
    const override = c.analysis.overrides.findLast((o) => o.label === part.label);
    if (override) return { label: part.label, status: override.status, reason: override.reason, by: 'user', needsCheck: false };
    const verdict = c.analysis.parts.find((v) => v.label === part.label);
    if (verdict) return { label: part.label, status: verdict.status, reason: verdict.reason, by: 'analyser', needsCheck: verdict.needsCheck === true };
    return { label: part.label, status: null, reason: '', by: 'none', needsCheck: false };
  });
}

/**
 * Parts still owed a follow-up. A part the analyser called met but is unsure of stays here until
 * the user confirms it: drafting never quietly treats an unchecked, low-confidence part as met.
 */
export function openPartLabels(c: Case): ReadonlyArray<string> {
  return effectiveVerdicts(c)
    .filter((v) => v.status !== null && (isOpenForFollowUp(v.status) || v.needsCheck))
    .map((v) => v.label);
}
