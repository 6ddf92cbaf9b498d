import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { digestReply, LOW_CONFIDENCE, replyKey } from '../../../../shared/digest/digest-row.ts';
import { output } from './fixtures.ts';

describe('digestReply counts verdicts by the groups of reply-analysis.md', () => {
  it('answered and not applicable are met, partial partly met, the rest open', () => {
    const r = digestReply(output(['answered', 'not_applicable', 'partial', 'unanswered', 'deferred', 'refused']));
    expect([r.met, r.partlyMet, r.open]).toEqual([2, 1, 3]);
    expect(r.verdicts.map((v) => v.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('lists deferrals and assurances with their due dates', () => {
    const r = digestReply(output([{ status: 'deferred', assuranceDue: '2025-05-07' }, { status: 'deferred' }, { status: 'answered', assuranceDue: null }]));
    expect(r.deferrals).toEqual([{ label: 'a', text: 'reason deferred', dueBy: '2025-05-07' }, { label: 'b', text: 'reason deferred', dueBy: null }]);
    expect(r.assurances).toEqual([{ label: 'a', text: 'will be laid on the Table', dueBy: '2025-05-07' }, { label: 'c', text: 'will be laid on the Table', dueBy: null }]);
  });

  it('a reply with no parts counts nothing', () => {
    const r = digestReply(output([]));
    expect([r.met, r.partlyMet, r.open, r.verdicts.length]).toEqual([0, 0, 0, 0]);
  });

  it('low-confidence verdicts are unknown when the analyser gives no confidence, counted when it does', () => {
    expect(digestReply(output(['answered', 'partial'])).lowConfidence).toBeNull();
    const r = digestReply(output([{ status: 'answered', confidence: 0.95 }, { status: 'partial', confidence: LOW_CONFIDENCE - 0.01 }, { status: 'unanswered' }]));
    expect(r.lowConfidence).toBe(1);
    expect(r.verdicts.map((v) => v.confidence)).toEqual([0.95, LOW_CONFIDENCE - 0.01, null]);
  });

  it('ignores a confidence outside 0..1 rather than trusting it', () => {
    expect(digestReply(output([{ status: 'answered', confidence: 7 }])).lowConfidence).toBeNull();
  });

  it('reads a real reply from the corpus through analyze()', async () => {
    const text = await readFile(new URL('../../../../../shared/corpus/texts/q001.txt', import.meta.url), 'utf8');
    const r = digestReply(analyze({ kind: 'combined', text }));
    expect(r).toMatchObject({ house: 'Lok Sabha', number: '112', date: '2025-02-11' });
    expect(r.met + r.partlyMet + r.open).toBe(r.verdicts.length);
    expect(r.verdicts.length).toBe(3);
  });
});

describe('replyKey: the same House, number and date is the same reply', () => {
  const base = { house: 'Lok Sabha', number: '704', date: '2025-02-07' } as const;
  it('ignores number marks and leading zeros', () => {
    expect(replyKey({ ...base, number: '*704' })).toBe(replyKey(base));
    expect(replyKey({ ...base, number: '0704.' })).toBe(replyKey(base));
    expect(replyKey({ ...base, number: '†704' })).toBe(replyKey(base));
  });
  it('tells apart another House, number or date', () => {
    expect(replyKey({ ...base, house: 'Rajya Sabha' })).not.toBe(replyKey(base));
    expect(replyKey({ ...base, number: '705' })).not.toBe(replyKey(base));
    expect(replyKey({ ...base, date: '2025-02-08' })).not.toBe(replyKey(base));
  });
  it('has no key when any of the three is unknown', () => {
    expect(replyKey({ ...base, house: null })).toBeNull();
    expect(replyKey({ ...base, number: null })).toBeNull();
    expect(replyKey({ ...base, number: 'unnumbered' })).toBeNull();
    expect(replyKey({ ...base, date: null })).toBeNull();
  });
});
