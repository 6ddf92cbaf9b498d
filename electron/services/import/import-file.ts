import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { err, ok, type Result } from '../../../shared/lib/result.ts';
import {
  countNonSpace, IMPORT_LIMITS, normalizeText, textWarnings,
  type ImportedText, type ImportFormat, type ImportProblem, type ImportWarning,
} from '../../../shared/import/normalize-text.ts';
import { assertNever } from '../../../shared/lib/assert-never.ts';
import { decodeText } from './decode-text.ts';
import { problems } from './import-messages.ts';
import { isEncryptedOfficeFile, sniffFormat } from './sniff-format.ts';

export type {
  ImportFormat, ImportWarning, ImportWarningKind, ImportedText, ImportProblemKind, ImportProblem,
} from '../../../shared/import/normalize-text.ts';

/**
 * Reads a government reply from a file: PDF, Word (.docx) or plain text (.txt/.md), recognised
 * by content, not name. Every expected failure (missing, too large, encrypted, scanned, damaged,
 * a zip bomb) comes back as an `ImportProblem` with a sentence for the user. Aborting the signal
 * rejects with the signal's reason, as Node's own APIs do: cancelling is not a problem with the file.
 */
export type ImportOptions = {
  signal?: AbortSignal;
  /**
   * How far the reading is: a PDF counts its pages ('pages'); a Word or text file is read in one
   * go and reports 0 of 1, then 1 of 1 ('file').
   */
  onProgress?: (done: number, total: number, unit: ImportProgressUnit) => void;
};
export type ImportProgressUnit = 'pages' | 'file';

type Extracted = { readonly text: string; readonly format: ImportFormat; readonly pageCount: number | null; readonly warnings: ReadonlyArray<ImportWarning> };

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** Names that promise a binary format: text inside one of these is not what the user thinks it is. */
const BINARY_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.odt', '.rtf', '.xls', '.xlsx', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

function describeFsError(e: unknown): string {
  const code = e instanceof Error && 'code' in e ? e.code : null;
  switch (code) {
    case 'ENOENT': return 'it was not found';
    case 'EACCES':
    case 'EPERM': return 'permission was denied';
    case 'EISDIR': return 'it is a folder, not a file';
    case 'ENOTDIR': return 'a part of its path is not a folder';
    case 'ENAMETOOLONG': return 'its name is too long';
    default: return typeof code === 'string' ? `system error ${code}` : 'it could not be read';
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

async function extract(bytes: Uint8Array, fileName: string, opts: ImportOptions): Promise<Result<Extracted, ImportProblem>> {
  const extension = extname(fileName).toLowerCase();
  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'pdf': {
      const onProgress = opts.onProgress;
      // PDFium (and mammoth below) load on the first file that needs them: a text file, the
      // CLI's --help and a batch of text files never pay for them (issue 12).
      const { extractPdf } = await import('./extract-pdf.ts');
      const pdf = await extractPdf(bytes, fileName, { signal: opts.signal, onProgress: onProgress ? (done, total) => onProgress(done, total, 'pages') : undefined });
      return pdf.ok ? ok({ ...pdf.value, format: 'pdf' }) : pdf;
    }
    case 'zip': {
      opts.onProgress?.(0, 1, 'file');
      const { extractDocx } = await import('./extract-docx.ts');
      const docx = await extractDocx(bytes, fileName, opts.signal);
      if (!docx.ok) return docx;
      opts.onProgress?.(1, 1, 'file');
      const chars = countNonSpace(docx.value);
      const warnings: ImportWarning[] = chars > 0 && chars < IMPORT_LIMITS.littleTextChars
        ? [{ kind: 'little-text', message: `Very little text was found in “${fileName}” (${chars} characters): if the document is longer, parts of it may be pictures or scans; check the text against the original.` }]
        : [];
      return ok({ text: docx.value, format: 'docx', pageCount: null, warnings });
    }
    case 'ole':
      if (isEncryptedOfficeFile(bytes)) return err(problems.encrypted(fileName));
      return err(problems.unknownType(fileName, extension === '.xls' ? 'is an old Excel (.xls) workbook' : 'is in the old Word (.doc) format'));
    case 'rtf':
      return err(problems.unknownType(fileName, 'is a Rich Text (.rtf) file'));
    case 'image':
      return err(problems.image(fileName, sniffed.name));
    case 'binary':
      return err(problems.unknownType(fileName, 'is not a PDF, Word (.docx) or text file'));
    case 'text': {
      opts.onProgress?.(0, 1, 'file');
      const decoded = decodeText(bytes);
      if (looksLikeHtml(decoded.text)) return err(problems.unknownType(fileName, 'is a web page (HTML), not the document itself'));
      if (BINARY_EXTENSIONS.has(extension)) return err(problems.unknownType(fileName, `is named ${extension} but holds only plain text`));
      opts.onProgress?.(1, 1, 'file');
      const warnings: ImportWarning[] = decoded.encoding === 'windows-1252'
        ? [{ kind: 'encoding-guessed', message: `“${fileName}” is not saved as UTF-8, so it was read as Western (Windows-1252) text: check any accented or non-English characters, or save it again as UTF-8.` }]
        : [];
      return ok({ text: decoded.text, format: MARKDOWN_EXTENSIONS.has(extension) ? 'md' : 'txt', pageCount: null, warnings });
    }
    default:
      return assertNever(sniffed);
  }
}

export async function importFile(path: string, opts: ImportOptions = {}): Promise<Result<ImportedText, ImportProblem>> {
  const fileName = basename(path);
  const { signal } = opts;
  signal?.throwIfAborted();
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(problems.unreadable(fileName, 'it is a folder, not a file'));
    // Checked before reading, so a 4 GB file is refused without being read.
    if (info.size > IMPORT_LIMITS.maxFileBytes) return err(problems.tooLarge(fileName, info.size));
    bytes = await readFile(path, signal ? { signal } : {});
  } catch (e) {
    signal?.throwIfAborted();
    return err(problems.unreadable(fileName, describeFsError(e)));
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return err(problems.tooLarge(fileName, bytes.byteLength));
  if (bytes.byteLength === 0) return err(problems.empty(fileName));

  const extracted = await extract(bytes, fileName, opts);
  if (!extracted.ok) return extracted;
  const { text, controlCharactersRemoved } = normalizeText(extracted.value.text);
  if (countNonSpace(text) === 0) return err(problems.empty(fileName));
  return ok({
    text,
    format: extracted.value.format,
    fileName,
    pageCount: extracted.value.pageCount,
    warnings: [...extracted.value.warnings, ...textWarnings(text, controlCharactersRemoved, `“${fileName}”`)],
  });
}
