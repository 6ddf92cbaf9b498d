import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkInflatedSize, readZipDirectory, type ZipEntry } from '../../../../../electron/services/import/zip-directory.ts';

async function zipBytes(parts: Record<string, string>, options: JSZip.JSZipGeneratorOptions<'nodebuffer'> = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', ...options });
}

function entry(entries: ReadonlyArray<ZipEntry>, name: string): ZipEntry {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`${name} missing`);
  return found;
}

describe('readZipDirectory', () => {
  it('lists every entry with its declared sizes, without inflating', async () => {
    const xml = '<w:document>' + 'x'.repeat(10_000) + '</w:document>';
    const bytes = await zipBytes({ 'word/document.xml': xml, '[Content_Types].xml': '<Types/>' });
    const result = readZipDirectory(bytes);
    if (!result.ok) throw new Error(result.error);
    const doc = entry(result.value, 'word/document.xml');
    expect(doc.uncompressedSize).toBe(xml.length);
    expect(doc.compressedSize).toBeLessThan(200);
    expect(doc.method).toBe(8);
    expect(entry(result.value, '[Content_Types].xml').uncompressedSize).toBe(8);
  });

  it('reads a directory after an archive comment', async () => {
    const bytes = await zipBytes({ 'a.xml': '<a/>' }, { comment: 'made by a scanner '.repeat(100) });
    const result = readZipDirectory(bytes);
    expect(result.ok && result.value.map((e) => e.name)).toEqual(['a.xml']);
  });

  it('reads UTF-8 entry names', async () => {
    const result = readZipDirectory(await zipBytes({ 'media/उत्तर.xml': '<a/>' }));
    expect(result.ok && result.value.map((e) => e.name)).toContain('media/उत्तर.xml');
  });

  it('reports a file without an end-of-directory record', async () => {
    const bytes = await zipBytes({ 'a.xml': '<a/>' });
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30))).toEqual({ ok: false, error: expect.any(String) });
  });

  it('reports a directory that points outside the file', async () => {
    const bytes = await zipBytes({ 'a.xml': '<a/>' });
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(0x7fffffff, eocd + 16);
    expect(readZipDirectory(bytes).ok).toBe(false);
  });

  it('reads Zip64 sizes from the extra field when the 32-bit fields are saturated', async () => {
    const bytes = await zipBytes({ 'a.xml': '<a/>' }, { compression: 'STORE' });
    // Rewrite the central entry as Zip64: sizes 0xFFFFFFFF, real values in a 0x0001 extra field.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const nameLength = bytes.readUInt16LE(central + 28);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(5_000_000_000n, 4); // uncompressed
    extra.writeBigUInt64LE(4n, 12); // compressed
    const head = Buffer.from(bytes.subarray(central, central + 46 + nameLength));
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt16LE(extra.length, 30);
    const eocdAt = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const eocd = Buffer.from(bytes.subarray(eocdAt));
    eocd.writeUInt32LE(46 + nameLength + extra.length, 12);
    const rebuilt = Buffer.concat([bytes.subarray(0, central), head, extra, eocd]);
    const result = readZipDirectory(rebuilt);
    if (!result.ok) throw new Error(result.error);
    expect(result.value[0]).toMatchObject({ name: 'a.xml', uncompressedSize: 5_000_000_000, compressedSize: 4 });
  });
});

describe('checkInflatedSize', () => {
  it('accepts an entry whose inflated size is what it declares', async () => {
    const bytes = await zipBytes({ 'word/document.xml': 'y'.repeat(300_000) });
    const result = readZipDirectory(bytes);
    if (!result.ok) throw new Error(result.error);
    expect(await checkInflatedSize(bytes, entry(result.value, 'word/document.xml'))).toEqual({ kind: 'ok' });
  });

  it('stops as soon as an entry inflates past its declared size', async () => {
    const bytes = await zipBytes({ 'word/document.xml': 'z'.repeat(5_000_000) });
    const result = readZipDirectory(bytes);
    if (!result.ok) throw new Error(result.error);
    const doc = entry(result.value, 'word/document.xml');
    expect(await checkInflatedSize(bytes, { ...doc, uncompressedSize: 1000 })).toEqual({ kind: 'longer-than-declared' });
  });

  it('calls an entry damaged when it inflates to less than declared, or not at all', async () => {
    const bytes = await zipBytes({ 'a.xml': 'short' });
    const result = readZipDirectory(bytes);
    if (!result.ok) throw new Error(result.error);
    const a = entry(result.value, 'a.xml');
    expect((await checkInflatedSize(bytes, { ...a, uncompressedSize: 99 })).kind).toBe('damaged');
    const garbage = Buffer.from(bytes);
    const dataAt = a.localHeaderOffset + 30 + garbage.readUInt16LE(a.localHeaderOffset + 26) + garbage.readUInt16LE(a.localHeaderOffset + 28);
    deflateRawSync(Buffer.from('x')).fill(0xff).copy(garbage, dataAt);
    expect((await checkInflatedSize(garbage, a)).kind).toBe('damaged');
  });
});
