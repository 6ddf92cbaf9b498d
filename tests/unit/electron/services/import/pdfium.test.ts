import { describe, expect, it } from 'vitest';
import { charCalls, pdfium, release } from '../../../../../electron/services/import/pdfium.ts';
import { handWrittenPdf } from './fixtures.ts';

describe('pdfium: one instance per process', () => {
  it('is made once and kept after a document that went well', async () => {
    const first = await pdfium();
    release(first, false);
    expect(await pdfium()).toBe(first);
  });

  it('is dropped after a failure inside it, and the next file gets a new one', async () => {
    const broken = await pdfium();
    release(broken, true);
    const fresh = await pdfium();
    expect(fresh).not.toBe(broken);
    // The old one, released again late, does not take the new one with it.
    release(broken, true);
    expect(await pdfium()).toBe(fresh);
  });

  it('counts a page’s characters the same through the direct calls as through the bindings', async () => {
    const p = await pdfium();
    const bytes = handWrittenPdf([{ text: ['LOK SABHA', 'UNSTARRED QUESTION NO. 1234'] }]);
    const data = p.pdfium.wasmExports.malloc(bytes.byteLength);
    p.pdfium.HEAPU8.set(bytes, data);
    const doc = p.FPDF_LoadMemDocument(data, bytes.byteLength, '');
    const page = p.FPDF_LoadPage(doc, 0);
    const textPage = p.FPDFText_LoadPage(page);
    const direct = charCalls(p);
    expect(direct.count(textPage)).toBe(p.FPDFText_CountChars(textPage));
    expect(String.fromCodePoint(direct.unicode(textPage, 0))).toBe('L');
    p.FPDFText_ClosePage(textPage);
    p.FPDF_ClosePage(page);
    p.FPDF_CloseDocument(doc);
    p.pdfium.wasmExports.free(data);
  });
});
