/**
 * Bytes of a plain-text file -> string, losing nothing that can be kept.
 * UTF-8 first (BOM stripped); a UTF-16 BOM is honoured (Windows Notepad's "Unicode");
 * bytes that are not valid UTF-8 are read as Windows-1252, the WHATWG Encoding Standard's
 * meaning of "latin1", so the curly quotes of an old Windows file survive.
 */

export type DecodedText = {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
};

function hasPrefix(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    return decodeUtf8OrLatin1(bytes.subarray(3));
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return decodeUtf8OrLatin1(bytes);
}

function decodeUtf8OrLatin1(bytes: Uint8Array): DecodedText {
  try {
    // ignoreBOM: a BOM was already stripped above; a second one is content, not a marker.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * True if the bytes look like a binary file rather than text: more than 1% of the first 8 KB are
 * control bytes that text never holds (NUL and the like; tab, newline, form feed, CR and ESC aside).
 * A stray NUL in an otherwise good export stays text, and its NUL is removed with a warning.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) return false;
  const head = bytes.subarray(0, 8192);
  let suspicious = 0;
  for (const b of head) {
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) suspicious += 1;
  }
  return suspicious > head.length / 100;
}
