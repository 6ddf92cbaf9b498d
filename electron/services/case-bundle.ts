import { formatDate, indianDateOf } from '../../shared/lib/dates/index.ts';
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import JSZip from 'jszip';
import type { Case } from '../../shared/domain/case.ts';
import { caseEvidence, type EvidenceFile } from '../../shared/domain/evidence.ts';
import { oneLine, renderChronologyText, renderIndexText, type IndexEntry, type IndexOmission } from '../../shared/documents/chronology.ts';
import { describeFiling } from '../../shared/domain/filing-labels.ts';
import { assertNever } from '../../shared/lib/assert-never.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readVerifiedEvidence, type EvidenceCheck } from './evidence.ts';

/**
 * One zip for an appeal hearing: the drafts as .docx, the evidence files, an index and a
 * chronology (CIC second-appeal guidelines under r.8/r.9: the documents relied on, with an
 * index, https://cic.gov.in/second-appeal-guidelines; `rti-law-and-anchors.md` feature 16).
 *
 * Layout:
 *   index.txt                 numbered list of every other file: size, SHA-256, date added, what it is
 *   chronology.txt            every dated event of the case, dd.mm.yyyy, oldest first
 *   documents/NN <name>.docx  the drafts, as the caller rendered them
 *   evidence/NN <name>        the evidence files, each re-hashed as it is added
 * NN is the file's number in the index, so a file named in a hearing is found in both.
 *
 * An evidence file whose bytes no longer match the SHA-256 taken when it was attached, or that
 * is missing, is left out and listed under NOT INCLUDED in the index (and in `omitted`).
 */

/** The whole bundle is built in memory; past this it is refused rather than risk the app. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

/** India keeps one time zone, UTC+05:30 with no daylight saving. */
const IST_OFFSET_MS = 330 * 60_000;

/** Byte-order mark: older Notepad reads UTF-8 text without it as the ANSI code page. */
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export type BundleDocument = {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** What the index says the file is; defaults to "Draft rendered as a Word document". */
  readonly description?: string;
};

export type CaseBundleArgs = {
  readonly c: Case;
  readonly workspace: string;
  readonly outPath: string;
  readonly documents: ReadonlyArray<BundleDocument>;
  /** ISO timestamp of the export. */
  readonly now: string;
  /**
   * Stops the export: checked before each evidence file, while the zip is built and before it is
   * written. A stopped export rejects with the signal's reason (as Node's own APIs and
   * `importFile` do) and writes nothing: the zip is written atomically or not at all.
   */
  readonly signal?: AbortSignal;
  /** After each evidence file and once the zip is written: steps done of `bundleSteps(c)`, and what was just added. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
};

/** The steps `exportCaseBundle` reports: one per evidence file, one for building and writing the zip. */
export function bundleSteps(c: Case): number {
  return caseEvidence(c).length + 1;
}

export type CaseBundleOutcome = {
  /** The file written (".zip" is added if `outPath` lacks it). */
  readonly path: string;
  /** Files in the zip, index.txt and chronology.txt included. */
  readonly entries: number;
  /** Evidence files left out, and why. */
  readonly omitted: ReadonlyArray<IndexOmission>;
};

type Entry = { readonly path: string; readonly bytes: Uint8Array; readonly addedAt: string; readonly description: string };

export async function exportCaseBundle(args: CaseBundleArgs): Promise<Result<CaseBundleOutcome, string>> {
  const preparedOn = indianDateOf(args.now);
  if (preparedOn === null) return err(`The time of export (${JSON.stringify(args.now)}) is not an ISO timestamp.`);
  const c = args.c;

  const chronology = withBom(new TextEncoder().encode(renderChronologyText(c, preparedOn)));
  const entries: Entry[] = [{
    path: 'chronology.txt',
    bytes: chronology,
    addedAt: args.now,
    description: `Chronology of events in the case, from the case record (${formatDate(preparedOn)})`,
  }];
  let total = chronology.length;

  for (const doc of args.documents) {
    const number = entries.length + 1;
    entries.push({
      path: `documents/${numbered(number, doc.fileName, '.docx')}`,
      bytes: doc.bytes,
      addedAt: args.now,
      description: doc.description?.trim() || 'Draft rendered as a Word document',
    });
    total += doc.bytes.length;
  }

  const { signal } = args;
  const steps = bundleSteps(c);
  let step = 0;
  signal?.throwIfAborted();
  const omitted: IndexOmission[] = [];
  for (const file of caseEvidence(c)) {
    signal?.throwIfAborted();
    if (total + file.size > MAX_BUNDLE_BYTES) {
      return err(`The bundle would be larger than ${MAX_BUNDLE_BYTES / (1024 * 1024)} MB; export fewer evidence files.`);
    }
    const read = await readVerifiedEvidence(args.workspace, c.id, file);
    step += 1;
    args.onProgress?.(step, steps, file.originalName);
    if (read.bytes === null || read.check.kind !== 'ok') {
      omitted.push({ name: `"${file.originalName}" (${file.fileName}, attached ${formatDate(file.addedAt)})`, reason: omissionReason(file, read.check) });
      continue;
    }
    const number = entries.length + 1;
    entries.push({
      path: `evidence/${numbered(number, file.originalName, extname(file.fileName))}`,
      bytes: read.bytes,
      addedAt: file.addedAt,
      description: evidenceDescription(c, file),
    });
    total += read.bytes.length;
  }

  const indexed: IndexEntry[] = entries.map((entry) => ({
    path: entry.path,
    size: entry.bytes.length,
    sha256: createHash('sha256').update(entry.bytes).digest('hex'),
    addedAt: entry.addedAt,
    description: entry.description,
  }));
  const index = withBom(new TextEncoder().encode(renderIndexText({ caseTitle: c.title, preparedOn, entries: indexed, omitted })));

  // jszip writes the DOS time fields from the UTC parts of the date (ZipFileWorker.js), and
  // unzip tools read them as local time: shifting by IST makes them show the time in India.
  const stamp = new Date(Date.parse(args.now) + IST_OFFSET_MS);
  const zip = new JSZip();
  zip.file('index.txt', index, { date: stamp, binary: true, createFolders: false });
  for (const entry of entries) {
    // Word files, PDFs and images are compressed already: deflating them again costs seconds
    // for a few bytes (measured: 189 MB of evidence took 11.6 s with DEFLATE, 3.2 s stored).
    const compression = entry.path.toLowerCase().endsWith('.txt') ? 'DEFLATE' : 'STORE';
    zip.file(entry.path, entry.bytes, { date: stamp, binary: true, createFolders: false, compression });
  }

  const path = args.outPath.toLowerCase().endsWith('.zip') ? args.outPath : `${args.outPath}.zip`;
  try {
    const bytes = await generateZip(zip, signal);
    // The last moment a stop is honoured: once the atomic write begins, it completes.
    signal?.throwIfAborted();
    await writeFileAtomic(path, bytes);
  } catch (e) {
    signal?.throwIfAborted();
    return err(`The bundle could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
  args.onProgress?.(steps, steps, basename(path));
  return ok({ path, entries: entries.length + 1, omitted });
}

/**
 * `zip.generateAsync`, stoppable: the same stream and the same concatenation as jszip's own
 * `accumulate` (lib/stream/StreamHelper.js), paused and dropped when the signal aborts, so a
 * stop during a long build (hundreds of MB of evidence) does not wait for the zip to finish.
 */
function generateZip(zip: JSZip, signal: AbortSignal | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const chunks: Uint8Array[] = [];
    const helper = zip.generateInternalStream({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
    const onAbort = (): void => {
      helper.pause();
      chunks.length = 0;
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => { signal?.removeEventListener('abort', onAbort); };
    helper
      .on('data', (chunk) => { chunks.push(chunk); })
      .on('error', (e) => { settle(); reject(e); })
      .on('end', () => {
        settle();
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

function omissionReason(file: EvidenceFile, check: EvidenceCheck): string {
  switch (check.kind) {
    case 'ok':
      return 'it could not be read whole.';
    case 'missing':
      return 'the file is missing from the case\'s evidence folder.';
    case 'mismatch':
      return `the file has changed since it was attached: it was ${file.size} bytes with SHA-256 ${file.sha256}, it is now ${check.size} bytes${check.sha256 ? ` with SHA-256 ${check.sha256}` : ''}.`;
    case 'unreadable':
      return `the file could not be read (${check.message}).`;
    default:
      return assertNever(check, 'Unknown evidence check');
  }
}

function evidenceDescription(c: Case, file: EvidenceFile): string {
  const filing = file.filingId === null ? null : c.filings.find((f) => f.id === file.filingId) ?? null;
  const parts = [`Evidence: "${oneLine(file.originalName)}"`];
  if (filing) parts.push(`for ${describeFiling(filing)}`);
  const note = oneLine(file.note);
  return `${parts.join(' ')}${note ? `. ${note}` : ''}. Content matches the SHA-256 recorded when it was attached.`;
}

/**
 * "03 Reply from CPIO.pdf": the index number, then the name with the characters Windows forbids
 * and control characters replaced, shortened to keep paths well under Windows' 260 characters.
 * The number prefix also keeps reserved names (CON, NUL, ...) from standing alone.
 */
export function numbered(number: number, name: string, fallbackExtension: string): string {
  // Only the last path segment: a name like "../../x.docx" must not even look like a path.
  const cleaned = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const ext = extname(cleaned);
  const safeExt = /^\.[A-Za-z0-9]{1,8}$/.test(ext) ? ext : '';
  // Cut by code points, so a Devanagari or emoji name is never split inside a character.
  let stem = Array.from(safeExt ? cleaned.slice(0, -safeExt.length) : cleaned).slice(0, 80).join('').replace(/[. ]+$/, '');
  if (!stem) stem = 'file';
  return `${String(number).padStart(2, '0')} ${stem}${safeExt || fallbackExtension}`;
}

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(UTF8_BOM.length + bytes.length);
  out.set(UTF8_BOM, 0);
  out.set(bytes, UTF8_BOM.length);
  return out;
}
