import { looksBinary } from './decode-text.ts';
import { isZip } from './zip-directory.ts';

/**
 * What a file is, judged by its first bytes rather than its name: a reply saved as "reply.txt"
 * may be a PDF, and "reply.docx" may be an old Word file or an encrypted one.
 */
export type Sniffed =
  | { readonly kind: 'pdf' }
  | { readonly kind: 'zip' }
  /** OLE2 compound file (MS-CFB §2.2): an old .doc/.xls, or a password-protected .docx. */
  | { readonly kind: 'ole' }
  | { readonly kind: 'rtf' }
  | { readonly kind: 'image'; readonly name: string }
  | { readonly kind: 'text' }
  | { readonly kind: 'binary' };

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const IMAGES: ReadonlyArray<{ readonly name: string; readonly magic: ReadonlyArray<number> }> = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: ascii('GIF8') },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'BMP', magic: ascii('BM') },
];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = ascii('%PDF-');
const RTF = ascii('{\\rtf');

function startsWith(bytes: Uint8Array, magic: ReadonlyArray<number>, at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes (PDF 32000-1:2008
 * Annex H, note 13 on §7.5.2), and some government scanners prepend junk, so we do too.
 */
function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF.length, 1024);
  for (let at = 0; at <= limit; at += 1) {
    if (startsWith(bytes, PDF, at)) return true;
  }
  return false;
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (findPdfHeader(bytes)) return { kind: 'pdf' };
  if (isZip(bytes)) return { kind: 'zip' };
  if (startsWith(bytes, OLE)) return { kind: 'ole' };
  if (startsWith(bytes, RTF)) return { kind: 'rtf' };
  // WebP is RIFF....WEBP.
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'image', name: 'WebP' };
  const image = IMAGES.find((candidate) => startsWith(bytes, candidate.magic));
  // "BM" is also how a text file may begin ("BMC ward reply…"): only call it an image if it is binary.
  if (image && (image.name !== 'BMP' || looksBinary(bytes))) return { kind: 'image', name: image.name };
  return looksBinary(bytes) ? { kind: 'binary' } : { kind: 'text' };
}

/**
 * Whether an OLE file is an Office document encrypted with a password: ECMA-376 Agile/Standard
 * encryption stores the real .docx as a stream named "EncryptedPackage" (MS-OFFCRYPTO §2.3.4.1);
 * directory entry names are UTF-16LE (MS-CFB §2.6.1).
 */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  const name = new Uint8Array(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name) >= 0;
}
