/**
 * Builds real files for the import tests in a temporary folder: PDFs written by LibreOffice,
 * encrypted by qpdf, scanned pages, hand-written PDFs (PDF 32000-1 §7.5 file structure),
 * a password-protected .docx container (MS-CFB), and zip bombs built with jszip.
 * Needs the Debian packages libreoffice-writer-nogui and qpdf.
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import type { ImportedText, ImportProblem } from '../../../../../electron/services/import/import-file.ts';
import type { Result } from '../../../../../shared/lib/result.ts';

const run = promisify(execFile);

/** The text of an import that must succeed; a refusal fails the test with its reason. */
export function value(result: Result<ImportedText, ImportProblem>): ImportedText {
  if (!result.ok) throw new Error(`expected text, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** The problem of an import that must be refused; text fails the test with its start. */
export function problem(result: Result<ImportedText, ImportProblem>): ImportProblem {
  if (result.ok) throw new Error(`expected a problem, got text: ${result.value.text.slice(0, 80)}`);
  return result.error;
}

export const QA_FIXTURE = new URL('../../../../fixtures/import/rs-cowin-qa.txt', import.meta.url);

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'unanswered-import-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * `soffice --headless --convert-to`, with a private profile so parallel test files don't fight
 * over LibreOffice's user installation lock.
 */
export async function sofficeConvert(input: string, target: 'pdf' | 'docx', outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'unanswered-lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', target, '--outdir', outDir, input], { timeout: 120_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(input, extname(input))}.${target}`);
}

export async function qpdf(args: ReadonlyArray<string>): Promise<void> {
  await run('qpdf', [...args], { timeout: 60_000 });
}

/** A minimal 8-bit greyscale PNG (ISO/IEC 15948: signature, IHDR, IDAT, IEND chunks). */
export function makePng(width: number, height: number, grey: (x: number, y: number) => number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) raw[y * (width + 1) + 1 + x] = grey(x, y);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A page that looks like a scanned typed letter: dark bars where the lines of text would be. */
export function scannedLetterPng(): Buffer {
  return makePng(600, 800, (x, y) => (x > 60 && x < 540 && y > 80 && y % 30 < 12 && y < 700 ? 20 : 250));
}

/** An image-only PDF made the way an office makes one from a scan: the picture placed on a page, exported by LibreOffice. */
export async function scannedPdf(dir: string, name: string): Promise<string> {
  const png = scannedLetterPng().toString('base64');
  const fodt = join(dir, `${name}.fodt`);
  await writeFile(fodt, `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="15cm" svg:height="20cm"><draw:image><office:binary-data>${png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>
`);
  return sofficeConvert(fodt, 'pdf', dir);
}

export type HandPage = { readonly text?: ReadonlyArray<string>; readonly missing?: boolean; readonly turned?: boolean };

/**
 * A hand-written PDF 1.4: catalog, page tree, pages using the standard Helvetica font
 * (not embedded, so the reader must extract without font files), one content stream per page,
 * a classic xref table and trailer. A page marked `missing` is listed in /Kids but its object
 * is absent, as in a file whose tail was lost. `shareContent` gives every page one empty content
 * stream, for cheap very long documents.
 */
export function handWrittenPdf(pages: ReadonlyArray<HandPage>, opts: { readonly shareContent?: boolean } = {}): Buffer {
  const objects = new Map<number, string>();
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const kids: number[] = [];
  let next = 4;
  const sharedContent = opts.shareContent ? next++ : 0;
  if (sharedContent) objects.set(sharedContent, '<< /Length 0 >>\nstream\n\nendstream');
  for (const page of pages) {
    const pageId = next++;
    kids.push(pageId);
    if (page.missing) continue;
    let contentId = sharedContent;
    if (!sharedContent) {
      contentId = next++;
      // Turned a quarter turn anticlockwise, lines read bottom to top and follow one another rightwards (a landscape page).
      const place = (i: number): string => (page.turned ? `0 1 -1 0 ${72 + i * 14} 72 Tm` : `72 ${740 - i * 14} Td`);
      const lines = (page.text ?? []).map((line, i) => `BT /F1 11 Tf ${place(i)} (${escape(line)}) Tj ET`).join('\n');
      objects.set(contentId, `<< /Length ${Buffer.byteLength(lines, 'latin1')} >>\nstream\n${lines}\nendstream`);
    }
    objects.set(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
  }
  objects.set(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const size = next;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = new Map<number, number>();
  for (const id of [...objects.keys()].sort((a, b) => a - b)) {
    offsets.set(id, Buffer.byteLength(out, 'latin1'));
    out += `${id} 0 obj\n${objects.get(id) ?? ''}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id += 1) {
    const at = offsets.get(id);
    out += at === undefined ? '0000000000 00000 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * What Word writes for a password-protected .docx: not a ZIP but an OLE2 compound file
 * (MS-CFB v3, 512-byte sectors) holding the streams "EncryptionInfo" and "EncryptedPackage"
 * (MS-OFFCRYPTO §2.3.4.1). The stream contents are random, as ciphertext looks.
 */
export function encryptedDocxContainer(): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff, END = 0xfffffffe, FATSECT = 0xfffffffd, NOSTREAM = 0xffffffff;
  const infoSectors = 8; // 4096 bytes: at the mini-stream cutoff, so it lives in ordinary sectors
  const packageSectors = 16;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i += 1) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain: number[] = [FATSECT, END];
  const addChain = (first: number, count: number): void => {
    for (let i = 0; i < count; i += 1) chain[first + i] = i === count - 1 ? END : first + i + 1;
  };
  addChain(2, infoSectors);
  addChain(2 + infoSectors, packageSectors);
  chain.forEach((value, i) => fat.writeUInt32LE(value, i * 4));

  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, opts: { child?: number; right?: number; start?: number; size?: number }): void => {
    const at = index * 128;
    directory.write(`${name}\0`, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = type;
    directory[at + 67] = 1; // black
    directory.writeUInt32LE(NOSTREAM, at + 68);
    directory.writeUInt32LE(opts.right ?? NOSTREAM, at + 72);
    directory.writeUInt32LE(opts.child ?? NOSTREAM, at + 76);
    directory.writeUInt32LE(opts.start ?? END, at + 116);
    directory.writeBigUInt64LE(BigInt(opts.size ?? 0), at + 120);
  };
  entry(0, 'Root Entry', 5, { child: 1 });
  entry(1, 'EncryptionInfo', 2, { right: 2, start: 2, size: infoSectors * SECTOR });
  entry(2, 'EncryptedPackage', 2, { start: 2 + infoSectors, size: packageSectors * SECTOR });
  for (let i = 3; i < 4; i += 1) {
    directory.writeUInt32LE(NOSTREAM, i * 128 + 68);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 72);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }

  const info = Buffer.alloc(infoSectors * SECTOR);
  info.writeUInt16LE(4, 0); // Agile encryption: version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>', 8, 'latin1');
  const encrypted = Buffer.alloc(packageSectors * SECTOR);
  for (let i = 0; i < encrypted.length; i += 1) encrypted[i] = (i * 2654435761) >>> 24;
  encrypted.writeBigUInt64LE(BigInt(encrypted.length - 8), 0);
  return Buffer.concat([header, fat, directory, info, encrypted]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A .docx-shaped ZIP whose word/document.xml is `megabytes` MB of zeros: about 200 KB on disk.
 * The part is streamed into jszip a megabyte at a time, so building it never holds it whole.
 */
export async function zipBombDocx(path: string, megabytes: number): Promise<void> {
  const chunk = Buffer.alloc(1024 * 1024);
  function* zeros(): Generator<Buffer> {
    for (let i = 0; i < megabytes; i += 1) yield chunk;
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/document.xml', Readable.from(zeros()), { binary: true });
  await pipeline(zip.generateNodeStream({ streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 9 } }), createWriteStream(path));
}

/**
 * Rewrites the declared uncompressed size of one entry in the central directory (APPNOTE §4.3.12,
 * offset 24), making a bomb that lies about its size.
 */
export async function declareSize(path: string, entryName: string, declared: number): Promise<void> {
  const bytes = await readFile(path);
  const name = Buffer.from(entryName, 'utf8');
  for (let at = bytes.length - 46; at >= 0; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x02014b50 && bytes.readUInt16LE(at + 28) === name.length && bytes.subarray(at + 46, at + 46 + name.length).equals(name)) {
      bytes.writeUInt32LE(declared, at + 24);
      await writeFile(path, bytes);
      return;
    }
  }
  throw new Error(`${entryName} not found in ${path}`);
}

/** A small ZIP of the given parts, e.g. to pose as an Excel workbook. */
export async function zipOf(path: string, parts: Record<string, string>): Promise<void> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
