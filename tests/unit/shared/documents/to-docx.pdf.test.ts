import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { docxesToPdf } from '../../../helpers/libreoffice.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Laid out by LibreOffice and printed to PDF, a long document shows "Page X of Y" from the footer's
 * PAGE / NUMPAGES fields on every page, in English and in Hindi, on A4.
 */
type PdfPage = { readonly text: string; readonly width: number; readonly height: number };

async function pdfPages(path: string): Promise<ReadonlyArray<PdfPage>> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, , width = 0, height = 0] = page.view;
    pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '), width, height });
  }
  await pdf.cleanup();
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
