import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../../electron/services/calendar-export.ts';
import { CASE_SCHEMA_VERSION, CaseSchema, type Case } from '../../../../shared/domain/case.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'calendar-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function caseWith(id: string, title: string, filings: ReadonlyArray<Record<string, unknown>>): Case {
  return CaseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION, id, title, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', isExample: false,
    matter: { summary: '', notes: '' }, sources: [], question: null,
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] }, drafts: [],
    filings: filings.map((f) => ({ createdAt: '2026-01-01T00:00:00Z', ...f })),
    evidence: [],
  });
}

// A long Devanagari title forces folding inside multi-byte characters (3 octets each).
const cowin = caseWith('cowin', 'कोविन डेटा उल्लंघन: राज्य सभा, 21 जुलाई 2023 के उत्तर पर आरटीआई, अपील और आश्वासन', [
  // Filed online 3 Jan 2026: reply due 2 Feb (s.7(1)), deemed refused from 3 Feb (s.7(2)), first appeal by 4 Mar (s.19(1)).
  { id: 'app', kind: 'rti-application', publicAuthority: 'MeitY', registrationNumber: 'MOEIT/R/E/26/00012', history: [{ status: 'filed', date: '2026-01-03' }] },
  // Closed: no events.
  { id: 'old', kind: 'rti-application', history: [{ status: 'filed', date: '2025-06-01' }, { status: 'closed', date: '2025-06-02' }] },
]);
const assurance = caseWith('assurance-case', 'Assurance on CERT-In report', [
  // Answer of 30 Nov 2025 + 3 months = 28 Feb 2026 (OAMS; clamped to the month's end).
  { id: 'as1', kind: 'assurance', dateOfAnswer: '2025-11-30', questionRef: 'USQ No. 1862 dated 30.11.2025', history: [{ status: 'filed', date: '2025-11-30' }] },
]);

type Parsed = { events: Array<Record<string, string>>; physicalLines: string[] };

/** A strict structural read: CRLF only, lines <= 75 octets, BEGIN/END nested and matched, then unfolded properties. */
function parseIcs(text: string): Parsed {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physicalLines = text.slice(0, -2).split('\r\n');
  for (const line of physicalLines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const logical: string[] = [];
  for (const line of physicalLines) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: string[] = [];
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of logical) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT' && current) {
        events.push(current);
        current = null;
      }
    } else if (current && stack.at(-1) === 'VEVENT') {
      current[name] = value;
    } else if (current && stack.at(-1) === 'VALARM') {
      // Each event carries its reminders: a week and a day before (RFC 5545 §3.6.6).
      current[`VALARM.${name}`] = `${current[`VALARM.${name}`] ?? ''}${current[`VALARM.${name}`] ? '|' : ''}${value}`;
    }
  }
  expect(stack).toEqual([]);
  expect(logical[0]).toBe('BEGIN:VCALENDAR');
  expect(logical.at(-1)).toBe('END:VCALENDAR');
  return { events, physicalLines };
}

describe('exportCalendar', () => {
  it('writes every open deadline of every case as one valid .ics', async () => {
    const out = join(dir, 'deadlines.ics');
    const result = await exportCalendar({ cases: [cowin, assurance], outPath: out, today: '2026-01-10', now: new Date('2026-01-10T04:30:00Z') });
    expect(result).toEqual({ ok: true, value: { path: out, events: 4 } });
    const text = await readFile(out, 'utf8');
    const { events, physicalLines } = parseIcs(text);
    expect(physicalLines.some((line) => line.startsWith(' '))).toBe(true); // the long title was folded
    const byUid = Object.fromEntries(events.map((e) => [e['UID'], e]));
    expect(Object.keys(byUid).sort()).toEqual([
      'assurance-case.as1.assurance-due@unanswered',
      'cowin.app.deemed-refusal@unanswered',
      'cowin.app.first-appeal-due@unanswered',
      'cowin.app.reply-due@unanswered',
    ]);
    expect(byUid['cowin.app.reply-due@unanswered']?.['DTSTART;VALUE=DATE']).toBe('20260202');
    expect(byUid['cowin.app.reply-due@unanswered']?.['DTEND;VALUE=DATE']).toBe('20260203');
    expect(byUid['cowin.app.deemed-refusal@unanswered']?.['DTSTART;VALUE=DATE']).toBe('20260203');
    expect(byUid['cowin.app.first-appeal-due@unanswered']?.['DTSTART;VALUE=DATE']).toBe('20260304');
    expect(byUid['assurance-case.as1.assurance-due@unanswered']?.['DTSTART;VALUE=DATE']).toBe('20260228');
    expect(byUid['assurance-case.as1.assurance-due@unanswered']?.['DTEND;VALUE=DATE']).toBe('20260301');
    for (const event of events) expect(event['DTSTAMP']).toBe('20260110T043000Z');
    const reply = byUid['cowin.app.reply-due@unanswered'];
    expect(reply?.['VALARM.TRIGGER']).toBe('-P6DT15H|-PT15H');
    expect(reply?.['VALARM.ACTION']).toBe('DISPLAY|DISPLAY');
    expect(reply?.['SUMMARY']).toBe('Reply due: RTI application to MeitY (MOEIT/R/E/26/00012)');
    // RFC 5545 §3.3.11 escaping survives folding: the case title (with its comma) opens the description.
    expect(reply?.['DESCRIPTION']?.startsWith('कोविन डेटा उल्लंघन: राज्य सभा\\, 21 जुलाई 2023')).toBe(true);
    expect(reply?.['DESCRIPTION']).toContain('Basis: s.7(1)');
    // Nothing from the closed filing.
    expect(text).not.toContain('cowin.old.');
    expect(await readdir(dir)).toEqual(['deadlines.ics']);
  });

  it('leaves out deadlines already met', async () => {
    const replied = caseWith('r', 'Replied', [{ id: 'a', kind: 'rti-application', history: [{ status: 'filed', date: '2026-01-03' }, { status: 'replied', date: '2026-01-20' }] }]);
    const result = await exportCalendar({ cases: [replied], outPath: join(dir, 'r.ics'), today: '2026-01-21', now: new Date('2026-01-21T00:00:00Z') });
    expect(result.ok && result.value.events).toBe(1);
    const { events } = parseIcs(await readFile(join(dir, 'r.ics'), 'utf8'));
    // Only the first appeal (30 days from receipt of the reply, s.19(1)) is still open.
    expect(events.map((e) => [e['UID'], e['DTSTART;VALUE=DATE']])).toEqual([['r.a.first-appeal-due@unanswered', '20260219']]);
  });

  it('writes an empty but valid calendar when nothing is open, and adds .ics to a bare name', async () => {
    const result = await exportCalendar({ cases: [], outPath: join(dir, 'empty'), today: '2026-01-10', now: new Date('2026-01-10T00:00:00Z') });
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'empty.ics'), events: 0 } });
    expect(parseIcs(await readFile(join(dir, 'empty.ics'), 'utf8')).events).toEqual([]);
  });

  it('reports a folder that is not there, a bad date and a bad clock as errors', async () => {
    const args = { cases: [cowin], today: '2026-01-10', now: new Date('2026-01-10T00:00:00Z') };
    const noFolder = await exportCalendar({ ...args, outPath: join(dir, 'missing', 'x.ics') });
    expect(noFolder.ok).toBe(false);
    if (!noFolder.ok) expect(noFolder.error).toMatch(/could not be written/);
    expect((await exportCalendar({ ...args, outPath: join(dir, 'x.ics'), today: '10.01.2026' })).ok).toBe(false);
    expect((await exportCalendar({ ...args, outPath: join(dir, 'x.ics'), now: new Date('nonsense') })).ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});
