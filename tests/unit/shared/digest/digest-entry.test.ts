import { describe, expect, it } from 'vitest';
import { digestTotals, ministryShares, type DigestEntry } from '../../../../shared/digest/digest-entry.ts';
import { filterChoices, filterDigest, NO_FILTER, sortDigest } from '../../../../shared/digest/digest-filter.ts';
import { digestCsv } from '../../../../shared/digest/digest-table.ts';
import { output, replyEntry } from './fixtures.ts';

const health = output(['answered', 'unanswered', 'deferred'], { ministry: 'Health and Family Welfare', number: '10', date: '2025-02-07', askedBy: ['Shri A', 'Smt B'] });
const rail = output(['answered', 'answered', 'partial', { status: 'deferred', assuranceDue: '2025-05-10' }], { ministry: 'Railways', number: '2', date: '2025-02-10', askedBy: ['Smt B'] });
const entries: DigestEntry[] = [
  replyEntry('a.pdf', health),
  replyEntry('b.txt', rail),
  replyEntry('c.txt', health, 'a.pdf'),
  { kind: 'failed', file: 'd.pdf', reason: 'It is a scanned image.' },
];

describe('digest totals count each reply once', () => {
  it('leaves duplicates and unreadable files out of every count', () => {
    expect(digestTotals(entries)).toEqual({
      files: 4, replies: 2, duplicates: 1, failed: 1, parts: 7, met: 3, partlyMet: 1, open: 3, deferrals: 2, assurances: 1, lowConfidence: null,
    });
  });
  it('sums low-confidence verdicts only over replies that carry confidences', () => {
    const withConf = [...entries, replyEntry('e.txt', output([{ status: 'answered', confidence: 0.2 }, { status: 'partial', confidence: 0.3 }], { number: '99' }))];
    expect(digestTotals(withConf).lowConfidence).toBe(2);
  });
  it('an empty digest counts zero', () => {
    expect(digestTotals([])).toMatchObject({ files: 0, replies: 0, parts: 0 });
  });
});

describe('ministryShares', () => {
  it('gives the share of parts left open, most open first, duplicates not counted', () => {
    expect(ministryShares(entries, '?')).toEqual([
      { ministry: 'Health and Family Welfare', replies: 1, parts: 3, open: 2, openShare: 2 / 3 },
      { ministry: 'Railways', replies: 1, parts: 4, open: 1, openShare: 1 / 4 },
    ]);
  });
  it('puts replies with no ministry under the given name', () => {
    expect(ministryShares([replyEntry('x', output(['answered'], { ministry: null }))], 'Not stated')[0]?.ministry).toBe('Not stated');
  });
});

describe('filterDigest and sortDigest', () => {
  it('filters by ministry, member, date and status', () => {
    const files = (f: Parameters<typeof filterDigest>[1]) => filterDigest(entries, f).map((e) => e.file);
    expect(files({ ...NO_FILTER, ministry: 'Railways' })).toEqual(['b.txt']);
    expect(files({ ...NO_FILTER, member: 'Shri A' })).toEqual(['a.pdf', 'c.txt']);
    expect(files({ ...NO_FILTER, from: '2025-02-08' })).toEqual(['b.txt']);
    expect(files({ ...NO_FILTER, to: '2025-02-07' })).toEqual(['a.pdf', 'c.txt']);
    expect(files({ ...NO_FILTER, status: 'failed' })).toEqual(['d.pdf']);
    expect(files({ ...NO_FILTER, status: 'duplicate' })).toEqual(['c.txt']);
    expect(files({ ...NO_FILTER, status: 'promises' })).toEqual(['a.pdf', 'b.txt', 'c.txt']);
    expect(files({ ...NO_FILTER, status: 'met' })).toEqual([]);
  });
  it('sorts numbers as numbers, and rows without a value last either way', () => {
    expect(sortDigest(entries, 'number', 'asc').map((e) => e.file)).toEqual(['b.txt', 'a.pdf', 'c.txt', 'd.pdf']);
    expect(sortDigest(entries, 'number', 'desc').map((e) => e.file)).toEqual(['a.pdf', 'c.txt', 'b.txt', 'd.pdf']);
    expect(sortDigest(entries, 'open', 'desc').map((e) => e.file)).toEqual(['a.pdf', 'c.txt', 'b.txt', 'd.pdf']);
  });
  it('offers every ministry and member as a choice', () => {
    expect(filterChoices(entries)).toEqual({ ministries: ['Health and Family Welfare', 'Railways'], members: ['Shri A', 'Smt B'] });
  });
});

describe('digestCsv', () => {
  it('quotes, defuses formulas and writes dd.mm.yyyy', () => {
    const tricky = replyEntry('=HYPERLINK("x").txt', output(['answered'], { subject: 'Roads, "rural" and\nurban' }));
    const csv = digestCsv([tricky]);
    expect(csv.startsWith('\uFEFFFile,House,')).toBe(true);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""x"").txt"`)).toBe(true);
    expect(csv).toContain('"Roads, ""rural"" and\nurban"');
    expect(row).toContain(',07.02.2025,');
  });
});

describe('digestAssuranceEvents', () => {
  it('puts each assurance with a due date on the calendar, once, duplicates left out', async () => {
    const { digestAssuranceEvents } = await import('../../../../shared/digest/digest-calendar.ts');
    const { toIcs } = await import('../../../../shared/calendar/ics.ts');
    const withDup = [...entries, replyEntry('e.txt', rail, 'b.txt'), replyEntry('f.txt', output([{ status: 'deferred', assuranceDue: null }], { number: '77' }))];
    const events = digestAssuranceEvents({ id: 'folder-1', title: 'Session' }, withDup);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2025-05-10', summary: 'Assurance due: LS Q 2 of 10.02.2025, part (d): Fire Incident' });
    expect(events[0]?.description).toContain('oams.nic.in');
    const ics = toIcs(events, { now: new Date('2025-03-01T00:00:00Z') });
    expect(ics).toContain('DTSTART;VALUE=DATE:20250510');
  });
});
