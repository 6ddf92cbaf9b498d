import { parseIsoDate, addDays, type IsoDate } from '../lib/dates/index.ts';

/**
 * A minimal iCalendar (RFC 5545) writer for all-day deadline events.
 *
 * Only what calendar apps need to import deadlines: VCALENDAR with VERSION and PRODID
 * (RFC 5545 §3.6, both required), and per event UID, DTSTAMP (required, §3.6.1), an all-day
 * DTSTART;VALUE=DATE with DTEND the next day (§3.6.1: DTEND is non-inclusive), SUMMARY and
 * DESCRIPTION, and a display reminder (VALARM, §3.6.6: ACTION, TRIGGER and DESCRIPTION are required
 * for ACTION:DISPLAY) a week and a day before the date, at 09:00 local time (an all-day event
 * starts at midnight, so the trigger is -P6DT15H and -PT15H). Lines end in CRLF and are folded at 75 octets (§3.1); TEXT values escape
 * backslash, semicolon, comma and newlines (§3.3.11).
 */
export type IcsEvent = {
  /** Globally unique and stable, so re-importing updates the event instead of duplicating it (§3.8.4.7). */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description: string;
};

export type IcsOptions = {
  /** The moment the file is written, for DTSTAMP. */
  readonly now: Date;
  readonly calendarName?: string;
};

const CRLF = '\r\n';
/** A week and a day before, each at 09:00 on the day (relative to the all-day event's midnight start). */
const REMINDERS = [{ trigger: '-P6DT15H' }, { trigger: '-PT15H' }] as const;
const MAX_OCTETS = 75;

export function toIcs(events: ReadonlyArray<IcsEvent>, options: IcsOptions): string {
  const stamp = icsTimestamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unanswered//Deadline tracker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeIcsText(options.calendarName)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      'TRANSP:TRANSPARENT',
      ...REMINDERS.flatMap((r) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${r.trigger}`,
        // The event's own summary, in whatever language it was written.
        `DESCRIPTION:${escapeIcsText(event.summary)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** §3.3.11: "\\" → "\\\\", ";" → "\\;", "," → "\\,", and any line break → "\\n". */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * §3.1: split a content line longer than 75 octets by inserting CRLF and one space; the
 * space counts towards the next line's 75. Counts UTF-8 octets and never splits inside a
 * code point's byte sequence (Devanagari letters are 3 octets each).
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

export function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function icsDate(date: IsoDate): string {
  if (!parseIsoDate(date)) throw new Error(`Not an ISO date: ${JSON.stringify(date)}`);
  return date.replace(/-/g, '');
}

/** DTSTAMP in UTC (§3.3.5 form #2, "19980119T070000Z"). */
function icsTimestamp(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('toIcs needs a valid `now`');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}
