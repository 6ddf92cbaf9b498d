/**
 * Dates as Indian offices write them: 21.07.2023 (day.month.year, two-digit day and month), the
 * form the Lok Sabha and Rajya Sabha question lists and RTI replies use. The same in Hindi:
 * Article 343(1) of the Constitution makes the international form of Indian numerals the
 * official one, so Hindi screens keep 0-9 too.
 *
 * Every date the interface shows goes through here.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `2023-07-21` → `21.07.2023`. A full timestamp (`2023-07-21T18:45:00.000Z`) is shown as the
 * local calendar day it fell on (an analysis at 01:00 IST is that day, not the previous UTC one).
 * Anything else is returned as it was given, so a stray value is visible rather than hidden.
 */
export function formatDate(value: string): string {
  const v = value.trim();
  const day = ISO_DAY.exec(v);
  if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  if (ISO_TIMESTAMP.test(v)) {
    const at = new Date(v);
    if (!Number.isNaN(at.getTime())) return `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()}`;
  }
  return v;
}

/** A moment as `21.07.2023, 18:45` in local time (24-hour clock); non-timestamps as `formatDate`. */
export function formatDateTime(value: string): string {
  const v = value.trim();
  if (!ISO_TIMESTAMP.test(v)) return formatDate(v);
  const at = new Date(v);
  if (Number.isNaN(at.getTime())) return v;
  return `${formatDate(v)}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
