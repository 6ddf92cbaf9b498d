/**
 * Part labels as replies write them: "(a)", "a)", and groups "(a) to (d)",
 * "(a) & (b)", "(a), (b) and (c)", "(a)-(b)", "(a) to (c) and (e)"
 * (parliament-procedure.md §3.2). A small hand-written scanner, not a regex, so a
 * label run costs time linear in its own length.
 */
export type LabelGroup = {
  /** Lower-case labels in order, ranges expanded. */
  readonly labels: readonly string[];
  readonly start: number;
  /** Just past the group and any trailing ":" / ":-" / "-" and spaces. */
  readonly end: number;
};

const LETTER = /^[a-zA-Z]$/;

function skipSpaces(s: string, p: number): number {
  let i = p;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** One "(x)" or, when allowed, a bare "x)". Returns the letter and the end. */
function readLabel(s: string, p: number, allowBare: boolean): { letter: string; end: number } | null {
  let i = p;
  if (s[i] === '(') {
    i = skipSpaces(s, i + 1);
    const c = s[i] ?? '';
    if (!LETTER.test(c)) return null;
    i = skipSpaces(s, i + 1);
    if (s[i] !== ')') return null;
    return { letter: c.toLowerCase(), end: i + 1 };
  }
  if (!allowBare) return null;
  const c = s[i] ?? '';
  if (!LETTER.test(c) || s[i + 1] !== ')') return null;
  return { letter: c.toLowerCase(), end: i + 2 };
}

const SEPARATORS: readonly { text: string; range: boolean }[] = [
  { text: ', and', range: false }, { text: ', &', range: false }, { text: ',and', range: false },
  { text: 'to', range: true }, { text: 'and', range: false }, { text: '&', range: false },
  { text: ',', range: false }, { text: '/', range: false },
  { text: '-', range: true }, { text: '–', range: true }, { text: '—', range: true },
];

/**
 * Spaces and at most one line break: a group broken across lines by a narrow layout
 * ("(a) No, Sir. (b)\nto (d) Does not arise.", pdftotext -layout wrapping at 70-90 columns).
 */
function skipGap(s: string, p: number): number {
  const i = skipSpaces(s, p);
  return s[i] === '\n' ? skipSpaces(s, i + 1) : i;
}

function readSeparator(s: string, p: number): { range: boolean; end: number } | null {
  const i = skipGap(s, p);
  for (const sep of SEPARATORS) {
    if (s.startsWith(sep.text, i) || s.slice(i, i + sep.text.length).toLowerCase() === sep.text) {
      const after = i + sep.text.length;
      // Word separators must end at a word boundary ("to (b)", not "tomorrow").
      if (/[a-z]$/i.test(sep.text) && /[a-z]/i.test(s[after] ?? '')) continue;
      return { range: sep.range, end: skipGap(s, after) };
    }
  }
  return null;
}

/**
 * Read a label or label group starting exactly at `p`.
 * `allowBare` accepts "a)" for the first label (a line start in the question).
 */
export function readLabelGroup(s: string, p: number, allowBare = false): LabelGroup | null {
  const first = readLabel(s, p, allowBare);
  if (!first) return null;
  const labels: string[] = [first.letter];
  let end = first.end;
  for (let guard = 0; guard < 30; guard++) {
    const sep = readSeparator(s, end);
    if (!sep) break;
    const next = readLabel(s, sep.end, allowBare);
    if (!next) break;
    const prev = labels[labels.length - 1] ?? 'a';
    if (next.letter <= prev) return null;
    if (sep.range) {
      for (let c = prev.charCodeAt(0) + 1; c < next.letter.charCodeAt(0); c++) labels.push(String.fromCharCode(c));
    }
    labels.push(next.letter);
    end = next.end;
  }
  // A label glued to a word ("(a)bc") is not a label, except a bracketed label opening a line, where
  // extraction lost the space or tab after it ("(a)whether ...", "(b)Does not arise": pdftotext of
  // tab-aligned parts). "(a)to (g)" is handled by the separator scan.
  if (/[a-z0-9]/i.test(s[end] ?? '') && !(allowBare && s[p] === '(' && /[a-z]{2}/i.test(s.slice(end, end + 2)))) {
    return null;
  }
  let tail = skipSpaces(s, end);
  while (tail < s.length && /[:\-–—.]/.test(s[tail] ?? '') && tail - end < 4) tail++;
  return { labels, start: p, end: skipSpaces(s, tail) };
}

/** Next label after `label` ("a" -> "b"). */
export function nextLabel(label: string): string {
  return String.fromCharCode(label.charCodeAt(0) + 1);
}
