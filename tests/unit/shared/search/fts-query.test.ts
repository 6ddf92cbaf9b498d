import { describe, expect, it } from 'vitest';
import { joinInitialisms, MARK_CLOSE, MARK_OPEN, snippetParts, toFtsAnyQuery, toFtsQuery } from '../../../../shared/search/fts-query.ts';

describe('toFtsQuery', () => {
  it('requires every word, each quoted so FTS5 syntax in the text is only text', () => {
    expect(toFtsQuery('BharatNet target')).toBe('"BharatNet" "target"');
    expect(toFtsQuery('a AND b NEAR(c) -d *')).toBe('"a" "AND" "b" "NEAR" "c" "d"');
    expect(toFtsAnyQuery('BharatNet target')).toBe('"BharatNet" OR "target"');
  });
  it('keeps "quoted words" together as a phrase, even unclosed while typing', () => {
    expect(toFtsQuery('"law enforcement agency" CERT-In')).toBe('"law enforcement agency" "CERT" "In"');
    expect(toFtsQuery('status "of the investig')).toBe('"status" "of the investig"');
  });
  it('keeps Hindi words whole, vowel signs and all', () => {
    expect(toFtsQuery('सूचना का अधिकार')).toBe('"सूचना" "का" "अधिकार"');
  });
  it('has no query for nothing searchable', () => {
    expect(toFtsQuery('  " " ... ')).toBeNull();
  });
  it('joins initials written with dots', () => {
    expect(joinInitialisms('F.I.R has been registered; the C.B.I. and U.S. said')).toBe('FIR has been registered; the CBI and US said');
    expect(joinInitialisms('Mr. A. Raja and e.g. this')).toBe('Mr. A. Raja and e.g. this');
    expect(toFtsQuery('F.I.R')).toBe('"FIR"');
  });
});

describe('snippetParts', () => {
  it('splits a snippet at the match markers, evening out white space', () => {
    expect(snippetParts(`…an ${MARK_OPEN}FIR${MARK_CLOSE} was\nregistered`)).toEqual([
      { text: '…an ', match: false }, { text: 'FIR', match: true }, { text: ' was registered', match: false },
    ]);
  });
  it('marks words side by side as one phrase', () => {
    expect(snippetParts(`the ${MARK_OPEN}law${MARK_CLOSE} ${MARK_OPEN}enforcement${MARK_CLOSE} ${MARK_OPEN}agency${MARK_CLOSE}, and`)).toEqual([
      { text: 'the ', match: false }, { text: 'law enforcement agency', match: true }, { text: ', and', match: false },
    ]);
  });
});
