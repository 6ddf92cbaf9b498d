import { daysBetween, type IsoDate } from '../lib/dates/index.ts';
import type { StatusEvent, FilingStatus } from '../domain/filing.ts';
import type { Deadline, DeadlineOptions, DeadlineStatus, TrackedDeadline } from './types.ts';

export type Progress = {
  /** The day the thing the deadline asks for was done. */
  readonly completedOn: IsoDate | null;
  /** The day the filing moved past the stage without it (a later stage, or closure). */
  readonly supersededOn: IsoDate | null;
  readonly supersededByClosure: boolean;
  /** The reply clock is stopped by an unpaid fee demand (s.7(3)(a)). */
  readonly paused: boolean;
};

export const NO_PROGRESS: Progress = { completedOn: null, supersededOn: null, supersededByClosure: false, paused: false };

/**
 * Where a deadline stands on `today`.
 *
 * `lastDay` is the last day on which the act is in time: the due date itself, except for a
 * deemed refusal, whose date is the first day after the reply period (s.7(2)).
 */
export function deadlineStatus(lastDay: IsoDate, progress: Progress, today: IsoDate, options: DeadlineOptions): DeadlineStatus {
  if (progress.completedOn !== null) return daysBetween(progress.completedOn, lastDay) >= 0 ? 'met' : 'missed';
  if (progress.supersededOn !== null) {
    if (daysBetween(progress.supersededOn, lastDay) < 0) return 'missed';
    return progress.supersededByClosure ? 'moot' : 'missed';
  }
  if (progress.paused) return 'paused';
  const left = daysBetween(today, lastDay);
  if (left < 0) return 'overdue';
  return left <= options.dueSoonDays ? 'due-soon' : 'upcoming';
}

export function track(deadline: Deadline, progress: Progress, today: IsoDate, options: DeadlineOptions, lastDay: IsoDate = deadline.dueDate): TrackedDeadline {
  return {
    ...deadline,
    status: deadlineStatus(lastDay, progress, today, options),
    completedOn: progress.completedOn,
    daysLeft: daysBetween(today, deadline.dueDate),
  };
}

/** The first event at or after `fromIndex` whose status is one of `statuses`. */
export function findFrom(history: ReadonlyArray<StatusEvent>, fromIndex: number, statuses: ReadonlyArray<FilingStatus>): { event: StatusEvent; index: number } | null {
  for (let index = Math.max(fromIndex, 0); index < history.length; index += 1) {
    const event = history[index];
    if (event && statuses.includes(event.status)) return { event, index };
  }
  return null;
}

/** Completion by the first of `done`, supersession by the first of `moveOn` or closure. */
export function progressFrom(history: ReadonlyArray<StatusEvent>, fromIndex: number, done: ReadonlyArray<FilingStatus>, moveOn: ReadonlyArray<FilingStatus>): Progress {
  const completed = findFrom(history, fromIndex, done);
  const superseded = findFrom(history, fromIndex, [...moveOn, 'closed']);
  if (completed && (!superseded || completed.index < superseded.index)) {
    return { ...NO_PROGRESS, completedOn: completed.event.date };
  }
  if (superseded) {
    return { ...NO_PROGRESS, supersededOn: superseded.event.date, supersededByClosure: superseded.event.status === 'closed' };
  }
  return NO_PROGRESS;
}
