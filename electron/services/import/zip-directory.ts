import { createInflateRaw } from 'node:zlib';
import { err, ok, type Result } from '../../../shared/lib/result.ts';

/**
 * Reads a ZIP's central directory without inflating anything, so a .docx can be judged
 * (is it Word? are its declared sizes sane?) before a single byte is decompressed.
 * Layout per PKWARE APPNOTE.TXT 6.3.10: §4.3.16 end of central directory record,
 * §4.3.14–15 Zip64 end record and locator, §4.3.12 central directory header,
 * §4.5.3 Zip64 extended information extra field, §4.3.7 local file header.
 */

export type ZipEntry = {
  readonly name: string;
  /** General purpose bit flag; bit 0 set means the entry is encrypted (APPNOTE §4.4.4). */
  readonly flags: number;
  /** 0 stored, 8 deflated (APPNOTE §4.4.5); .docx writers use nothing else. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
/** More entries than any real .docx has (a long report with images has a few hundred). */
const MAX_ENTRIES = 20_000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  // Anything past 2^53 is not a real offset or size in a file we have read into memory.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

function findEndRecord(dv: DataView): number {
  const lowest = Math.max(0, dv.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = dv.byteLength - EOCD_SIZE; at >= lowest; at -= 1) {
    if (dv.getUint32(at, true) === SIG_EOCD) return at;
  }
  return -1;
}

type Directory = { readonly offset: number; readonly size: number; readonly count: number };

function locateDirectory(dv: DataView): Result<Directory, string> {
  const eocd = findEndRecord(dv);
  if (eocd < 0) return err('no end of central directory record');
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === U16_MAX || size === U32_MAX || offset === U32_MAX) && locator >= 0 && dv.getUint32(locator, true) === SIG_ZIP64_LOCATOR) {
    const zip64 = u64(dv, locator + 8);
    if (zip64 + 56 > dv.byteLength || dv.getUint32(zip64, true) !== SIG_ZIP64_EOCD) return err('bad Zip64 end record');
    count = u64(dv, zip64 + 32);
    size = u64(dv, zip64 + 40);
    offset = u64(dv, zip64 + 48);
  }
  if (offset + size > dv.byteLength) return err('central directory lies outside the file');
  return ok({ offset, size, count });
}

/** Sizes and offset from the Zip64 extra field, present only for the fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(dv: DataView, start: number, end: number, fields: { uncompressed: number; compressed: number; offset: number }): void {
  let at = start;
  while (at + 4 <= end) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const stop = Math.min(end, p + length);
      if (fields.uncompressed === U32_MAX && p + 8 <= stop) { fields.uncompressed = u64(dv, p); p += 8; }
      if (fields.compressed === U32_MAX && p + 8 <= stop) { fields.compressed = u64(dv, p); p += 8; }
      if (fields.offset === U32_MAX && p + 8 <= stop) { fields.offset = u64(dv, p); }
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the central directory, or why it cannot be read. */
export function readZipDirectory(bytes: Uint8Array): Result<ZipEntry[], string> {
  const dv = view(bytes);
  const located = locateDirectory(dv);
  if (!located.ok) return located;
  const { offset, size, count } = located.value;
  if (count > MAX_ENTRIES) return err(`${count} entries`);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  const end = offset + size;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || dv.getUint32(at, true) !== SIG_CENTRAL) return err(`central directory entry ${i} is damaged`);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return err(`central directory entry ${i} runs past the directory`);
    const fields = {
      compressed: dv.getUint32(at + 20, true),
      uncompressed: dv.getUint32(at + 24, true),
      offset: dv.getUint32(at + 42, true),
    };
    applyZip64Extra(dv, at + 46 + nameLength, at + 46 + nameLength + extraLength, fields);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      compressedSize: fields.compressed,
      uncompressedSize: fields.uncompressed,
      localHeaderOffset: fields.offset,
    });
    at = next;
  }
  return ok(entries);
}

/** The entry's compressed bytes, found through its local header (whose extra field may differ in length). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Result<Uint8Array, string> {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || dv.getUint32(at, true) !== SIG_LOCAL) return err(`local header of ${entry.name} is missing`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return err(`${entry.name} runs past the end of the file`);
  return ok(bytes.subarray(start, end));
}

export type InflateCheck = { readonly kind: 'ok' } | { readonly kind: 'longer-than-declared' } | { readonly kind: 'damaged'; readonly detail: string };

/**
 * Inflates an entry only to count its bytes, throwing each chunk away, and stops the moment
 * the output passes the declared size: a lying header cannot make us hold more than one chunk.
 */
export async function checkInflatedSize(bytes: Uint8Array, entry: ZipEntry): Promise<InflateCheck> {
  const data = entryData(bytes, entry);
  if (!data.ok) return { kind: 'damaged', detail: data.error };
  if (entry.method === 0) {
    return entry.compressedSize === entry.uncompressedSize ? { kind: 'ok' } : { kind: 'damaged', detail: `${entry.name}: stored sizes differ` };
  }
  if (entry.method !== 8) return { kind: 'damaged', detail: `${entry.name}: compression method ${entry.method}` };
  return new Promise<InflateCheck>((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    const settle = (result: InflateCheck): void => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(result);
    };
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > entry.uncompressedSize) settle({ kind: 'longer-than-declared' });
    });
    inflater.on('error', (e: Error) => settle({ kind: 'damaged', detail: `${entry.name}: ${e.message}` }));
    inflater.on('end', () => settle(total === entry.uncompressedSize ? { kind: 'ok' } : { kind: 'damaged', detail: `${entry.name}: ${total} bytes, ${entry.uncompressedSize} declared` }));
    inflater.end(data.value);
  });
}
