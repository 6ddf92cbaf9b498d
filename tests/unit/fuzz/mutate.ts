import fc from 'fast-check';
import { assertNever } from '../../../shared/lib/assert-never.ts';

/**
 * Random edits of real texts, the kinds an import produces: pieces lost or doubled, lines
 * joined or broken, labels mangled, foreign characters let in, the end cut off. Positions are
 * taken modulo the text's length at the time, so any list of edits applies to any text.
 */
export type Mutation =
  | { readonly kind: 'delete'; readonly at: number; readonly len: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly len: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number; readonly len: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'upper'; readonly at: number; readonly len: number }
  | { readonly kind: 'join-lines'; readonly at: number; readonly len: number }
  | { readonly kind: 'break-lines'; readonly at: number; readonly len: number; readonly every: number };

/** Characters and fragments that break parsers: controls, lone surrogates, bidi marks, layout debris. */
export const NASTY_PIECES = [
  '\u0000', '\u0001', '\u0007', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '\uFEFF',
  '\u200B', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\u2029', '\r', '\r\n', '\t', '\n\n\n',
  '(a)', '(b) ', '(c):', '(a) to (d):', '(a) & (b):', '(क)', '(ख)', 'ANSWER', '### ANSWER\n', '**ANSWER**\n', 'उत्तर', '{1}------------------------------------------------',
  'STATEMENT REFERRED TO IN REPLY TO PARTS (a) TO (e)', 'Annexure-I', 'No, Sir.', 'Yes, Sir.', 'Does not arise.', 'under consideration',
  'State-wise', '| --- | --- |', '<sup>', '\u{1F600}', 'क्ष', 'ि', '्', 'ʞ', 'ũ', '.', ';', ':', '*', '#', '"', "'",
] as const;

export const nastyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes)),
    fc.array(fc.constantFrom(...NASTY_PIECES), { maxLength: Math.max(1, Math.floor(maxLength / 4)) }).map((xs) => xs.join('')),
  );

const pos = fc.nat();
const len = fc.nat({ max: 3000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: pos, len }),
  fc.record({ kind: fc.constant('duplicate' as const), at: pos, len }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, text: nastyText(60) }),
  fc.record({ kind: fc.constant('swap' as const), a: pos, b: pos, len }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
  fc.record({ kind: fc.constant('upper' as const), at: pos, len }),
  fc.record({ kind: fc.constant('join-lines' as const), at: pos, len }),
  fc.record({ kind: fc.constant('break-lines' as const), at: pos, len, every: fc.integer({ min: 1, max: 40 }) }),
);

export function applyMutation(text: string, m: Mutation): string {
  const n = text.length;
  const at = n === 0 ? 0 : ('at' in m ? m.at : 0) % (n + 1);
  const end = 'len' in m ? Math.min(n, at + m.len) : n;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'swap': {
      if (n === 0) return text;
      const [x, y] = [m.a % n, m.b % n].sort((p, q) => p - q) as [number, number];
      const l = Math.min(m.len, y - x, n - y);
      return text.slice(0, x) + text.slice(y, y + l) + text.slice(x + l, y) + text.slice(x, x + l) + text.slice(y + l);
    }
    case 'truncate':
      return text.slice(0, at);
    case 'upper':
      return text.slice(0, at) + text.slice(at, end).toUpperCase() + text.slice(end);
    case 'join-lines':
      return text.slice(0, at) + text.slice(at, end).replace(/\n+/g, ' ') + text.slice(end);
    case 'break-lines': {
      const words = text.slice(at, end).split(' ');
      const broken = words.map((w, i) => (i > 0 && i % m.every === 0 ? `\n${w}` : w)).join(' ');
      return text.slice(0, at) + broken + text.slice(end);
    }
    default:
      return assertNever(m, 'Unknown mutation');
  }
}

export function applyMutations(text: string, ms: ReadonlyArray<Mutation>): string {
  return ms.reduce(applyMutation, text);
}
