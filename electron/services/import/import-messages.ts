import { IMPORT_LIMITS, type ImportProblem } from '../../../shared/import/normalize-text.ts';

/**
 * Every refusal the importer can give, worded once. Each is one sentence for someone who is
 * not technical: it names the file, says what is wrong and what to do instead.
 */

const MiB = 1024 * 1024;
const mb = (bytes: number): string => `${Math.round(bytes / MiB)} MB`;
const PASTE = 'copy the text of the reply and paste it instead';

export const problems = {
  unreadable: (fileName: string, why: string): ImportProblem => ({
    kind: 'unreadable',
    message: `“${fileName}” could not be opened (${why}): check that the file exists and that you may read it, then try again.`,
  }),
  tooLarge: (fileName: string, bytes: number): ImportProblem => ({
    kind: 'too-large',
    message: `“${fileName}” is too large to import (${mb(bytes)}; the limit is ${mb(IMPORT_LIMITS.maxFileBytes)}): import only the pages with the question and the reply, or ${PASTE}.`,
  }),
  empty: (fileName: string): ImportProblem => ({
    kind: 'empty',
    message: `“${fileName}” contains no text: check that it is the right file, or ${PASTE}.`,
  }),
  unknownType: (fileName: string, what: string): ImportProblem => ({
    kind: 'unknown-type',
    message: `“${fileName}” ${what}, which cannot be imported: save it as PDF, Word (.docx) or plain text (.txt), or ${PASTE}.`,
  }),
  image: (fileName: string, imageType: string): ImportProblem => ({
    kind: 'unknown-type',
    message: `“${fileName}” is a ${imageType} image, not a document with text: OCR it first (for example with your phone's or PDF reader's "recognise text") or paste the text.`,
  }),
  encrypted: (fileName: string): ImportProblem => ({
    kind: 'encrypted',
    message: `“${fileName}” is protected by a password: open it, save an unprotected copy (or print it to PDF), and import that.`,
  }),
  corrupt: (fileName: string, what: 'PDF' | 'Word file'): ImportProblem => ({
    kind: 'corrupt',
    message: `“${fileName}” is a damaged or incomplete ${what}: download it again, or ${PASTE}.`,
  }),
  scanned: (fileName: string): ImportProblem => ({
    kind: 'scanned',
    message: `“${fileName}” is a scanned image with no text in it: OCR it first (for example with your scanner's or PDF reader's "recognise text") or paste the text.`,
  }),
  tooManyPages: (fileName: string, pages: number): ImportProblem => ({
    kind: 'too-many-pages',
    message: `“${fileName}” has ${pages.toLocaleString('en-IN')} pages, more than the ${IMPORT_LIMITS.maxPdfPages.toLocaleString('en-IN')} that can be imported: extract the pages with the question and the reply into a smaller PDF, or ${PASTE}.`,
  }),
  zipBomb: (fileName: string): ImportProblem => ({
    kind: 'zip-bomb',
    message: `“${fileName}” would unpack to far more data than any real Word document (a sign of a damaged or malicious file), so it was not opened: ask for the original document, or ${PASTE}.`,
  }),
} as const;
