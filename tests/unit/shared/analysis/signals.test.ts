import { describe, expect, it } from 'vitest';
import { literalCue, readSentence } from '../../../../shared/analysis/signals.ts';
import { ASSURANCE_EXPRESSIONS } from '../../../../templates/phrases/assurances.ts';
import { DEFERRALS } from '../../../../templates/phrases/deferrals.ts';
import { DEFLECTIONS } from '../../../../templates/phrases/deflections.ts';
import { REFUSALS } from '../../../../templates/phrases/refusals.ts';

const sentence = (lower: string): ReturnType<typeof readSentence> => readSentence({ start: 0, end: lower.length, lower });

describe('literalCue: the plain text every match must contain', () => {
  it('reads the longest fixed piece, dropping a letter before a quantifier', () => {
    expect(literalCue(/\bunder (active |the )?consideration\b/)).toBe('consideration');
    expect(literalCue(/\bendeavou?r[^.]{0,80}\bas early as possible\b/)).toBe('as early as possible');
    expect(literalCue(/\bstate[- ]subject\b/)).toBe('subject');
    expect(literalCue(/\bsub[- ]?judice\b/)).toBe('judice');
  });

  it('gives none for a top-level alternation or a pattern of groups only', () => {
    expect(literalCue(/\bnot maintained\b|\bnot collected\b/)).toBeNull();
    expect(literalCue(/\b(yes|no)\b/)).toBeNull();
  });

  it('is contained in the documented wording of every phrase entry that has one', () => {
    for (const e of [...DEFLECTIONS, ...DEFERRALS, ...REFUSALS, ...ASSURANCE_EXPRESSIONS]) {
      const cue = literalCue(e.pattern);
      if (cue !== null) expect(e.text.toLowerCase().replace(/\s+/g, ' '), e.id).toContain(cue);
    }
  });
});

describe('readSentence', () => {
  it('finds phrases through their cues, and skips a negated deferral', () => {
    expect(sentence('the matter is under consideration of the government.').deferral?.id).toBe('under-consideration');
    expect(sentence('there is no such proposal under consideration.').deferral).toBeNull();
    expect(sentence('such data is not maintained centrally.').refusal?.id).toBe('not-maintained');
    expect(sentence('public health is a state subject.').deflection?.id).toBe('state-subject');
    expect(sentence('14 canals were repaired in 2023.').deferral).toBeNull();
  });

  it('names the States a sentence mentions, in list order, once each', () => {
    expect(sentence('works in kerala, assam and kerala again, and in new delhi.').states).toEqual(['Assam', 'Kerala', 'Delhi']);
    expect(sentence('the assamese language.').states).toEqual([]);
  });
});

describe('a yes or no after the source a reply cites', () => {
  it('reads the answer that follows "According to the information furnished by ..."', () => {
    expect(sentence('according to the information furnished by the ugc, there are no such proposals.').polarity).toBe('no');
    expect(sentence('as informed by nabard, no such case has been reported.').polarity).toBe('no');
    expect(sentence('according to the state government, yes.').polarity).toBe('yes');
    // Without the cited source, a sentence that merely starts "according to" says neither.
    expect(sentence('according to the guidelines, funds are released in two instalments.').polarity).toBeNull();
  });
});
