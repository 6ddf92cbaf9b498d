import mammoth from 'mammoth';
import { err, ok, type Result } from '../../../shared/lib/result.ts';
import { IMPORT_LIMITS, type ImportProblem } from '../../../shared/import/normalize-text.ts';
import { problems } from './import-messages.ts';
import { checkInflatedSize, readZipDirectory, type ZipEntry } from './zip-directory.ts';

/**
 * .docx -> raw text with mammoth, but only after the ZIP has been judged from its central
 * directory: a "zip bomb" (a tiny file whose word/document.xml inflates to gigabytes) is
 * refused before anything is inflated into memory, and a header that understates a part's
 * size is caught by counting, never holding, the inflated bytes.
 */

/** The main part of a WordprocessingML package (ECMA-376 Part 1 §11.3.10, as Word names it). */
const MAIN_PART = 'word/document.xml';

/** Parts mammoth parses (XML and relationship parts); media stays compressed for raw text. */
function isXmlPart(entry: ZipEntry): boolean {
  const lower = entry.name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels');
}

/** Names what a ZIP that is not a Word document probably is, for the refusal message. */
function describeOtherZip(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.xml')) return 'is an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'is a PowerPoint presentation';
  if (names.has('content.xml') && names.has('mimetype')) return 'is an OpenDocument (LibreOffice) file';
  return 'is a ZIP archive, not a Word document';
}

export async function extractDocx(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<Result<string, ImportProblem>> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return err(problems.corrupt(fileName, 'Word file'));
  const entries = directory.value;
  const names = new Set(entries.map((e) => e.name));
  // Two entries with one name: readers disagree on which wins, so what we checked might not be what is read.
  if (names.size !== entries.length) return err(problems.corrupt(fileName, 'Word file'));
  if (!names.has(MAIN_PART)) return err(problems.unknownType(fileName, describeOtherZip(names)));
  if (entries.some((e) => (e.flags & 1) === 1)) return err(problems.encrypted(fileName));

  const xmlParts = entries.filter(isXmlPart);
  let declaredTotal = 0;
  for (const part of xmlParts) {
    declaredTotal += part.uncompressedSize;
    if (part.uncompressedSize > IMPORT_LIMITS.maxDocxPartBytes || declaredTotal > IMPORT_LIMITS.maxDocxTotalXmlBytes) {
      return err(problems.zipBomb(fileName));
    }
  }
  for (const part of xmlParts) {
    signal?.throwIfAborted();
    const checked = await checkInflatedSize(bytes, part);
    if (checked.kind === 'longer-than-declared') return err(problems.zipBomb(fileName));
    if (checked.kind === 'damaged') return err(problems.corrupt(fileName, 'Word file'));
  }

  signal?.throwIfAborted();
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return ok(result.value);
  } catch {
    // mammoth throws for a package whose parts are not what Word writes (missing relationships, bad XML).
    return err(problems.corrupt(fileName, 'Word file'));
  }
}
