import type { IsoDate } from '../lib/dates/index.ts';
import type { Message } from '../messages/message.ts';

export const DEADLINE_KINDS = [
  'transfer-due',
  'reply-due',
  'deemed-refusal',
  'first-appeal-due',
  'faa-decision-due',
  'second-appeal-due',
  'answer-expected',
  'assurance-due',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Who has to act by the date: it decides whether "overdue" is the user's problem or the authority's. */
export type DeadlineActor = 'public-authority' | 'appellate-authority' | 'applicant' | 'government';

/** A date the law sets, with the arithmetic that produced it (Alaveteli issue #5101: show the working). */
export type Deadline = {
  readonly kind: DeadlineKind;
  readonly dueDate: IsoDate;
  /** The provisions applied, e.g. "s.7(1)", "s.5(2) proviso": shown joined by "; ". */
  readonly basis: ReadonlyArray<Message>;
  /**
   * The steps, e.g. "filed 03.01.2026 online, taken as received that day", "+ 30 days (s.7(1)) =
   * 02.02.2026": shown joined by "; ", in the interface language (`shared/messages`).
   */
  readonly working: ReadonlyArray<Message>;
  /** False if any rule used is marked UNCONFIRMED in the docs. */
  readonly confirmed: boolean;
  readonly actor: DeadlineActor;
};

/**
 * - upcoming / due-soon (within `dueSoonDays`, the due date included) / overdue: still open;
 * - paused: the reply clock is stopped by an unpaid fee demand (s.7(3)(a)); `dueDate` is where
 *   it would fall if the fee were paid today;
 * - met: done on or before the date; missed: done late, or the filing moved on without it;
 * - moot: the filing was closed before the date came.
 *
 * For `deemed-refusal`, "overdue" means the deemed refusal has happened and the filing is still
 * waiting, and "met" means a decision came in time.
 */
export type DeadlineStatus = 'upcoming' | 'due-soon' | 'overdue' | 'paused' | 'met' | 'missed' | 'moot';

export type TrackedDeadline = Deadline & {
  readonly status: DeadlineStatus;
  /** When the thing the deadline asks for was done, if it was. */
  readonly completedOn: IsoDate | null;
  /** Days from today to the due date (negative once past). */
  readonly daysLeft: number;
};

/** Days the office is closed, for the optional roll-forward (UNCONFIRMED for RTI; off by default). */
export type ClosedDays = {
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekdays: ReadonlyArray<number>;
  readonly holidays: ReadonlyArray<IsoDate>;
};

export type DeadlineOptions = {
  /** Days assumed between posting and receipt when no delivery date is recorded (UNCONFIRMED allowance). */
  readonly postalDeliveryDays: number;
  /** A deadline this many days away or fewer is "due soon". */
  readonly dueSoonDays: number;
  /** When set, a due date on a closed day moves to the next open day. */
  readonly closedDays: ClosedDays | null;
};

export const DEFAULT_DEADLINE_OPTIONS: DeadlineOptions = {
  postalDeliveryDays: 5,
  dueSoonDays: 7,
  closedDays: null,
};

export function deadlineOptions(partial: Partial<DeadlineOptions> = {}): DeadlineOptions {
  return { ...DEFAULT_DEADLINE_OPTIONS, ...partial };
}

export function isPending(status: DeadlineStatus): boolean {
  return status === 'upcoming' || status === 'due-soon' || status === 'overdue' || status === 'paused';
}
