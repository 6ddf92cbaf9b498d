import { describe, expect, it } from 'vitest';
import { parsePart } from '../../../../../shared/drafting/suggest/part-text.ts';

describe('what a part asks', () => {
  it('keeps a long part\'s own words, up to a clause boundary, rather than naming nothing', () => {
    // Review 12: a 220-character part on PHCs and CHCs became "the Healthcare Infrastructure under NHM" (the title).
    const part = 'the number of Primary Health Centers (PHCs), Community Health Centers (CHCs), and sub-centers constructed or upgraded under National Health Mission (NHM) during the last five years in the country, State/UT-wise including Maharashtra;';
    expect(parsePart(part).topic).toBe('the Primary Health Centers (PHCs), Community Health Centers (CHCs), and sub-centers constructed or upgraded under National Health Mission (NHM) during the last five years in the country, State/UT-wise including Maharashtra');
    const longer = `the details of ${'the schemes run by the Ministry in the districts of the State, '.repeat(6)}and the funds released`;
    const topic = parsePart(longer).topic ?? '';
    expect(topic.length).toBeGreaterThan(40);
    expect(topic.length).toBeLessThanOrEqual(320);
  });

  it('reads a "whether" part as its clause', () => {
    expect(parsePart('(b) whether it is a fact that the compensation payable is pending, if so, the details thereof;')).toEqual({ clause: 'the compensation payable is pending', topic: null });
  });
});
