/**
 * What the user typed, as an FTS5 query: whole words, all of them required (in any order and
 * any place in the document), and "quoted words" as a phrase. Every word is quoted, so FTS5's
 * own syntax (AND, NEAR, *, :, -) in the user's text is just text.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function toFtsQuery(input: string): string | null {
  const terms = ftsTerms(input);
  return terms.length === 0 ? null : terms.join(' ');
}

/** Any of the terms: to find, within a document already matched as a whole, the pieces that show why. */
export function toFtsAnyQuery(input: string): string | null {
  const terms = ftsTerms(input);
  return terms.length === 0 ? null : terms.join(' OR ');
}

/**
 * "F.I.R", "F.I.R." and "C.B.I." are written with dots in official replies, and searched for as
 * FIR and CBI: both the index and the query join such initials into one word.
 */
export function joinInitialisms(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){1,}\p{Lu}\b\.?/gu, (m) => m.replaceAll('.', ''));
}

function ftsTerms(raw: string): string[] {
  const input = joinInitialisms(raw);
  const terms: string[] = [];
  const phrase = /"([^"]*)"?/g;
  let last = 0;
  for (let m = phrase.exec(input); m !== null; m = phrase.exec(input)) {
    terms.push(...words(input.slice(last, m.index)).map((w) => `"${w}"`));
    const inner = words(m[1] ?? '');
    if (inner.length > 0) terms.push(`"${inner.join(' ')}"`);
    last = m.index + m[0].length;
  }
  terms.push(...words(input.slice(last)).map((w) => `"${w}"`));
  return terms;
}

/** The markers the index puts around a match in a snippet; control characters no indexed text keeps. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

export type SnippetPart = { readonly text: string; readonly match: boolean };

/** A snippet with its matches marked, as plain parts the renderer shows (never as HTML). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => { if (text) parts.push({ text: text.replace(/\s+/g, ' '), match }); text = ''; };
  for (const ch of snippet) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      match = ch === MARK_OPEN;
    } else {
      text += ch;
    }
  }
  flush();
  return joinAdjacentMatches(parts);
}

/** "law enforcement agency" reads as one marked phrase, not three marked words with gaps. */
function joinAdjacentMatches(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (prev?.match && !p.match && p.text.trim() === '' && next?.match) {
      out[out.length - 1] = { text: `${prev.text}${p.text}${next.text}`, match: true };
      i++;
    } else {
      out.push(p);
    }
  }
  return out;
}
