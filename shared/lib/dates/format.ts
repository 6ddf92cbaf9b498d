import { indianDateOf, indiaWallClock } from './india.ts';
import { parseTypedDate } from './typed-date.ts';

/**
 * Dates as Indian offices write them: 21.07.2023 (day.month.year, two-digit day and month), the
 * form the Lok Sabha and Rajya Sabha question lists print ("TO BE ANSWERED ON dd.mm.yyyy",
 * `parliament-procedure.md`) and RTI replies use. The same in Hindi: Article 343(1) of the
 * Constitution makes the international form of Indian numerals the official one.
 *
 * Every date a document or screen shows goes through here.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * dd.mm.yyyy for an ISO date, a typed date (15/12/2026, 15-12-2026) or an ISO timestamp (the
 * calendar day it fell on in India: an analysis at 01:00 IST is that day, not the previous UTC
 * one). Anything else is returned trimmed, so a stray value is visible rather than hidden.
 */
export function formatDate(value: string): string {
  const v = String(value ?? '').trim();
  const iso = parseTypedDate(v) ?? indianDateOf(v);
  const m = iso ? /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : v;
}

/** A moment as `21.07.2023, 18:45` in India's time (24-hour clock); non-timestamps as `formatDate`. */
export function formatDateTime(value: string): string {
  const v = String(value ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return formatDate(v);
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return v;
  const wall = indiaWallClock(ms);
  return `${formatDate(wall.date)}, ${pad(wall.hour)}:${pad(wall.minute)}`;
}
