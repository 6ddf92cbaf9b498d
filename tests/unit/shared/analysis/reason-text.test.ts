import { describe, expect, it } from 'vitest';
import { REASON_TEMPLATES } from '../../../../templates/phrases/reason-messages.ts';
import { fillTemplate, reasonInHindi, reasonMessage, reasonText, verdictReason } from '../../../../shared/analysis/reason-text.ts';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

const paramsOf = (t: string): string[] => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('reason message templates', () => {
  it('give every key in both languages with the same parameters', () => {
    for (const [key, t] of Object.entries(REASON_TEMPLATES)) {
      expect(t.en.trim(), key).not.toBe('');
      expect(t.hi.trim(), key).not.toBe('');
      expect(paramsOf(t.hi), key).toEqual(paramsOf(t.en));
    }
  });

  it('write Hindi with no Latin letters outside the parameters', () => {
    for (const [key, t] of Object.entries(REASON_TEMPLATES)) {
      expect(t.hi.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
      expect(t.hi, key).toMatch(/[\u0900-\u097F]/);
    }
  });
});

describe('reasonText', () => {
  it('fills parameters and joins the left-out items in each language', () => {
    const m = reasonMessage('leavesOut', { part: '(b)' }, [reasonMessage('unmet.reasons'), reasonMessage('unmet.figures'), reasonMessage('unmet.yesNo')]);
    expect(reasonText(m, 'en')).toBe('The reply addresses (b) but leaves out the reasons, the figures, a clear yes or no.');
    expect(reasonText(m, 'hi')).toBe('उत्तर (b) से संबंधित है, पर उसमें ये बातें नहीं हैं: कारण, आँकड़े और स्पष्ट "हाँ" या "नहीं"।');
  });

  it('writes the part labels as a Hindi document letters its parts, when asked to', () => {
    const m = reasonMessage('leavesOut', { part: '(b)' }, [reasonMessage('unmet.yesNo')]);
    const hindiLetters = (letter: string): string => `(${'कखगघ'[letter.charCodeAt(0) - 97] ?? letter})`;
    expect(reasonText(m, 'hi', hindiLetters)).toBe('उत्तर (ख) से संबंधित है, पर उसमें ये बातें नहीं हैं: स्पष्ट "हाँ" या "नहीं"।');
    expect(reasonText(reasonMessage('parentNo', { parent: '(a)', part: '(b)', quote: 'No, Sir.' }), 'hi', hindiLetters)).toMatch(/^\(क\) का उत्तर नकारात्मक दिया गया \("No, Sir\."\), इसलिए \(ख\),/);
    // The quote is the reply's own words and keeps its "(a)".
    expect(reasonText(reasonMessage('parentNo', { parent: '(a)', part: '(b)', quote: 'See (a) above.' }), 'hi', hindiLetters)).toContain('"See (a) above."');
  });

  it('leaves out a parameter with no value rather than printing its name', () => {
    expect(fillTemplate('a {{x}} b', {})).toBe('a  b');
  });
});

describe('verdictReason', () => {
  const out = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });

  it('writes the example\'s reasons in Hindi from their messages, and the English as the contract gives it', () => {
    expect(out.parts.length).toBeGreaterThan(0);
    for (const v of out.parts) {
      expect(reasonInHindi(v)).toBe(true);
      expect(verdictReason(v, 'en')).toBe(v.reason);
      const hi = verdictReason(v, 'hi');
      expect(hi).toMatch(/[\u0900-\u097F]/);
      // Only quotations of the reply and of the question's own words stay in English.
      expect(hi.replace(/"[^"]*"/g, '').replace(/\([a-z]\)/g, '')).not.toMatch(/[A-Za-z]/);
    }
  });

  it('falls back to the stored English for a verdict without a known message', () => {
    expect(verdictReason({ reason: 'Stored.', reasonMessage: { key: 'no-such-key', params: {} } }, 'hi')).toBe('Stored.');
    expect(verdictReason({ reason: 'Stored.' }, 'hi')).toBe('Stored.');
    expect(reasonInHindi({ reasonMessage: { key: 'no-such-key', params: {} } })).toBe(false);
  });
});
