import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { err, ok, type Result } from '../../../shared/lib/result.ts';
import { countNonSpace, IMPORT_LIMITS, type ImportProblem, type ImportWarning } from '../../../shared/import/normalize-text.ts';
import { problems } from './import-messages.ts';
import { rebuildLines, type PlacedText } from './pdf-lines.ts';
import { charCalls, pdfium, release, type Pdfium } from './pdfium.ts';

/**
 * PDF -> text with PDFium (pdfium.ts), entirely offline: PDFium's text layer gives the page's
 * characters, each with its box, baseline, size and angle; they are gathered into runs and laid
 * out into lines by `rebuildLines`, as `pdftotext -layout` keeps columns apart. Nothing is read
 * but the document's own bytes: no font file, no system font, no network.
 */

export type PdfText = { readonly text: string; readonly pageCount: number; readonly warnings: ReadonlyArray<ImportWarning> };
export type PdfOptions = { readonly signal?: AbortSignal; readonly onProgress?: (done: number, total: number) => void };

/** FPDF_GetLastError's answer for a document that needs a password to open (fpdfview.h FPDF_ERR_PASSWORD). */
const FPDF_ERR_PASSWORD = 4;
/** FPDFPageObj_GetType's answers (fpdf_edit.h): an image, and a form XObject that may hold one. */
const FPDF_PAGEOBJ_IMAGE = 3;
const FPDF_PAGEOBJ_FORM = 5;
/** Forms nested deeper than this are not searched for images: a guard, real scans are one level deep. */
const MAX_FORM_DEPTH = 8;

type PageText = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'image-only' } | { readonly kind: 'blank' } | { readonly kind: 'failed' };

/** Scratch memory inside PDFium's heap for out-parameters: a float rectangle, then two doubles. */
type Scratch = { readonly at: number };

/** A page object, or a form XObject's objects, painting a raster image: a page of these and no text is a scan. */
function paintsImage(p: Pdfium, object: number, depth: number): boolean {
  const type = p.FPDFPageObj_GetType(object);
  if (type === FPDF_PAGEOBJ_IMAGE) return true;
  if (type !== FPDF_PAGEOBJ_FORM || depth > MAX_FORM_DEPTH) return false;
  const count = p.FPDFFormObj_CountObjects(object);
  for (let i = 0; i < count; i += 1) if (paintsImage(p, p.FPDFFormObj_GetObject(object, i), depth + 1)) return true;
  return false;
}

function pageHasImage(p: Pdfium, page: number): boolean {
  const count = p.FPDFPage_CountObjects(page);
  for (let i = 0; i < count; i += 1) if (paintsImage(p, p.FPDFPage_GetObject(page, i), 0)) return true;
  return false;
}

/**
 * A character continues the run before it when its size and baseline are within this fraction of
 * its size (sub- and superscripts, ~0.33 em off, start runs of their own, as pdf.js's items did)...
 */
const SAME_RUN = 0.2;
/** ...and it starts less than this fraction of its size after the run ends: kerning, not a gap... */
const RUN_GAP = 0.1;
/** ...and not more than this far back over the run's end: a glyph placed back over it (an accent, a vowel sign drawn over its consonant) joins it. */
const RUN_BACKSTEP = 0.5;

/** The last Unicode code point: a damaged font's character map can give PDFium a larger value. */
const MAX_CODE_POINT = 0x10ffff;

/** A run being gathered, in the reading frame of its direction: `from`/`to` along it, `baseline` across. */
type Gathering = { str: string; from: number; to: number; readonly baseline: number; readonly size: number; readonly turn: number; readonly origin: readonly [number, number] };

function placed(run: Gathering): PlacedText {
  const cos = Math.round(Math.cos((run.turn * Math.PI) / 2));
  const sin = Math.round(Math.sin((run.turn * Math.PI) / 2));
  const s = run.size;
  return { str: run.str, transform: [s * cos, s * sin, -s * sin, s * cos, run.origin[0], run.origin[1]], width: run.to - run.from, height: s };
}

/**
 * The page's characters, gathered into runs as pdf.js's text items were: characters on one
 * baseline, in one direction and size, each starting where the last ended. White space ends a run
 * and is left out, so `rebuildLines` measures every gap itself (one space for a word's, several
 * for a table's columns) instead of taking PDFium's own guessed spaces.
 */
function placedRuns(p: Pdfium, textPage: number, scratch: Scratch): PlacedText[] {
  const heap = p.pdfium;
  const c = charCalls(p);
  const box = scratch.at >> 2;
  const origin = (scratch.at + 16) >> 3;
  const items: PlacedText[] = [];
  let run: Gathering | null = null;
  const count = c.count(textPage);
  for (let i = 0; i < count; i += 1) {
    const code = c.unicode(textPage, i);
    // A hyphen that ends a line comes back as a control character marked as a hyphen
    // (FPDFText_IsHyphen): it is the hyphen the page shows, and stays.
    const hyphen = code < 0x20 && c.isHyphen(textPage, i) === 1;
    const ch = hyphen ? '-' : code <= MAX_CODE_POINT ? String.fromCodePoint(code) : '';
    // White space, PDFium's own or the page's, and control characters (a line break it inserted,
    // a character with no Unicode value) place nothing.
    if (!hyphen && (code < 0x20 || ch === '' || /\s/u.test(ch))) {
      if (run !== null) items.push(placed(run));
      run = null;
      continue;
    }
    if (c.looseBox(textPage, i, scratch.at) === 0) continue;
    const left = heap.HEAPF32[box] ?? 0;
    const top = heap.HEAPF32[box + 1] ?? 0;
    const right = heap.HEAPF32[box + 2] ?? 0;
    const bottom = heap.HEAPF32[box + 3] ?? 0;
    const hasOrigin = c.origin(textPage, i, scratch.at + 16, scratch.at + 24) !== 0;
    const x = hasOrigin ? heap.HEAPF64[origin] ?? left : left;
    const y = hasOrigin ? heap.HEAPF64[origin + 1] ?? bottom : bottom;
    const size = c.fontSize(textPage, i) || Math.max(1, top - bottom);
    // PDFium measures the angle clockwise (a line reading upwards is 3π/2); quarter turns here
    // are anticlockwise, as the text matrix turns (PDF 32000-1 §8.3.3).
    const angle = c.angle(textPage, i);
    const turn = angle > 0 ? (4 - (Math.round(angle / (Math.PI / 2)) % 4)) % 4 : 0;
    // Along the reading direction and across it, in quarter turns (PDF 32000-1 §9.4.2: glyphs are
    // placed by the text matrix; a turned page's lines run up, left or down).
    const from = turn === 0 ? left : turn === 1 ? bottom : turn === 2 ? -right : -top;
    const to = turn === 0 ? right : turn === 1 ? top : turn === 2 ? -left : -bottom;
    const baseline = turn === 0 ? y : turn === 1 ? -x : turn === 2 ? -y : x;
    if (run !== null && run.turn === turn && Math.abs(run.size - size) < SAME_RUN * size
      && Math.abs(run.baseline - baseline) < SAME_RUN * size && from - run.to < RUN_GAP * size && from - run.to > -RUN_BACKSTEP * size) {
      run.str += ch;
      run.to = Math.max(run.to, to);
      continue;
    }
    if (run !== null) items.push(placed(run));
    const start: readonly [number, number] = turn === 0 ? [left, y] : turn === 1 ? [x, bottom] : turn === 2 ? [right, y] : [x, top];
    run = { str: ch, from, to, baseline, size, turn, origin: start };
  }
  if (run !== null) items.push(placed(run));
  return items;
}

function readPage(p: Pdfium, doc: number, index: number, scratch: Scratch): PageText {
  const page = p.FPDF_LoadPage(doc, index);
  // A page PDFium cannot load (a missing or damaged page object) loses only that page.
  if (page === 0) return { kind: 'failed' };
  try {
    const textPage = p.FPDFText_LoadPage(page);
    if (textPage === 0) return { kind: 'failed' };
    let text = '';
    try {
      text = rebuildLines(placedRuns(p, textPage, scratch));
    } finally {
      p.FPDFText_ClosePage(textPage);
    }
    if (text.trim() !== '') return { kind: 'text', text };
    // Only text-less pages are searched for images, to tell a scan from an empty page.
    return pageHasImage(p, page) ? { kind: 'image-only' } : { kind: 'blank' };
  } finally {
    p.FPDF_ClosePage(page);
  }
}

/** "3", "3 and 5", "3, 5 and 9", "3, 5, 9 and 12 more": page lists for warnings. */
function listPages(pages: ReadonlyArray<number>): string {
  const shown = pages.slice(0, 8).map(String);
  const extra = pages.length - shown.length;
  if (extra > 0) return `${shown.join(', ')} and ${extra} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

export async function extractPdf(bytes: Uint8Array, fileName: string, opts: PdfOptions = {}): Promise<Result<PdfText, ImportProblem>> {
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const p = await pdfium();
  signal?.throwIfAborted();
  const m = p.pdfium;
  // PDFium reads the document from its own heap, which must hold the bytes until it is closed.
  const data = m.wasmExports.malloc(bytes.byteLength);
  const scratch: Scratch = { at: m.wasmExports.malloc(32) };
  let doc = 0;
  let broken = true;
  try {
    m.HEAPU8.set(bytes, data);
    doc = p.FPDF_LoadMemDocument(data, bytes.byteLength, '');
    if (doc === 0) {
      broken = false;
      if (p.FPDF_GetLastError() === FPDF_ERR_PASSWORD) return err(problems.encrypted(fileName));
      // No usable cross-reference table or trailer, or not a PDF past its header.
      return err(problems.corrupt(fileName, 'PDF'));
    }
    const total = p.FPDF_GetPageCount(doc);
    // The page count comes from the page tree's /Count (PDF 32000-1 §7.7.3.2), before any page is parsed.
    if (total > IMPORT_LIMITS.maxPdfPages) {
      broken = false;
      return err(problems.tooManyPages(fileName, total));
    }
    onProgress?.(0, total);
    const texts: string[] = [];
    const imageOnly: number[] = [];
    const failed: number[] = [];
    for (let n = 1; n <= total; n += 1) {
      // PDFium answers at once, so without this turn of the event loop a 2,000-page read would
      // hold it for seconds: no progress event would leave (Node flushes socket writes on a later
      // tick) and no stop request would be read.
      await yieldToEventLoop();
      signal?.throwIfAborted();
      const page = readPage(p, doc, n - 1, scratch);
      if (page.kind === 'text') texts.push(page.text);
      else if (page.kind === 'image-only') imageOnly.push(n);
      else if (page.kind === 'failed') failed.push(n);
      onProgress?.(n, total);
    }
    signal?.throwIfAborted();
    broken = false;

    if (texts.length === 0) {
      if (imageOnly.length > 0) return err(problems.scanned(fileName));
      if (failed.length > 0) return err(problems.corrupt(fileName, 'PDF'));
      return err(problems.empty(fileName));
    }
    const text = texts.join('\n\n');
    const warnings: ImportWarning[] = [];
    if (failed.length > 0) {
      warnings.push({
        kind: 'truncated-pages',
        message: `Page${failed.length === 1 ? '' : 's'} ${listPages(failed)} of “${fileName}” could not be read (the file may be incomplete or damaged), so that text is missing: download the PDF again if you need it.`,
      });
    }
    if (imageOnly.length > 0) {
      warnings.push({
        kind: 'little-text',
        message: `Page${imageOnly.length === 1 ? '' : 's'} ${listPages(imageOnly)} of “${fileName}” ${imageOnly.length === 1 ? 'is a scanned image' : 'are scanned images'} with no text, so that text is missing: OCR ${imageOnly.length === 1 ? 'it' : 'them'} or paste the text.`,
      });
    } else if (countNonSpace(text) < IMPORT_LIMITS.littleTextChars) {
      warnings.push({
        kind: 'little-text',
        message: `Very little text was found in “${fileName}” (${countNonSpace(text)} characters): if the document is longer, parts of it may be images; check the text against the original.`,
      });
    }
    return ok({ text, pageCount: total, warnings });
  } catch (e) {
    // A stop request is the caller's; anything else thrown here is PDFium failing on this file
    // (a trap in its code aborts the instance): the file is reported as damaged, not the app.
    if (signal?.aborted === true && e === signal.reason) {
      broken = false;
      throw e;
    }
    return err(problems.corrupt(fileName, 'PDF'));
  } finally {
    if (!broken) {
      if (doc !== 0) p.FPDF_CloseDocument(doc);
      m.wasmExports.free(scratch.at);
      m.wasmExports.free(data);
    }
    release(p, broken);
  }
}
