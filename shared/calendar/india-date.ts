import { indianDateOf } from '../documents/chronology.ts';
import { formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.ts';

/**
 * India's calendar day, and dates as people type them.
 *
 * "Today" is the date in India (Asia/Kolkata, UTC+5:30 all year: India keeps no summer time), read
 * from an instant the caller injects, so a document exported at 01:00 IST is dated that day and
 * not the day before, and tests can set the clock. Never `new Date().toISOString().slice(0, 10)`,
 * which is the date in Greenwich.
 */
/** The calendar date in India at `instant` (an ISO instant or date string, or a Date). */
export function indiaDate(instant: string | Date): IsoDate {
  const value = typeof instant === 'string' ? instant.trim() : instant.toISOString();
  const day = indianDateOf(value);
  // The clock is the app's own or a test's: something that is not an instant is a bug.
  if (day === null) throw new Error(`Bug: not an instant: ${JSON.stringify(value)}`);
  return day;
}

/** The clock, injected: the app's is the system's; a test's is fixed. */
export type Clock = () => string;
export const systemClock: Clock = () => new Date().toISOString();

/**
 * A date typed as 2026-12-15, 15.12.2026, 15/12/2026 or 15-12-2026 (the app prints dd.mm.yyyy),
 * as yyyy-mm-dd; null when it is not a real date.
 */
export function parseTypedDate(value: string): IsoDate | null {
  const s = String(value ?? '').trim();
  const iso = parseIsoDate(s);
  if (iso) return formatIsoDate(iso);
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (!m) return null;
  const candidate = parseIsoDate(`${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`);
  return candidate ? formatIsoDate(candidate) : null;
}
