import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isXmlSafe, sanitizeText } from '../../../../shared/documents/sanitize.ts';

/** XML 1.0 §2.2 Char production, checked code unit by code unit (independent of the implementation). */
function hasIllegalXmlChar(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if (c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) return true;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

describe('sanitizeText', () => {
  it('drops C0 controls but keeps tab and newline', () => {
    expect(sanitizeText('a\u0000b\u0007c\td\ne\u001Ff')).toBe('abc\td\nef');
  });

  it('normalises CR and CRLF to LF', () => {
    expect(sanitizeText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
  });

  it('drops lone surrogates and keeps proper pairs', () => {
    const emoji = '\u{1F600}';
    expect(sanitizeText(`x\uD800y\uDC00z${emoji}`)).toBe(`xyz${emoji}`);
    expect(sanitizeText('\uD83D')).toBe('');
  });

  it('drops U+FFFE and U+FFFF but keeps RTL marks and Devanagari', () => {
    expect(sanitizeText('\uFFFEअ\u200F\u202Eब\uFFFF')).toBe('अ\u200F\u202Eब');
  });

  it('never leaves a character XML 1.0 forbids (any UTF-16 input)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (codes) => {
        const out = sanitizeText(String.fromCharCode(...codes));
        expect(hasIllegalXmlChar(out)).toBe(false);
        expect(out.includes('\r')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves legal text alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const legal = s.replace(/\r\n?/g, '\n');
        expect(isXmlSafe(legal)).toBe(!hasIllegalXmlChar(legal));
        if (!hasIllegalXmlChar(legal)) expect(sanitizeText(legal)).toBe(legal);
      }),
      { numRuns: 300 },
    );
  });
});
