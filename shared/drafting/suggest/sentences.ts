/**
 * The sentence of a reply around an offset, for quoting a claim. A sentence ends at a line break
 * or at ". " followed by a capital, digit or bracket, so "F.I.R has been registered" stays whole.
 */
export function sentenceAround(text: string, index: number): { start: number; end: number; text: string } {
  const isEnd = (i: number): boolean => {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== '.' && ch !== '?' && ch !== '!') return false;
    let j = i + 1;
    if (j >= text.length) return true;
    if (!/\s/.test(text[j] ?? '')) return false;
    while (j < text.length && /[ \t]/.test(text[j] ?? '')) j += 1;
    return j >= text.length || /[\p{Lu}\p{N}(\n]/u.test(text[j] ?? '');
  };
  let start = Math.max(0, Math.min(index, text.length));
  while (start > 0 && !isEnd(start - 1)) start -= 1;
  let end = Math.max(start, Math.min(index, text.length));
  while (end < text.length && !isEnd(end)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}
