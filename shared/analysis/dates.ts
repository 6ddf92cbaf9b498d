import { daysInMonth } from '../lib/dates/index.ts';

/**
 * Dates as the Houses print them ("TO BE ANSWERED ON 07.02.2025", "11TH FEBRUARY,
 * 2025", "22NDDECEMBER, 2021", "December 01, 2025", "22-12-2021") to ISO.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s*(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})\\s*(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b`, 'i');


function iso(year: number, month: number, day: number): string | null {
  if (year < 1947 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a short piece of text, as ISO YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  const s = text.slice(0, 400);
  const candidates: { index: number; value: string | null }[] = [];
  const n = NUMERIC.exec(s);
  if (n) candidates.push({ index: n.index, value: iso(Number(n[3]), Number(n[2]), Number(n[1])) });
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) candidates.push({ index: dmy.index, value: iso(Number(dmy[3]), MONTHS[(dmy[2] ?? '').toLowerCase()] ?? 0, Number(dmy[1])) });
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) candidates.push({ index: mdy.index, value: iso(Number(mdy[3]), MONTHS[(mdy[1] ?? '').toLowerCase()] ?? 0, Number(mdy[2])) });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.value !== null)?.value ?? null;
}
