/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) without `Date`.
 *
 * Deadlines are calendar dates in India, not instants: doing the arithmetic on a
 * `Date` drags in the machine's time zone (a date parsed as UTC and printed in IST,
 * or the reverse, is off by a day). So dates stay as y/m/d and are counted through a
 * day number (days since 1970-01-01 in the proleptic Gregorian calendar), using
 * Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
 * (https://howardhinnant.github.io/date_algorithms.html).
 */
export type IsoDate = string;

export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

/**
 * Four-digit years, and the expanded years (ISO 8601 §4.1.2.4: more digits, or a minus sign) that
 * arithmetic can reach: a period added to 31.12.9999 lands in year 10000, which must read back, so
 * that every date `addDays` returns is one it accepts (the fuzz test found the gap).
 */
const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parse a strict YYYY-MM-DD string that names a real day, or null. */
export function parseIsoDate(value: string): CivilDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Reading a date that was not validated at the boundary is a bug, so it throws. */
function mustParse(value: IsoDate): CivilDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new Error(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parsed;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');
  return `${date.year < 0 ? '-' : ''}${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (Hinnant's days_from_civil). */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = mustParse(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * Add calendar months, clamping to the last day of the target month.
 *
 * "Three months from the date of assurance" (OAMS, `parliament-procedure.md` §4) lands on
 * the same day of the month; where that month is shorter the period ends on its last day
 * (30 Nov + 3 months = 28 Feb, or 29 Feb in a leap year).
 */
export function addMonthsClamped(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(value);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(value: IsoDate): number {
  return (((toDayNumber(value) + 4) % 7) + 7) % 7;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "3 Jan 2026": the form used in every `working` string. */
export function formatDisplayDate(value: IsoDate): string {
  const { year, month, day } = mustParse(value);
  return `${day} ${MONTHS[month - 1] ?? '?'} ${year}`;
}

export function weekdayName(value: IsoDate): string {
  return WEEKDAYS[weekday(value)] ?? '?';
}
