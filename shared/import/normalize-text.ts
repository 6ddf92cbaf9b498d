import { err, ok, type Result } from '../lib/result.ts';

/**
 * What every import path (file or paste) hands on, and the pure steps they share:
 * the limits, text normalisation, the warnings read off the text, and `importPaste`.
 *
 * Kept pure so the renderer can check a paste without a round trip to the main process;
 * `electron/services/import/import-file.ts` re-exports these types for Node callers.
 */

export type ImportFormat = 'pdf' | 'docx' | 'txt' | 'md';

/**
 * 'encoding-guessed': a text file was not valid UTF-8 and was read as Windows-1252 instead,
 * so accented or non-Latin characters may be wrong.
 */
export type ImportWarningKind =
  | 'hindi-may-be-damaged' | 'little-text' | 'control-characters-removed' | 'truncated-pages' | 'encoding-guessed';
export type ImportWarning = { readonly kind: ImportWarningKind; readonly message: string };

export type ImportedText = {
  readonly text: string;
  readonly format: ImportFormat;
  /** The base name of the imported file; '' for pasted text. */
  readonly fileName: string;
  readonly pageCount: number | null;
  readonly warnings: ReadonlyArray<ImportWarning>;
};

export type ImportProblemKind =
  | 'unknown-type' | 'too-large' | 'encrypted' | 'corrupt' | 'empty'
  | 'scanned' | 'too-many-pages' | 'zip-bomb' | 'unreadable';
/** `message` is one sentence for a non-technical user: which file, what is wrong, what to do. */
export type ImportProblem = { readonly kind: ImportProblemKind; readonly message: string };

const MiB = 1024 * 1024;

/**
 * Every import limit, in one place. Real Lok/Rajya Sabha replies are a few pages; the
 * longest annexure-heavy ones run to a few hundred pages and a few MB, so these leave
 * wide headroom while keeping a hostile file from exhausting memory or time.
 */
export const IMPORT_LIMITS = {
  /** Largest file read at all (checked with stat, before reading). */
  maxFileBytes: 50 * MiB,
  /**
   * Largest pasted text, counted as UTF-8 bytes. A 10 MB paste (a reply with its annexures,
   * copied whole) must be accepted and analysed without freezing the window (issue 12); twice
   * that leaves headroom and still refuses a runaway clipboard before any work on it.
   */
  maxPasteBytes: 20 * MiB,
  /** PDFs with more pages are refused as soon as the page count is known. */
  maxPdfPages: 2000,
  /** Largest declared (and actual) uncompressed size of one XML part of a .docx. */
  maxDocxPartBytes: 100 * MiB,
  /** Largest declared uncompressed size of all XML parts of a .docx together. */
  maxDocxTotalXmlBytes: 200 * MiB,
  /** Fewer non-space characters than this from a PDF or .docx earns a 'little-text' warning. */
  littleTextChars: 200,
} as const;

/**
 * Line and page separators that become '\n' silently: they carry layout, not damage.
 * `pdftotext` writes \f between pages (the corpus texts keep them), old Mac files use lone \r,
 * and U+0085/U+2028/U+2029 are Unicode's own line/paragraph separators.
 */
const LINE_BREAKS = /\r\n?|[\f\v\u0085\u2028\u2029]/g;
const LINE_BREAK_TEST = /[\r\f\v\u0085\u2028\u2029]/;

/** C0 controls except \t and \n, DEL and C1 controls: never meaningful in a reply's text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// eslint-disable-next-line no-control-regex -- the same characters, tested for before replacing.
const CONTROL_CHARACTER_TEST = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

export type NormalizedText = { readonly text: string; readonly controlCharactersRemoved: number };

/** CRLF and other breaks -> LF; control characters (except \n and \t) removed and counted; all else kept. */
export function normalizeText(raw: string): NormalizedText {
  // Each replace only where it has something to do: on a long text each is a whole copy (or
  // about one, for a replace with a function that finds nothing), and an import's peak memory is
  // counted in copies of its text (issue 12).
  const withLf = LINE_BREAK_TEST.test(raw) ? raw.replace(LINE_BREAKS, '\n') : raw;
  if (!CONTROL_CHARACTER_TEST.test(withLf)) return { text: withLf, controlCharactersRemoved: 0 };
  let removed = 0;
  const text = withLf.replace(CONTROL_CHARACTERS, () => {
    removed += 1;
    return '';
  });
  return { text, controlCharactersRemoved: removed };
}

/** The Devanagari script: U+0900–097F, Devanagari Extended U+A8E0–A8FF and its other blocks. */
const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Private Use Area: glyph ids that a PDF font without a ToUnicode map leaves behind. */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
/**
 * Words that Hindi typed in a legacy Kruti Dev-style font turns into once extracted as text
 * (भारत सरकार -> "Hkkjr ljdkj", मंत्री -> "ea=h", मंत्रालय -> "ea=ky;", लोक सभा -> "yksd lHkk",
 * प्रश्न -> "iz'u", उत्तर -> "mÙkj"): the bilingual header of every Lok/Rajya Sabha reply has them.
 */
const LEGACY_FONT_HINDI = [/\bHkkjr\b/, /\bljdkj\b/, /\bea=h\b/, /\bea=ky;/, /\blHkk\b/, /\biz'u\b/, /\bmÙkj\b/];

/** True if the text holds Hindi, or the typical debris of Hindi extracted from a PDF. */
export function mayHoldDamagedHindi(text: string): boolean {
  if (DEVANAGARI.test(text) || PRIVATE_USE.test(text)) return true;
  // Two different marker words, so one stray token in English text does not trigger it.
  return LEGACY_FONT_HINDI.filter((word) => word.test(text)).length >= 2;
}

export function countNonSpace(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0xa0) count += 1;
  }
  return count;
}

/** The warnings that can be read off any imported text, whatever its source. */
export function textWarnings(text: string, controlCharactersRemoved: number, what: string): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (controlCharactersRemoved > 0) {
    warnings.push({
      kind: 'control-characters-removed',
      message: `${controlCharactersRemoved} invisible control character${controlCharactersRemoved === 1 ? ' was' : 's were'} removed from ${what}; the rest of the text is unchanged.`,
    });
  }
  if (mayHoldDamagedHindi(text)) {
    warnings.push({
      kind: 'hindi-may-be-damaged',
      message: `${capitalise(what)} contains Hindi, which is often garbled when taken out of a PDF or typed in an older Hindi font: check the Hindi passages against the original before relying on them.`,
    });
  }
  return warnings;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * UTF-8 length of a string without allocating it: each UTF-16 unit is 1–3 bytes,
 * a surrogate pair 4 in all (2 per unit).
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

function formatMb(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MB`;
}

/** Checks and normalises pasted text. Size is checked before any other work, so a huge paste answers at once. */
export function importPaste(text: string): Result<ImportedText, ImportProblem> {
  // A UTF-16 unit is at least one UTF-8 byte, so this bound needs no counting.
  const bytes = text.length > IMPORT_LIMITS.maxPasteBytes ? text.length : utf8ByteLength(text);
  if (bytes > IMPORT_LIMITS.maxPasteBytes) {
    return err({
      kind: 'too-large',
      message: `The pasted text is too long (at least ${formatMb(bytes)}; the limit is ${formatMb(IMPORT_LIMITS.maxPasteBytes)}): paste only the question and the reply, or import the file itself.`,
    });
  }
  const { text: normalized, controlCharactersRemoved } = normalizeText(text);
  if (countNonSpace(normalized) === 0) {
    return err({ kind: 'empty', message: 'Nothing was pasted: copy the text of the question and the reply, then paste it again.' });
  }
  return ok({
    text: normalized,
    format: 'txt',
    fileName: '',
    pageCount: null,
    warnings: textWarnings(normalized, controlCharactersRemoved, 'the pasted text'),
  });
}
