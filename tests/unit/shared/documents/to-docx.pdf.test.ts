import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { pdfium } from '../../../../electron/services/import/pdfium.ts';
import { docxesToPdf } from '../../../helpers/libreoffice.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Laid out by LibreOffice and printed to PDF, a long document shows "Page X of Y" from the footer's
 * PAGE / NUMPAGES fields on every page, in English and in Hindi, on A4.
 */
type PdfPage = { readonly text: string; readonly width: number; readonly height: number };

/** Each page's size and text, read with the PDFium the app reads PDFs with (its whole text layer, in order). */
async function pdfPages(path: string): Promise<ReadonlyArray<PdfPage>> {
  const p = await pdfium();
  const heap = p.pdfium;
  const bytes = await readFile(path);
  const data = heap.wasmExports.malloc(bytes.byteLength);
  heap.HEAPU8.set(bytes, data);
  const doc = p.FPDF_LoadMemDocument(data, bytes.byteLength, '');
  const pages: PdfPage[] = [];
  for (let n = 0; n < p.FPDF_GetPageCount(doc); n += 1) {
    const page = p.FPDF_LoadPage(doc, n);
    const textPage = p.FPDFText_LoadPage(page);
    const count = p.FPDFText_CountChars(textPage);
    const buffer = heap.wasmExports.malloc((count + 1) * 2);
    p.FPDFText_GetText(textPage, 0, count, buffer);
    pages.push({ text: heap.UTF16ToString(buffer), width: p.FPDF_GetPageWidthF(page), height: p.FPDF_GetPageHeightF(page) });
    heap.wasmExports.free(buffer);
    p.FPDFText_ClosePage(textPage);
    p.FPDF_ClosePage(page);
  }
  p.FPDF_CloseDocument(doc);
  heap.wasmExports.free(data);
  return pages;
}

let dir = '';
let pages: { readonly en: ReadonlyArray<PdfPage>; readonly hi: ReadonlyArray<PdfPage> } = { en: [], hi: [] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docx-pdf-'));
  const paths: string[] = [];
  for (const language of ['en', 'hi'] as const) {
    const draft = sampleDraft('rti-second-appeal', language);
    const path = join(dir, `second-appeal-${language}.docx`);
    await writeFile(path, await toDocx(TEMPLATES['rti-second-appeal'].render(draft, { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY }), { title: draft.title, language }));
    paths.push(path);
  }
  const [en = '', hi = ''] = await docxesToPdf(paths, dir);
  pages = { en: await pdfPages(en), hi: await pdfPages(hi) };
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('page layout in LibreOffice', () => {
  it('is A4 (595 x 842 pt)', () => {
    for (const page of [...pages.en, ...pages.hi]) {
      expect(Math.round(page.width)).toBe(595);
      expect(Math.round(page.height)).toBe(842);
    }
  });

  it('numbers every page "Page X of Y" in English', () => {
    expect(pages.en.length).toBeGreaterThan(1);
    pages.en.forEach((page, i) => {
      expect(page.text.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${pages.en.length}`);
    });
  });

  it('numbers every page in Hindi', () => {
    expect(pages.hi.length).toBeGreaterThan(1);
    pages.hi.forEach((page, i) => {
      expect(page.text.replace(/\s+/g, ' ')).toMatch(new RegExp(`${i + 1}\\s*/\\s*${pages.hi.length}`));
    });
  });
});
