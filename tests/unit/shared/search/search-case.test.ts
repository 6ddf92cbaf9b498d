import { describe, expect, it } from 'vitest';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { searchCase } from '../../../../shared/search/search-case.ts';

const c = buildCowinCase('2026-11-22T10:00:00.000Z', []);

describe('searchCase', () => {
  it('finds a phrase in the reply, case-insensitively, with the match marked in the snippet', () => {
    const hits = searchCase(c, 'law enforcement agency');
    const reply = hits.find((h) => h.place === 'reply');
    expect(reply).toBeDefined();
    expect(reply?.snippet.slice(reply.matchStart, reply.matchEnd).toLowerCase()).toBe('law enforcement agency');
  });

  it('finds the case by its name and a question part', () => {
    expect(searchCase(c, 'cowin data breach').some((h) => h.place === 'title')).toBe(true);
    expect(searchCase(c, 'those responsible').some((h) => h.place === 'question' && h.label === '(b)')).toBe(true);
  });

  it('finds drafts by their fields and points', () => {
    const withDraft = { ...c, drafts: [{ id: 'd1', kind: 'rti-application' as const, title: 'RTI to MoHFW', language: 'en' as const, createdAt: '', updatedAt: '', forParts: ['b'], fields: { publicAuthority: 'Ministry of Health and Family Welfare' }, points: ['Copies of file notings'] }] };
    const hit = searchCase(withDraft, 'health and family').find((h) => h.place === 'draft');
    expect(hit?.label).toBe('RTI to MoHFW');
  });

  it('an empty query finds nothing; a missing phrase finds nothing', () => {
    expect(searchCase(c, '   ')).toEqual([]);
    expect(searchCase(c, 'zzzz-not-there')).toEqual([]);
  });
});
