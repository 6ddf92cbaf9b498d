import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';

/**
 * PDFium (the PDF engine of Chromium, Apache-2.0) compiled to WebAssembly, through the
 * `@embedpdf/pdfium` bindings (MIT): one instance per process, made on the first PDF and kept for
 * the next ones, so a batch pays the ~40 ms of compiling it once. Chosen over pdf.js for speed
 * (issue 12): a fresh process read 20 three-page replies in 0.34 s against pdf.js's 0.65 s, at
 * 92 MB peak against 155-190 MB (tests/bench/speed.ts's PDFs, this machine, 05.12.2026).
 *
 * Entirely offline: the WebAssembly file is read from node_modules and handed over as bytes, so
 * the bindings never look for it at a URL.
 *
 * A WebAssembly memory grows and never shrinks. It holds a document's bytes while it is read (up
 * to the 50 MB import limit) and PDFium's working set, which stays small as pages are closed (a
 * 10.6 MB file of 2,000 pages took it from 18 to 26 MB). The instance is dropped, and its memory
 * with it, once it has grown past `KEEP_BELOW_BYTES`, and after any failure inside it: a trap
 * leaves the WebAssembly state unknown.
 */
export type Pdfium = WrappedPdfiumModule;

const KEEP_BELOW_BYTES = 256 * 1024 * 1024;

let instance: Promise<Pdfium> | null = null;
/** The instance `instance` resolved to, once it has. */
let current: Pdfium | null = null;

async function create(): Promise<Pdfium> {
  const wasmPath = createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');
  const [{ init }, wasm] = await Promise.all([import('@embedpdf/pdfium'), readFile(wasmPath)]);
  const pdfium = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  pdfium.PDFiumExt_Init();
  current = pdfium;
  return pdfium;
}

/** The process's instance, made on first use. */
export function pdfium(): Promise<Pdfium> {
  if (instance === null) {
    const made = create();
    instance = made;
    // A failed start is not kept: the next PDF tries again.
    made.catch(() => { if (instance === made) instance = null; });
  }
  return instance;
}

/**
 * PDFium's per-character text calls, straight to the WebAssembly exports. The bindings' wrapped
 * functions convert and check every argument on each call (~0.2 µs here), and a page has
 * thousands of characters: called through them, a three-page reply took as long as pdf.js.
 */
export type CharCalls = {
  readonly count: (textPage: number) => number;
  readonly unicode: (textPage: number, index: number) => number;
  readonly isHyphen: (textPage: number, index: number) => number;
  readonly looseBox: (textPage: number, index: number, rect: number) => number;
  readonly origin: (textPage: number, index: number, x: number, y: number) => number;
  readonly fontSize: (textPage: number, index: number) => number;
  readonly angle: (textPage: number, index: number) => number;
};

type NumberCall = (...args: number[]) => number;

function isCall(f: unknown): f is NumberCall {
  return typeof f === 'function';
}

function exported(p: Pdfium, name: string): NumberCall {
  const f: unknown = Reflect.get(p.pdfium.wasmExports, name);
  if (!isCall(f)) throw new Error(`Bug: this PDFium build does not export ${name}`);
  return f;
}

const calls = new WeakMap<Pdfium, CharCalls>();

export function charCalls(p: Pdfium): CharCalls {
  const known = calls.get(p);
  if (known) return known;
  const made: CharCalls = {
    count: exported(p, 'FPDFText_CountChars'),
    unicode: exported(p, 'FPDFText_GetUnicode'),
    isHyphen: exported(p, 'FPDFText_IsHyphen'),
    looseBox: exported(p, 'FPDFText_GetLooseCharBox'),
    origin: exported(p, 'FPDFText_GetCharOrigin'),
    fontSize: exported(p, 'FPDFText_GetFontSize'),
    angle: exported(p, 'FPDFText_GetCharAngle'),
  };
  calls.set(p, made);
  return made;
}

/** After a document: keeps the instance unless it grew too large or failed (`broken`). */
export function release(used: Pdfium, broken: boolean): void {
  // Only the instance in use is dropped: one made since, for another file, is kept.
  if (used === current && (broken || used.pdfium.HEAPU8.byteLength > KEEP_BELOW_BYTES)) {
    instance = null;
    current = null;
  }
}
