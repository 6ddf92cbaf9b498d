import type { Clock } from './clock.ts';
import { formatIsoDate, isIsoDate, type IsoDate } from './iso-date.ts';

/**
 * India's calendar day and the one clock.
 *
 * "Today" is the date in India (Asia/Kolkata, UTC+05:30 all year: India keeps no summer time),
 * read from an instant the caller injects, so a document exported at 01:00 IST is dated that day
 * and not the day before, and tests can set the clock. Never `new Date().toISOString().slice(0, 10)`,
 * which is the date in Greenwich.
 */

export { systemClock, type Clock } from './clock.ts';

/** India keeps one time zone with no daylight saving: UTC+05:30 (IST). */
export const IST_OFFSET_MINUTES = 330;

/** The wall-clock fields in India at an instant in milliseconds. */
export function indiaWallClock(ms: number): { readonly date: IsoDate; readonly hour: number; readonly minute: number; readonly second: number } {
  const shifted = new Date(ms + IST_OFFSET_MINUTES * 60_000);
  return {
    date: formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The calendar date in India of an ISO timestamp ("2026-01-31T20:00:00Z" is 01.02.2026 in
 * Delhi). A bare ISO date is taken as it is. Null if the value is neither.
 */
export function indianDateOf(timestamp: string): IsoDate | null {
  if (isIsoDate(timestamp)) return timestamp;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp)) return null;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return null;
  return indiaWallClock(ms).date;
}

/** The calendar date in India at `instant` (an ISO instant or date string, or a Date). */
export function indiaDate(instant: string | Date): IsoDate {
  const value = typeof instant === 'string' ? instant.trim() : instant.toISOString();
  const day = indianDateOf(value);
  // The clock is the app's own or a test's: something that is not an instant is a bug.
  if (day === null) throw new Error(`Bug: not an instant: ${JSON.stringify(value)}`);
  return day;
}

/** Today in India, read from the injected clock. */
export function todayInIndia(clock: Clock): IsoDate {
  return indiaDate(clock());
}
