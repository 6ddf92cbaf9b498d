import type { IsoDate } from '../lib/dates/index.ts';
import type { Filing, FilingStatus, StatusEvent } from './filing.ts';

/** A filing with no recorded events is a draft. */
export function currentStatus(filing: Filing): FilingStatus {
  return filing.history.at(-1)?.status ?? 'draft';
}

export function lastEvent(filing: Filing): StatusEvent | null {
  return filing.history.at(-1) ?? null;
}

export function firstEvent(filing: Filing, status: FilingStatus): StatusEvent | null {
  return filing.history.find((event) => event.status === status) ?? null;
}

/** The day the filing was sent or handed in, from its first `filed` event. */
export function filedOn(filing: Filing): IsoDate | null {
  return firstEvent(filing, 'filed')?.date ?? null;
}

export function hasReached(filing: Filing, status: FilingStatus): boolean {
  return filing.history.some((event) => event.status === status);
}
