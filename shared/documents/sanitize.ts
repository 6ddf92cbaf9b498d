/**
 * Make arbitrary user text safe for WordprocessingML.
 *
 * XML 1.0 §2.2 (https://www.w3.org/TR/xml/#charsets) allows only
 *   #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * A single C0 control, a lone surrogate or U+FFFE/U+FFFF in `document.xml` makes the whole
 * file unreadable to Word and LibreOffice, so they are dropped here, before docx sees them.
 * Line ends are normalised to `\n` so the renderers can turn them into breaks (`w:br`).
 */
export function sanitizeText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A proper pair: a supplementary-plane character, which XML allows.
        out += value.slice(i, i + 2);
        i += 1;
      }
      continue; // lone high surrogate
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // lone low surrogate
    if (code === 0xfffe || code === 0xffff) continue;
    if (code === 0x0d) {
      out += '\n';
      if (i + 1 < value.length && value.charCodeAt(i + 1) === 0x0a) i += 1;
      continue;
    }
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) continue; // other C0 controls
    out += value.charAt(i);
  }
  return out;
}

/** True when every character of `value` may appear in an XML 1.0 document. */
export function isXmlSafe(value: string): boolean {
  return sanitizeText(value) === value.replace(/\r\n?/g, '\n');
}
