import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_LIMITS, importPaste, mayHoldDamagedHindi, normalizeText, utf8ByteLength,
} from '../../../../shared/import/normalize-text.ts';

describe('normalizeText', () => {
  it('turns CRLF, lone CR, form feeds and Unicode separators into LF', () => {
    expect(normalizeText('a\r\nb\rc\fd\u2028e\u2029f\u0085g\vh').text).toBe('a\nb\nc\nd\ne\nf\ng\nh');
  });

  it('removes control characters except tab and newline, and counts them', () => {
    expect(normalizeText('(a)\tYes\u0000\u0007\u001b\u007f\u0090.\n')).toEqual({ text: '(a)\tYes.\n', controlCharactersRemoved: 5 });
  });

  it('keeps everything else: Devanagari with its joiners, symbols, emoji, non-breaking spaces', () => {
    const text = 'मंत्री\u200d \u200c₹ 1,20,000\u00a0crore — “quoted” ✓ 🙂\n';
    expect(normalizeText(text)).toEqual({ text, controlCharactersRemoved: 0 });
  });

  it('changes nothing when there is nothing to change, and still changes what there is', () => {
    const text = `${'(a) Yes, Sir.\t“quoted”\n'.repeat(1000)}`;
    expect(normalizeText(text).text).toBe(text);
    expect(normalizeText('a\fb').text).toBe('a\nb');
    expect(normalizeText('a\u0000b')).toEqual({ text: 'ab', controlCharactersRemoved: 1 });
  });

  it('leaves no control character but \\n and \\t, is idempotent, and only ever removes or maps to \\n', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
      const { text, controlCharactersRemoved } = normalizeText(raw);
      // eslint-disable-next-line no-control-regex -- asserting their absence.
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(normalizeText(text)).toEqual({ text, controlCharactersRemoved: 0 });
      expect(text.length).toBeLessThanOrEqual(raw.length);
      // CRLF -> LF shortens by one; every other change is a removal, and is counted.
      expect(controlCharactersRemoved).toBe(raw.length - text.length - (raw.match(/\r\n/g)?.length ?? 0));
      // Every printable character survives, in order.
      // eslint-disable-next-line no-control-regex -- the characters normalisation may touch.
      const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
      expect(printable(text)).toBe(printable(raw));
    }));
  });
});

describe('mayHoldDamagedHindi', () => {
  it('sees Devanagari, including the garbled kind pdf extraction leaves', () => {
    expect(mayHoldDamagedHindi('Will the Minister of AGRICULTURE कृ िष एवं िकसान कʞाण मंũी be pleased')).toBe(true);
  });

  it('sees Private Use Area glyphs from fonts without a ToUnicode map', () => {
    expect(mayHoldDamagedHindi('\ue04a\ue01b\ue077 (SHRI RAJEEV CHANDRASEKHAR)')).toBe(true);
  });

  it('sees Hindi typed in a legacy Kruti Dev-style font', () => {
    expect(mayHoldDamagedHindi('Hkkjr ljdkj\nbysDVªkWfudh vkSj lwpuk izkS|ksfxdh ea=ky;\nyksd lHkk')).toBe(true);
  });

  it('stays quiet on English replies, including ones with degree signs and rupee amounts', () => {
    expect(mayHoldDamagedHindi('MO Alappuzha 10.8336°N 76.3191°E; Rs. 1,200 crore; café')).toBe(false);
    expect(mayHoldDamagedHindi('The Sabha (Lok Sabha) was told by the Minister.')).toBe(false);
  });
});

describe('utf8ByteLength', () => {
  it('agrees with TextEncoder on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
      expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
    }));
  });
});

describe('importPaste', () => {
  it('normalises a paste and reads warnings off it', () => {
    const result = importPaste('लोक सभा\r\nतारांकित प्रश्न\r\n(a) Yes.\u0007');
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'लोक सभा\nतारांकित प्रश्न\n(a) Yes.',
        format: 'txt',
        fileName: '',
        pageCount: null,
        warnings: [
          { kind: 'control-characters-removed', message: expect.stringContaining('from the pasted text') },
          { kind: 'hindi-may-be-damaged', message: expect.stringMatching(/^The pasted text contains Hindi/) },
        ],
      },
    });
  });

  it('refuses an empty or blank paste', () => {
    expect(importPaste('')).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(importPaste(' \n\t\r\n')).toMatchObject({ ok: false, error: { kind: 'empty' } });
  });

  it('accepts exactly 20 MB and refuses one byte more, counting UTF-8 bytes', () => {
    const limit = IMPORT_LIMITS.maxPasteBytes;
    expect(importPaste('a'.repeat(limit)).ok).toBe(true);
    expect(importPaste('a'.repeat(limit + 1))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    // Devanagari is 3 bytes a character in UTF-8: 7 M characters are 21 MB.
    expect(importPaste('क'.repeat(7 * 1024 * 1024))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('answers a 50 MB paste with a clear message at once', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const result = importPaste(huge);
    expect(performance.now() - started).toBeLessThan(1000); // refused before any work on the text (a scan would take seconds), not a speed target
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', message: expect.stringMatching(/^The pasted text is too long \(at least 50\.0 MB; the limit is 20\.0 MB\)/) } });
  });
});
