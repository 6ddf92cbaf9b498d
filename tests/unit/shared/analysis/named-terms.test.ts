import { describe, expect, it } from 'vitest';
import { missingShare, namedTerms } from '../../../../shared/analysis/named-terms.ts';

describe('namedTerms', () => {
  it('takes the places, bodies and figures a part names, not the Government or the subject', () => {
    const topic = new Set(['tb', 'elimination', 'campaign']);
    expect(namedTerms('the status of the TB Elimination Campaign in Chatra, Jharkhand and the 62 million cases projected by UNESCO in 2024', topic))
      .toEqual(['chatra', 'jharkhand', '62', 'unesco']);
    expect(namedTerms('whether the Union Government has taken any steps in this regard', new Set())).toEqual([]);
  });

  it('reads nothing into the case of a part typed in capitals', () => {
    expect(namedTerms('WHETHER THE GOVERNMENT HAS ANY PROPOSAL FOR SIDHI DISTRICT', new Set())).toEqual([]);
  });

  it('gives the share of the terms a reply never mentions, and null when there are none', () => {
    expect(missingShare(['chatra', 'jharkhand'], 'the campaign covers jharkhand and 1,20,000 villages')).toBe(0.5);
    expect(missingShare(['120000'], 'covers 1,20,000 villages')).toBe(0);
    expect(missingShare([], 'anything')).toBeNull();
  });
});
