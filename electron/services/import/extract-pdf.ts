import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { getDocument, OPS, PasswordException, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { err, ok, type Result } from '../../../shared/lib/result.ts';
import { countNonSpace, IMPORT_LIMITS, type ImportProblem, type ImportWarning } from '../../../shared/import/normalize-text.ts';
import { problems } from './import-messages.ts';
import { rebuildLines, type PlacedText } from './pdf-lines.ts';

/**
 * PDF -> text with pdf.js's legacy build, entirely offline: the "worker" runs in this process
 * (pdf.js's Node fake worker), fonts are never turned into font faces or looked up on the
 * system, and nothing is fetched. The only files read are pdf.js's own bundled CMaps, which
 * CJK/CID fonts without a ToUnicode map need to yield text at all.
 *
 * (`isEvalSupported` no longer exists in pdf.js 6: it stopped compiling code with eval.)
 */

export type PdfText = { readonly text: string; readonly pageCount: number; readonly warnings: ReadonlyArray<ImportWarning> };
export type PdfOptions = { readonly signal?: AbortSignal; readonly onProgress?: (done: number, total: number) => void };

let cMapDir: string | null | undefined;
/** pdf.js's bundled CMaps folder, found once; null if it cannot be located (then CID text without ToUnicode is lost, nothing else). */
function bundledCMaps(): string | null {
  if (cMapDir === undefined) {
    try {
      cMapDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
    } catch {
      cMapDir = null;
    }
  }
  return cMapDir;
}

/** Operators that paint a raster image (pdf.js `OPS`): a page with one of these and no text is a scan. */
const IMAGE_OPS: ReadonlySet<number> = new Set([
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintImageMaskXObjectGroup,
  OPS.paintInlineImageXObjectGroup, OPS.paintSolidColorImageMask,
]);

function isPlacedText<T extends object>(item: T): item is T & PlacedText {
  return 'str' in item && 'transform' in item;
}

type PageText = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'image-only' } | { readonly kind: 'blank' } | { readonly kind: 'failed' };

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageText> {
  let page: PDFPageProxy | null = null;
  try {
    page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    const text = rebuildLines(content.items.filter(isPlacedText));
    if (text.trim() !== '') return { kind: 'text', text };
    // Only text-less pages pay for an operator list, to tell a scan from an empty page.
    const operators = await page.getOperatorList();
    return operators.fnArray.some((op) => IMAGE_OPS.has(op)) ? { kind: 'image-only' } : { kind: 'blank' };
  } catch {
    // A truncated or damaged page (missing objects, bad content stream) loses only that page.
    return { kind: 'failed' };
  } finally {
    page?.cleanup();
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

type Opened = { readonly doc: PDFDocumentProxy; readonly destroy: () => Promise<void> };

/** Opens the PDF; an abort at any later point destroys it, which makes pending pdf.js calls reject. */
async function openDocument(bytes: Uint8Array, fileName: string, signal: AbortSignal | undefined): Promise<Result<Opened, ImportProblem>> {
  const cMaps = bundledCMaps();
  const task = getDocument({
    // A copy: pdf.js rejects Node Buffers and transfers (detaches) the array it is given.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    ...(cMaps === null ? {} : { cMapUrl: cMaps, cMapPacked: true }),
    // Errors only: pdf.js prints warnings with console.log, which would corrupt `analyze --json` output.
    verbosity: VerbosityLevel.ERRORS,
  });
  const onAbort = (): void => { void task.destroy(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  const destroy = async (): Promise<void> => {
    signal?.removeEventListener('abort', onAbort);
    await task.destroy();
  };
  try {
    return ok({ doc: await task.promise, destroy });
  } catch (e) {
    await destroy();
    signal?.throwIfAborted();
    if (e instanceof PasswordException) return err(problems.encrypted(fileName));
    // InvalidPDFException (no usable xref or trailer) and anything else pdf.js cannot parse.
    return err(problems.corrupt(fileName, 'PDF'));
  }
}

export async function extractPdf(bytes: Uint8Array, fileName: string, opts: PdfOptions = {}): Promise<Result<PdfText, ImportProblem>> {
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const opened = await openDocument(bytes, fileName, signal);
  if (!opened.ok) return opened;
  const { doc, destroy } = opened.value;
  try {
    const total = doc.numPages;
    // The page count comes from the page tree's /Count (PDF 32000-1 §7.7.3.2), before any page is parsed.
    if (total > IMPORT_LIMITS.maxPdfPages) return err(problems.tooManyPages(fileName, total));
    onProgress?.(0, total);
    const texts: string[] = [];
    const imageOnly: number[] = [];
    const failed: number[] = [];
    for (let n = 1; n <= total; n += 1) {
      // pdf.js's in-process worker answers through promises only, so without this turn of the
      // event loop a 2,000-page read would hold it for seconds: no progress event would leave
      // (Node flushes socket writes on a later tick) and no stop request would be read.
      await yieldToEventLoop();
      signal?.throwIfAborted();
      const page = await readPage(doc, n);
      if (page.kind === 'text') texts.push(page.text);
      else if (page.kind === 'image-only') imageOnly.push(n);
      else if (page.kind === 'failed') failed.push(n);
      onProgress?.(n, total);
    }
    signal?.throwIfAborted();

    if (texts.length === 0) {
      if (imageOnly.length > 0) return err(problems.scanned(fileName));
      if (failed.length > 0) return err(problems.corrupt(fileName, 'PDF'));
      return err(problems.empty(fileName));
    }
    const text = texts.join('\n\n');
    const warnings: ImportWarning[] = [];
    if (failed.length > 0) {
      // pdf.js shortens a page tree that breaks off (its checkLastPage), so when the last page it
      // reports is unreadable, pages after it may be gone without a trace.
      const lastFailed = failed.at(-1) === total;
      warnings.push({
        kind: 'truncated-pages',
        message: `Page${failed.length === 1 ? '' : 's'} ${listPages(failed)} of “${fileName}” could not be read (the file may be incomplete or damaged), so that text is missing${lastFailed ? ', and so may any pages after it' : ''}: download the PDF again if you need it.`,
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
  } finally {
    await destroy();
  }
}
