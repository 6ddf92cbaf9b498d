import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, toIcs, utf8Length } from '../../../../shared/calendar/ics.ts';
import { dashboardEvents, deadlineUid } from '../../../../shared/calendar/deadline-events.ts';
import { FilingSchema } from '../../../../shared/domain/filing.ts';
import { dashboard } from '../../../../shared/filings/dashboard.ts';

const now = new Date('2026-01-05T09:08:07Z');
const octets = (text: string): number => Buffer.byteLength(text, 'utf8');
const unfold = (text: string): string => text.replace(/\r\n /g, '');

describe('toIcs', () => {
  const ics = toIcs([{ uid: 'case.f1.reply-due@unanswered', date: '2026-02-02', summary: 'Reply due: RTI application', description: 'Basis: s.7(1)' }], { now, calendarName: 'Unanswered' });

  it('writes a VCALENDAR with one all-day VEVENT', () => {
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Unanswered//Deadline tracker//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Unanswered',
      'BEGIN:VEVENT',
      'UID:case.f1.reply-due@unanswered',
      'DTSTAMP:20260105T090807Z',
      'DTSTART;VALUE=DATE:20260202',
      'DTEND;VALUE=DATE:20260203',
      'SUMMARY:Reply due: RTI application',
      'DESCRIPTION:Basis: s.7(1)',
      'TRANSP:TRANSPARENT',
      // Reminders a week and a day before, at 09:00 on the day (RFC 5545 §3.6.6).
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P6DT15H',
      'DESCRIPTION:Reply due: RTI application',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15H',
      'DESCRIPTION:Reply due: RTI application',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('uses CRLF only', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('\r\n')).toBe(true);
  });

  it('ends an all-day event on the next day, across month and year ends', () => {
    const yearEnd = toIcs([{ uid: 'u', date: '2026-12-31', summary: 's', description: 'd' }], { now });
    expect(yearEnd).toContain('DTEND;VALUE=DATE:20270101\r\n');
    const leap = toIcs([{ uid: 'u', date: '2028-02-28', summary: 's', description: 'd' }], { now });
    expect(leap).toContain('DTEND;VALUE=DATE:20280229\r\n');
  });

  it('refuses an invalid clock or date (bugs, not user input)', () => {
    expect(() => toIcs([], { now: new Date('nonsense') })).toThrow();
    expect(() => toIcs([{ uid: 'u', date: '2026-02-30', summary: 's', description: 'd' }], { now })).toThrow();
  });
});

describe('escaping (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('escapes inside the event', () => {
    const ics = toIcs([{ uid: 'u', date: '2026-02-02', summary: 'Reply due; MoHFW, CoWIN', description: 'line one\nC:\\path' }], { now });
    expect(ics).toContain('SUMMARY:Reply due\\; MoHFW\\, CoWIN\r\n');
    expect(ics).toContain('DESCRIPTION:line one\\nC:\\\\path\r\n');
  });
});

describe('folding (RFC 5545 §3.1)', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    const exactly = 'X'.repeat(75);
    expect(foldIcsLine(exactly)).toBe(exactly);
    expect(foldIcsLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('folds ASCII at 75 octets, continuation lines carrying a space and 74 more', () => {
    const folded = foldIcsLine('D'.repeat(200));
    const lines = folded.split('\r\n');
    // 200 = 75 + 74 + 51; continuation lines add their leading space: 75, 1 + 74, 1 + 51
    expect(lines.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe('D'.repeat(200));
  });

  it('folds Devanagari on octets without splitting a UTF-8 sequence', () => {
    // सूचना का अधिकार: each Devanagari code point is 3 octets in UTF-8
    const text = 'DESCRIPTION:' + 'सूचना का अधिकार अधिनियम की धारा 7(1) के अंतर्गत उत्तर तीस दिन में देय है। '.repeat(3);
    const folded = foldIcsLine(text);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // each physical line is valid UTF-8 on its own: no sequence was cut
      expect(() => decoder.decode(Buffer.from(line, 'utf8'))).not.toThrow();
    }
    // lines are filled: a 3-octet character would not have fitted in what was left
    for (const line of lines.slice(0, -1)) expect(octets(line)).toBeGreaterThan(72);
    expect(unfold(folded)).toBe(text);
  });

  it('keeps an astral character (4 octets) whole', () => {
    const text = 'S'.repeat(73) + '😀' + 'T';
    const folded = foldIcsLine(text);
    expect(folded).toBe(`${'S'.repeat(73)}\r\n 😀T`);
    expect(utf8Length('😀'.codePointAt(0) ?? 0)).toBe(4);
  });
});

describe('deadline events', () => {
  it('turns open dashboard deadlines into events with stable UIDs and the working', () => {
    const filing = FilingSchema.parse({ id: 'f1', kind: 'rti-application', createdAt: '2026-01-01', publicAuthority: 'MoHFW', mode: 'post', history: [{ status: 'filed', date: '2026-01-03' }] });
    const events = dashboardEvents(dashboard([{ caseId: 'cowin', caseTitle: 'CoWIN, 2023', filings: [filing] }], '2026-01-04'));
    expect(events.map((event) => event.uid)).toEqual([
      deadlineUid('cowin', 'f1', 'reply-due'),
      deadlineUid('cowin', 'f1', 'deemed-refusal'),
      deadlineUid('cowin', 'f1', 'first-appeal-due'),
    ]);
    expect(events[0]?.uid).toBe('cowin.f1.reply-due@unanswered');
    // posted 3 Jan + 5 = 8 Jan received; + 30 = 7 Feb
    expect(events[0]?.date).toBe('2026-02-07');
    expect(events[0]?.summary).toBe('Reply due: RTI application to MoHFW');
    expect(events[0]?.description).toContain('Working: filed by post 03.01.2026');
    expect(events[0]?.description).toContain('UNCONFIRMED');
    const ics = toIcs(events, { now });
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(3);
    expect(unfold(ics)).toContain('DESCRIPTION:CoWIN\\, 2023\\nBasis: s.7(1)');
  });
});
