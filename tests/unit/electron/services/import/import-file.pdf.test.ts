import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../electron/services/import/import-file.ts';
import { handWrittenPdf, makeTempDir, problem, QA_FIXTURE, qpdf, scannedPdf, sofficeConvert, value } from './fixtures.ts';

let dir = '';
let cleanup = async (): Promise<void> => {};
let textPdf = '';
let scanPdf = '';

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const txt = join(dir, 'rs-cowin-qa.txt');
  await copyFile(fileURLToPath(QA_FIXTURE), txt);
  textPdf = await sofficeConvert(txt, 'pdf', dir);
  scanPdf = await scannedPdf(dir, 'scanned-reply');
}, 180_000);

afterAll(() => cleanup());


async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('importFile: PDFs made by LibreOffice', () => {
  it('extracts every line of a text PDF, with its parts on their own lines', async () => {
    const imported = value(await importFile(textPdf));
    expect(imported.format).toBe('pdf');
    expect(imported.fileName).toBe('rs-cowin-qa.pdf');
    expect(imported.pageCount).toBe(1);
    const lines = imported.text.split('\n');
    expect(lines).toContain('GOVERNMENT OF INDIA');
    expect(lines).toContain('CYBER ATTACK ON COWIN PORTAL');
    expect(lines.some((l) => l.startsWith('(b) whether the Indian Computer Emergency Response Team (CERT-In) has started'))).toBe(true);
    expect(lines.some((l) => l.startsWith('(b) and (c): Taking cognizance of the cyber incident'))).toBe(true);
    // Words separated by gaps between text runs get their spaces back.
    expect(imported.text).toContain('MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY');
    expect([...imported.text].filter((c) => c < ' ' && c !== '\n' && c !== '\t')).toEqual([]);
  });

  it('keeps every word of the source, in order (nothing lost)', async () => {
    const source = await readFile(QA_FIXTURE, 'utf8');
    const imported = value(await importFile(textPdf));
    const words = (s: string): string[] => s.split(/\s+/).filter((w) => /^[A-Za-z0-9().,;:?&*/-]+$/.test(w));
    expect(words(imported.text)).toEqual(words(source));
  });

  it('warns that Hindi may be damaged when the PDF has Hindi', async () => {
    const imported = value(await importFile(textPdf));
    const kinds = imported.warnings.map((w) => w.kind);
    expect(kinds).toContain('hindi-may-be-damaged');
    expect(imported.text).toMatch(/\p{Script=Devanagari}/u);
  });

  it('reports progress page by page', async () => {
    const calls: Array<[number, number]> = [];
    value(await importFile(textPdf, { onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls).toEqual([[0, 1], [1, 1]]);
  });

  it('refuses a PDF with a user password as encrypted', async () => {
    const out = join(dir, 'locked.pdf');
    await qpdf(['--encrypt', 'secret', 'owner-secret', '256', '--', textPdf, out]);
    const p = problem(await importFile(out));
    expect(p.kind).toBe('encrypted');
    expect(p.message).toContain('locked.pdf');
    expect(p.message).toContain('password');
  });

  it('reads a PDF that only has an owner password (copy/print restrictions), as any reader does', async () => {
    const out = join(dir, 'restricted.pdf');
    await qpdf(['--encrypt', '', 'owner-secret', '256', '--extract=n', '--print=none', '--', textPdf, out]);
    const imported = value(await importFile(out));
    expect(imported.text).toContain('CYBER ATTACK ON COWIN PORTAL');
  });

  it('refuses an image-only PDF as scanned and says to OCR it or paste the text', async () => {
    const p = problem(await importFile(scanPdf));
    expect(p.kind).toBe('scanned');
    expect(p.message).toContain('scanned-reply.pdf');
    expect(p.message).toMatch(/OCR/);
    expect(p.message).toMatch(/paste/);
  });

  it('keeps the text pages of a PDF with a scanned page, and names the scanned page', async () => {
    const out = join(dir, 'mixed.pdf');
    await qpdf(['--empty', '--pages', textPdf, scanPdf, textPdf, '--', out]);
    const imported = value(await importFile(out));
    expect(imported.pageCount).toBe(3);
    expect(imported.text.split('CYBER ATTACK ON COWIN PORTAL')).toHaveLength(3);
    const warning = imported.warnings.find((w) => w.kind === 'little-text');
    expect(warning?.message).toMatch(/^Page 2 of “mixed\.pdf” is a scanned image/);
  });

  it('refuses a truncated download as corrupt', async () => {
    const bytes = await readFile(textPdf);
    const path = await write('truncated.pdf', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const p = problem(await importFile(path));
    expect(p.kind).toBe('corrupt');
    expect(p.message).toContain('truncated.pdf');
  });

  it('refuses a file that is only a PDF header as corrupt', async () => {
    const p = problem(await importFile(await write('header-only.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'))));
    expect(p.kind).toBe('corrupt');
  });
});

describe('importFile: hand-written PDFs', () => {
  it('extracts text set in the standard Helvetica font without fetching font files', async () => {
    const path = await write('helvetica.pdf', handWrittenPdf([
      { text: ['LOK SABHA', 'STARRED QUESTION NO. 112', '(a) whether the Government has (c) any plan?'] },
    ]));
    const imported = value(await importFile(path));
    expect(imported.text).toBe('LOK SABHA\nSTARRED QUESTION NO. 112\n(a) whether the Government has (c) any plan?');
    // 55 characters of text: less than a real reply, so the user is told.
    expect(imported.warnings.map((w) => w.kind)).toEqual(['little-text']);
  });

  it('reads a page whose text is turned a quarter turn (a landscape annexure) in reading order', async () => {
    const path = await write('landscape.pdf', handWrittenPdf([
      { text: ['Read me first.'] },
      { turned: true, text: ['ANNEXURE-I', 'State-wise number of cases', 'Total 1,234'] },
    ]));
    expect(value(await importFile(path)).text).toBe('Read me first.\n\nANNEXURE-I\nState-wise number of cases\nTotal 1,234');
  });

  it('keeps the hyphen that ends a line', async () => {
    const path = await write('hyphen.pdf', handWrittenPdf([{ text: ['schools, self help groups and local non-', 'governmental bodies'] }]));
    expect(value(await importFile(path)).text).toBe('schools, self help groups and local non-\ngovernmental bodies');
  });

  it('joins pages with a blank line', async () => {
    const path = await write('two-pages.pdf', handWrittenPdf([{ text: ['First page.'] }, { text: ['Second page.'] }]));
    expect(value(await importFile(path)).text).toBe('First page.\n\nSecond page.');
  });

  it('keeps the readable pages when a page object is missing, and warns which page was lost', async () => {
    const body = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of the statement referred to in reply to parts (a) to (e).`);
    const path = await write('lost-page.pdf', handWrittenPdf([{ text: ['Page one.', ...body] }, { text: ['Page two.'] }, { missing: true }, { text: ['Page four.'] }]));
    const imported = value(await importFile(path));
    expect(imported.text).toContain('Page one.');
    expect(imported.text).toContain('Page two.');
    // The page after the broken one is read too: PDFium keeps the rest of the page tree.
    expect(imported.text).toContain('Page four.');
    expect(imported.pageCount).toBe(4);
    expect(imported.warnings).toEqual([expect.objectContaining({
      kind: 'truncated-pages',
      message: 'Page 3 of “lost-page.pdf” could not be read (the file may be incomplete or damaged), so that text is missing: download the PDF again if you need it.',
    })]);
  });

  it('refuses a PDF whose pages hold nothing at all as empty', async () => {
    const p = problem(await importFile(await write('blank.pdf', handWrittenPdf([{ text: [] }, { text: [] }]))));
    expect(p.kind).toBe('empty');
    expect(p.message).toContain('blank.pdf');
  });

  it('refuses 3,000 pages quickly, before reading any page', async () => {
    const path = await write('huge.pdf', handWrittenPdf(Array.from({ length: 3000 }, () => ({})), { shareContent: true }));
    let pagesRead = 0;
    const started = performance.now();
    const p = problem(await importFile(path, { onProgress: (done) => { pagesRead = done; } }));
    const ms = performance.now() - started;
    expect(p.kind).toBe('too-many-pages');
    expect(p.message).toContain('3,000 pages');
    expect(p.message).toContain('2,000');
    expect(pagesRead).toBe(0);
    expect(ms).toBeLessThan(3000);
  });

  it('accepts 2,000 pages, the limit', async () => {
    const pages = Array.from({ length: 2000 }, (_, i) => ({ text: i === 0 ? ['Only the first page has text in it, the rest are blank pages.'] : [] }));
    const imported = value(await importFile(await write('limit.pdf', handWrittenPdf(pages))));
    expect(imported.pageCount).toBe(2000);
  });

  it('finds a PDF header after leading junk, as PDF readers do', async () => {
    const pdf = handWrittenPdf([{ text: ['Reply text behind a scanner banner.'] }]);
    const path = await write('junk-first.pdf', Buffer.concat([Buffer.from('SCANNER-0042\n'), pdf]));
    expect(value(await importFile(path)).text).toBe('Reply text behind a scanner banner.');
  });

  it('detects a PDF by content even when it is named .txt', async () => {
    const path = await write('really-a-pdf.txt', handWrittenPdf([{ text: ['Reply text.'] }]));
    expect(value(await importFile(path)).format).toBe('pdf');
  });

  it('rejects with the abort reason when cancelled part-way, and stops reading pages', async () => {
    const pages = Array.from({ length: 200 }, (_, i) => ({ text: [`Page ${i + 1} text.`] }));
    const path = await write('cancel.pdf', handWrittenPdf(pages));
    const controller = new AbortController();
    let last = 0;
    const pending = importFile(path, {
      signal: controller.signal,
      onProgress: (done) => { last = done; if (done === 3) controller.abort(); },
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(last).toBe(3);
  });
});
