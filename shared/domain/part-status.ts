import { assertNever } from '../lib/assert-never.ts';

/**
 * The six verdicts a question part can get, exactly as `reply-analysis.md` defines them.
 */
export const PART_STATUSES = ['answered', 'partial', 'unanswered', 'deferred', 'refused', 'not_applicable'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/** Whether `value` is one of the six verdicts: without zod, which the first screen does not load (issue 12). */
export function isPartStatus(value: unknown): value is PartStatus {
  return PART_STATUSES.some((status) => status === value);
}

/** Scoring groups from `reply-analysis.md`: met, partly met, open. */
export type StatusGroup = 'met' | 'partly_met' | 'open';

export function statusGroup(status: PartStatus): StatusGroup {
  switch (status) {
    case 'answered':
    case 'not_applicable':
      return 'met';
    case 'partial':
      return 'partly_met';
    case 'unanswered':
    case 'deferred':
    case 'refused':
      return 'open';
    default:
      return assertNever(status, 'Unknown part status');
  }
}

/** A part whose point is still owed: it should feed the drafting step. */
export function isOpenForFollowUp(status: PartStatus): boolean {
  return statusGroup(status) !== 'met';
}

export function statusLabel(status: PartStatus): string {
  switch (status) {
    case 'answered': return 'Answered';
    case 'partial': return 'Partly answered';
    case 'unanswered': return 'Unanswered';
    case 'deferred': return 'Deferred';
    case 'refused': return 'Refused';
    case 'not_applicable': return 'Not applicable';
    default: return assertNever(status, 'Unknown part status');
  }
}
