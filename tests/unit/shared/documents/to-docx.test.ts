import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import JSZip from 'jszip';
import { address, heading, numbered, paragraph, signature, table, text, type Block } from '../../../../shared/documents/blocks.ts';
import { DEVANAGARI_FONT, LATIN_FONT, PAGE, toDocx } from '../../../../shared/documents/to-docx.ts';

async function parts(bytes: Uint8Array): Promise<{ readonly [name: string]: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const out: { [name: string]: string } = {};
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && name.endsWith('.xml')) out[name] = await file.async('string');
  }
  return out;
}

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

const SAMPLE: ReadonlyArray<Block> = [
  heading('APPLICATION'),
  address(['To', 'The CPIO', 'Ministry of X']),
  paragraph([text('Line one\nline two')]),
  numbered(['first', 'second']),
  numbered(['again one']),
  numbered(['part', 'part'], 'letter'),
  table(['A', 'B'], [['1', '2']]),
  signature(['Place: Delhi'], ['Name']),
];

describe('toDocx', () => {
  it('returns a Uint8Array zip (PK header), not a Buffer', async () => {
    const bytes = await toDocx(SAMPLE, { title: 'T', language: 'en' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('lays out A4 with 1-inch margins and Page X of Y in the footer', async () => {
    const xml = await parts(await toDocx(SAMPLE, { title: 'T', language: 'en' }));
    const doc = xml['word/document.xml'] ?? '';
    expect(doc).toMatch(new RegExp(`<w:pgSz[^>]*w:w="${PAGE.width}"[^>]*w:h="${PAGE.height}"`));
    for (const side of ['top', 'right', 'bottom', 'left']) expect(doc).toMatch(new RegExp(`<w:pgMar[^>]*w:${side}="1440"`));
    const footer = Object.entries(xml).find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
  });

  it('sets the complex-script font and the Hindi bidi language on runs', async () => {
    const xml = await parts(await toDocx([paragraph('सूचना का अधिकार')], { title: 'T', language: 'hi' }));
    const doc = xml['word/document.xml'] ?? '';
    expect(doc).toContain(`w:cs="${DEVANAGARI_FONT}"`);
    expect(doc).toContain(`w:ascii="${LATIN_FONT}"`);
    expect(doc).toMatch(/<w:lang [^>]*w:val="hi-IN"/);
    expect(doc).toMatch(/<w:lang [^>]*w:bidi="hi-IN"/);
    expect(doc).toContain('<w:szCs w:val="24"/>');
    const styles = xml['word/styles.xml'] ?? '';
    expect(styles).toContain(`w:cs="${DEVANAGARI_FONT}"`);
  });

  it('lets a block override the document language', async () => {
    const doc = (await parts(await toDocx([paragraph('English text'), { ...paragraph('हिन्दी पाठ'), language: 'hi' }], { title: 'T', language: 'en' })))['word/document.xml'] ?? '';
    expect(doc).toMatch(/<w:lang [^>]*w:val="en-IN"[^>]*\/>(?:(?!<\/w:r>).)*English text/s);
    expect(doc).toMatch(/<w:lang [^>]*w:val="hi-IN"[^>]*\/>(?:(?!<\/w:r>).)*हिन्दी पाठ/s);
  });

  it('declares numbering once and restarts each list by instance', async () => {
    const xml = await parts(await toDocx(SAMPLE, { title: 'T', language: 'en' }));
    const numbering = xml['word/numbering.xml'] ?? '';
    expect(numbering.match(/<w:numFmt w:val="decimal"\/>/g)?.length).toBe(1);
    expect(numbering.match(/<w:numFmt w:val="lowerLetter"\/>/g)?.length).toBe(1);
    expect(numbering).toContain('w:val="(%1)"');
    const doc = xml['word/document.xml'] ?? '';
    const numIds = [...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    // two items of list 1, one of list 2, two of the lettered list: three distinct lists.
    expect(numIds.length).toBe(5);
    expect(new Set(numIds).size).toBe(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    // Word continues a list across w:num elements that share an abstractNum unless each restarts
    // itself (ECMA-376 Part 1 `w:lvlOverride/w:startOverride`), so every list must carry one.
    for (const id of new Set(numIds)) {
      expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">(?:(?!</w:num>).)*<w:startOverride w:val="1"/>`, 's'));
    }
  });

  it('keeps the paragraph above a signature, and the place and date, on the signature\'s page', async () => {
    const doc = (await parts(await toDocx([paragraph('Body text.'), paragraph('I declare that I am a citizen of India.'), signature(['Place: New Delhi'], ['Yours faithfully,', 'Asha Verma'])], { title: 'T', language: 'en' })))['word/document.xml'] ?? '';
    const paras = doc.split('<w:p>').slice(1);
    const kept = (needle: string): boolean => /<w:keepNext\/>/.test(paras.find((p) => p.includes(needle)) ?? '');
    expect(kept('Body text.')).toBe(false);
    expect(kept('I declare')).toBe(true);
    expect(kept('Place: New Delhi')).toBe(true);
    expect(kept('Yours faithfully')).toBe(false);
  });

  it('turns newlines in a field into line breaks', async () => {
    const doc = (await parts(await toDocx([paragraph('Line one\nline two')], { title: 'T', language: 'en' })))['word/document.xml'] ?? '';
    expect(doc).toMatch(/Line one<\/w:t>.*<w:br\/>.*line two/s);
  });

  it('writes no character XML 1.0 forbids, whatever the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }), async (codes) => {
        const s = String.fromCharCode(...codes);
        const xml = await parts(await toDocx([heading(s), paragraph(s), numbered([s]), table([s], [[s]]), address([s]), signature([s], [s])], { title: s, language: 'hi' }));
        for (const [name, content] of Object.entries(xml)) {
          expect(hasIllegalXmlChar(content), name).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });
});
