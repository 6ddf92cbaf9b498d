/**
 * Meaning-preserving rewrites of a question-and-answer text: what a different extraction tool
 * (PDF to Markdown, `pdftotext -layout`, a CSV export) or another day's typing would make of the
 * same reply (corpus/README.md; parliament-procedure.md §3.1-3.3, §5.1). The metamorphic check
 * (`metamorphic.ts`) runs the analyser on a corpus text and on each rewrite of it: the part labels
 * and statuses must not move. Every transform is deterministic given its random source, and leaves
 * a text it does not apply to unchanged (so "applied to" can be counted).
 */

export type Rng = () => number;

export type Transform = {
  readonly name: string;
  /** What the rewrite imitates, for the report. */
  readonly imitates: string;
  readonly apply: (text: string, rng: Rng) => string;
};

/** mulberry32, seeded from a string: the same text and transform always give the same rewrite. */
export function seededRng(seed: string): Rng {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length) % xs.length] as T;

const LINES = (t: string): string[] => t.split('\n');

/** The ANSWER marker line as the corpus writes it: "ANSWER", "**ANSWER**", "### ANSWER", "Answer given by the minister". */
const ANSWER_RE = /^([\s#*]*)(ANSWER|Answer given by the minister|Answer)([\s*:]*)$/;

/** Index of the ANSWER line, else of the first minister line after the question, else -1. */
export function answerLineIndex(lines: readonly string[]): number {
  const a = lines.findIndex((l) => ANSWER_RE.test(l));
  if (a >= 0) return a;
  const q = lines.findIndex((l) => /\?\s*\**\s*$/.test(l));
  return lines.findIndex((l, i) => i > q && /^[\s*#]*(?:THE\s+)?(?:MINISTER|DEPUTY MINISTER|PRIME MINISTER)\b/i.test(l));
}

/**
 * A combined text split where its reply begins, as a user would paste the two halves: the ANSWER line
 * (or minister line) opens the reply. With `bodyOnly`, the reply is the body alone: the ANSWER line,
 * the minister's designation and name left out (what a user copies from the reply's first label on).
 */
export function splitQuestionReply(text: string, bodyOnly: boolean): { question: string; reply: string } | null {
  const lines = LINES(text);
  const k = answerLineIndex(lines);
  if (k < 0) return null;
  const question = lines.slice(0, k).join('\n');
  let from = k;
  if (bodyOnly) {
    // Skip to the first line opening with a label, or the first ordinary sentence after the name.
    const label = lines.findIndex((l, i) => i >= k && /^[\s*#]*\(?[a-z]\)/i.test(l.replace(/^[\s*#]*(?:THE\s+)?MINISTER[^(]*\([^)]*\)\s*/i, '')));
    if (label < 0) return null;
    from = label;
    const inline = /^([\s*#]*(?:THE\s+)?MINISTER[^(]*\([^)]*\)\s*)\(?[a-z]\)/i.exec(lines[label] ?? '');
    if (inline) return { question, reply: [(lines[label] ?? '').slice(inline[1]?.length ?? 0), ...lines.slice(label + 1)].join('\n') };
  }
  return { question, reply: lines.slice(from).join('\n') };
}

// ---------------------------------------------------------------------------------------------
// Markup

function stripMarkdown(t: string): string {
  return t
    .replace(/^\{\d+\}-{3,}[ \t]*\n?/gm, '')
    .replace(/\*\*/g, '')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\\([*_#])/g, '$1')
    .replace(/<\/?sup>/g, '')
    .replace(/(^|\s)_([^_\n]+)_(?=[\s.,;:]|$)/g, '$1$2');
}

/** A label group at a line start: "(a)", "(a) to (c):", "(a), (b) & (c):-". */
const LINE_LABEL = /^(\s*)(\(?[a-zA-Z]\)(?:\s*(?:,\s*and|,|&|and|to|-|–)\s*\(?[a-zA-Z]\))*\s*[:.\-–]*)/;

function addMarkdown(t: string, rng: Rng): string {
  const lines = LINES(t);
  const a = answerLineIndex(lines);
  const out: string[] = [];
  let pageMarked = false;
  lines.forEach((line, i) => {
    if (line.includes('**') || /^\s*#/.test(line)) {
      out.push(line);
      return;
    }
    const trimmed = line.trim();
    let l = line;
    const lab = LINE_LABEL.exec(line);
    if (lab && lab[2] && /[a-z]\)/i.test(lab[2])) l = `${lab[1] ?? ''}**${lab[2].trimEnd()}** ${line.slice(lab[0].length).trimStart()}`.trimEnd();
    else if (i === a) l = `**${trimmed}**`;
    else if (trimmed.length > 3 && trimmed.length < 120 && /[A-Z]{3}/.test(trimmed) && trimmed === trimmed.toUpperCase() && !/^\*/.test(trimmed)) {
      l = pick(rng, ['## ', '### ', '**']) === '**' ? `**${trimmed}**` : `## ${trimmed}`;
    } else l = l.replace(/^(\s*)\*(\d+\.)/, '$1\\*$2');
    // A page marker where the pdf-to-markdown tool starts a new page: at a blank line after the answer.
    if (!pageMarked && i > a && a >= 0 && trimmed === '' && i > a + 3 && rng() < 0.5) {
      out.push('', '{1}------------------------------------------------', '');
      pageMarked = true;
    }
    out.push(l);
  });
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Line layout

/**
 * Wrap every long line at `width` columns as pdftotext -layout does. With `hyphenate`, a long word at
 * the break is split with a hyphen ("implemen-" / "tation") as a typeset PDF hyphenates it.
 */
function wrapLines(t: string, rng: Rng, opts: { hyphenate: boolean; indent: boolean }): string {
  const width = 70 + Math.floor(rng() * 21);
  const out: string[] = [];
  for (const line of LINES(t)) {
    if (line.length <= width) {
      out.push(opts.indent && line.trim() !== '' ? `    ${line}` : line);
      continue;
    }
    const lead = /^\s*/.exec(line)?.[0] ?? '';
    const lab = LINE_LABEL.exec(line);
    // Continuation lines hang under the text after a label, as a laid-out PDF prints them.
    const hang = opts.indent ? ' '.repeat(Math.min(12, lab ? lab[0].length + 1 : lead.length + 4)) : '';
    const words = line.trim().split(/ +/);
    let cur = opts.indent ? `    ${lead}` : lead;
    let first = true;
    const flush = (): void => {
      out.push(cur.trimEnd());
      cur = hang;
      first = false;
    };
    for (const w of words) {
      const sep = cur.trim() === '' ? '' : ' ';
      if ((cur + sep + w).length <= width) {
        cur += sep + w;
        continue;
      }
      const room = width - cur.length - sep.length - 1;
      if (opts.hyphenate && /^[a-z]{8,}[,;.]?$/.test(w) && room >= 3 && w.length - room >= 3 && rng() < 0.7) {
        cur += `${sep}${w.slice(0, room)}-`;
        flush();
        cur += w.slice(room);
        continue;
      }
      if (cur.trim() !== '') flush();
      cur += w;
    }
    if (cur.trim() !== '' || first) out.push(cur.trimEnd());
  }
  return out.join('\n');
}

function indentLines(t: string, rng: Rng): string {
  const n = 2 + Math.floor(rng() * 8);
  return LINES(t).map((l) => (l.trim() === '' ? l : ' '.repeat(n) + l)).join('\n');
}

const collapseBlankLines = (t: string): string => t.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n');
const doubleBlankLines = (t: string): string => t.replace(/\n/g, '\n\n');
const crlf = (t: string): string => t.replace(/\r?\n/g, '\r\n');
const trailingSpaces = (t: string, rng: Rng): string => LINES(t).map((l) => l + ' '.repeat(Math.floor(rng() * 4))).join('\n');

function nbsp(t: string, rng: Rng): string {
  // Non-breaking spaces after labels, after honorifics, and here and there in running text.
  return t
    .replace(/(\([a-z]\)) /g, '$1\u00a0')
    .replace(/\b(SHRI|Shri|SMT\.|Smt\.|DR\.|Dr\.) /g, '$1\u00a0')
    .replace(/ /g, (s) => (rng() < 0.08 ? '\u00a0' : s));
}

function tabsAfterLabels(t: string): string {
  return t.replace(/^(\s*\([a-z]\)(?:\s*(?:to|&|and|-)\s*\([a-z]\))*\s*:?)[ ]+/gm, '$1\t');
}

// ---------------------------------------------------------------------------------------------
// Characters

const curlyQuotes = (t: string): string =>
  t.replace(/(^|[\s(])"/g, '$1\u201c').replace(/"/g, '\u201d').replace(/(^|[\s(])'/g, '$1\u2018').replace(/'/g, '\u2019');
const straightQuotes = (t: string): string => t.replace(/[\u2018\u2019`]/g, "'").replace(/[\u201c\u201d]/g, '"');

const DEVANAGARI_LINE = /^[^\n]*[\u0900-\u097f][^\n]*$/;

function hindiInsert(t: string): string {
  const lines = LINES(t);
  const a = answerLineIndex(lines);
  const out: string[] = [];
  lines.forEach((l, i) => {
    const trimmed = l.trim().replace(/\*/g, '');
    if (i === 0) out.push('भारत सरकार');
    if (/^(?:#+\s*)?LOK\s*SABHA\b/i.test(trimmed) && trimmed.length < 40) out.push('लोक सभा');
    if (/^(?:#+\s*)?RAJYA\s*SABHA\b/i.test(trimmed) && trimmed.length < 40) out.push('राज्य सभा');
    if (i === a && ANSWER_RE.test(l)) out.push('उत्तर');
    if (/be pleased to state/i.test(l)) out.push('क्या मंत्री यह बताने की कृपा करेंगे:');
    out.push(l);
    if (i === a + 1 && /MINISTER/i.test(l)) out.push('(श्री मंत्री)');
  });
  return out.join('\n');
}

function hindiRemove(t: string): string {
  return LINES(t)
    .filter((l) => !(DEVANAGARI_LINE.test(l) && l.replace(/[\u0900-\u097f\s\u0964\u0965()*,.:-]/g, '').length === 0))
    .map((l) => l.replace(/[ \t]*[\u0900-\u097f][\u0900-\u097f\s\u0964\u0965ʞũ]*[\u0900-\u097f]?/g, ' ').replace(/ {2,}(?=\S)/g, (s) => (/^\s*$/.test(s) ? s : ' ')))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Page debris

/** Insert a page header or footer line at a line break in the middle of the reply (mid-paragraph if wrapped). */
function pageBreak(make: (page: number) => readonly string[]): (t: string, rng: Rng) => string {
  return (t, rng) => {
    const lines = LINES(t);
    const a = answerLineIndex(lines);
    if (a < 0 || lines.length - a < 4) return t;
    const at = a + 2 + Math.floor(rng() * (lines.length - a - 2));
    return [...lines.slice(0, at), ...make(2), ...lines.slice(at)].join('\n');
  };
}

// ---------------------------------------------------------------------------------------------
// Labels

/** Rewrite every label group at a line start, or inline after a sentence end, with `render`. */
function relabel(t: string, render: (labels: readonly string[], tail: string, written: string) => string): string {
  // A label group: "(a)", "(a) to (c)", "(a), (b) & (c)", "(a)-(b)", then any ":" / ":-" / ".".
  const GROUP = /(^|\n[ \t*#]*|[.;:?!][ \t*]+)(\*{0,2})\(([a-z])\)((?:\s*(?:,\s*and|,|&|and|to|-|–)\s*\([a-z]\))*)(\*{0,2})([ \t]*[:.\-–]*)/g;
  return t.replace(GROUP, (_m, pre: string, b1: string, first: string, rest: string, b2: string, tail: string) => {
    const labels = [first];
    for (const m of rest.matchAll(/(,\s*and|,|&|and|to|-|–)\s*\(([a-z])\)/g)) {
      const sep = m[1] ?? '';
      const l = m[2] ?? '';
      const prev = labels[labels.length - 1] ?? 'a';
      if (sep === 'to' || sep === '-' || sep === '–') {
        for (let c = prev.charCodeAt(0) + 1; c < l.charCodeAt(0); c++) labels.push(String.fromCharCode(c));
      }
      labels.push(l);
    }
    return `${pre}${b1}${render(labels, tail, `(${first})${rest}`)}${b2}`;
  });
}

const contiguous = (ls: readonly string[]): boolean => ls.every((l, i) => i === 0 || l.charCodeAt(0) === (ls[i - 1] ?? '').charCodeAt(0) + 1);

function listed(ls: readonly string[], last: string): string {
  const p = ls.map((l) => `(${l})`);
  return p.length === 1 ? (p[0] ?? '') : `${p.slice(0, -1).join(', ')} ${last} ${p[p.length - 1] ?? ''}`;
}

const groupAmp = (t: string): string => relabel(t, (ls, tail) => `${listed(ls, '&')}${tail}`);
const groupAnd = (t: string): string => relabel(t, (ls, tail) => `${listed(ls, 'and')}${tail}`);
const groupDash = (t: string): string => relabel(t, (ls, tail) => (ls.length > 1 && contiguous(ls) ? `(${ls[0] ?? ''})-(${ls[ls.length - 1] ?? ''})` : listed(ls, '&')) + tail);
const groupToSpaceColon = (t: string): string => relabel(t, (ls, tail) => (ls.length > 1 && contiguous(ls) ? `(${ls[0] ?? ''}) to (${ls[ls.length - 1] ?? ''})` : listed(ls, '&')) + (/:/.test(tail) ? ' :' : tail));
/** "(a):" -> "(a).", "(a)" -> "(a)." */
const labelDot = (t: string): string => relabel(t, (_ls, tail, written) => `${written}${/[:.]/.test(tail) ? tail.replace(/:-?/, '.') : `.${tail}`}`);
/** "(a)" -> "(A)" in label groups. */
const labelUpper = (t: string): string => relabel(t, (_ls, tail, written) => written.toUpperCase() + tail);
/** "(a)" -> "a)" at line starts (a bare label, as some typists write it). */
function labelBare(t: string): string {
  return t.replace(/^([ \t]*\**)\(([a-z])\)((?:\s*(?:,|&|and|to|-)\s*\([a-z]\))*)/gm, (_m, pre: string, l: string, rest: string) =>
    `${pre}${l})${rest.replace(/\(([a-z])\)/g, '$1)')}`);
}

/** Put each question part and reply segment on one line with the next, as a CSV export does. */
function inlineParts(t: string): string {
  return stripMarkdown(t).replace(/([;:.?])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\(?[a-z]\))/g, '$1 ');
}

// ---------------------------------------------------------------------------------------------
// Header and minister line

function answerVariant(v: string): (t: string) => string {
  return (t) => {
    const lines = LINES(t);
    const k = lines.findIndex((l) => /^([\s#*]*)ANSWER([\s*]*)$/.test(l));
    if (k < 0) return t;
    lines[k] = (lines[k] ?? '').replace('ANSWER', v);
    return lines.join('\n');
  };
}

function titleWords(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())
    .replace(/\b(Of|And|In|For|The|To|On)\b/g, (w, _x, off: number) => (off === 0 ? w : w.toLowerCase()));
}

/** The minister's designation and name after ANSWER, in title case. */
function ministerTitleCase(t: string): string {
  const lines = LINES(t);
  const a = answerLineIndex(lines);
  if (a < 0) return t;
  for (let i = a; i < Math.min(lines.length, a + 8); i++) {
    const l = lines[i] ?? '';
    if (/^\s*\(?[a-z]\)/i.test(l.replace(/^[\s*#]*(?:THE\s+)?MINISTER[^(]*\([^)]*\)\s*/i, '')) && i > a && !/MINISTER/.test(l)) break;
    const m = /^([\s*#]*)((?:THE\s+)?(?:MINISTER|DEPUTY MINISTER|PRIME MINISTER)[^a-z]*?|\((?:SHRI|SMT|DR|PROF|SUSHRI|KUMARI)[^a-z]*\))(\s*\**\s*)$/.exec(l)
      ?? /^([\s*#]*)((?:THE\s+)?(?:MINISTER|DEPUTY MINISTER)[^a-z]*?\([^)]*\))(.*)$/.exec(l);
    if (m) lines[i] = `${m[1] ?? ''}${titleWords(m[2] ?? '')}${m[3] ?? ''}`;
  }
  return lines.join('\n');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** The "answered on" date of the header, rewritten in another of the forms the Houses print. */
function dateVariant(render: (d: number, m: number, y: number) => string): (t: string) => string {
  const months = 'january|february|march|april|may|june|july|august|september|october|november|december';
  const RE = new RegExp(String.raw`\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{1,2})\s*(?:<sup>)?(?:st|nd|rd|th|ST|ND|RD|TH)?(?:</sup>)?\s*(${months}),?\s*(\d{4})\b|\b(${months})\s+(\d{1,2}),?\s*(\d{4})\b`, 'gi');
  return (t) => {
    // Only dates in answer-date lines ("TO BE ANSWERED ON ...", "(ANSWERED ON ...)", "FOR ... 2025").
    return t.replace(/^.*\b(?:answered\s+on|for answer on|date of answer)\b.*$/gim, (line) =>
      line.replace(RE, (m, d1?: string, m1?: string, y1?: string, d2?: string, mn2?: string, y2?: string, mn3?: string, d3?: string, y3?: string) => {
        const idx = (n: string): number => MONTH_NAMES.findIndex((x) => x.toLowerCase() === n.toLowerCase()) + 1;
        const [d, mo, y] = d1 ? [Number(d1), Number(m1), Number(y1)] : d2 ? [Number(d2), idx(mn2 ?? ''), Number(y2)] : [Number(d3), idx(mn3 ?? ''), Number(y3)];
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? render(d, mo, y) : m;
      }));
  };
}
const two = (n: number): string => String(n).padStart(2, '0');

/** The member lines' honorifics ("SHRI X:", "*79. SMT. Y:") in title case, or in capitals. */
function honorific(toUpper: boolean): (t: string) => string {
  return (t) => t.replace(/^([\s*\\†]*(?:\d+\s*\.\s*)?\**)(SHRI|Shri|SMT\.?|Smt\.?|DR\.?|Dr\.?|ADV\.?|Adv\.?|SHRIMATI|Shrimati|PROF\.?|Prof\.?)(\s+)([^:\n]{2,80}:)/gm,
    (_m, pre: string, h: string, sp: string, name: string) => {
      const hh = toUpper ? h.toUpperCase() : titleWords(h);
      const nn = toUpper ? name.toUpperCase() : titleWords(name.replace(/\*+/g, '')).replace(/\b([a-z])\b/g, (c) => c.toUpperCase());
      return `${pre}${hh}${sp}${toUpper ? nn : `${nn}`}`;
    });
}

/** A starred question's number with its asterisk ("NO. 112" -> "NO. *112", "112. SHRI" -> "*112. SHRI"). */
function starredAsterisk(t: string): string {
  if (!/\bstarred\b/i.test(t.slice(0, 1500)) || /\bunstarred\b/i.test(t.slice(0, 1500))) return t;
  return t.replace(/(\bQUESTION\s+NO\.?\s*[-:]?\s*)(\d+)/gi, '$1*$2').replace(/^([ \t]*)(\d{1,5}\.\s+(?:SHRI|SMT|DR|Shri|Smt|Dr|ADV|PROF))/gm, '$1*$2');
}
/** ... and without it. */
const unstarredAsterisk = (t: string): string => t.replace(/(\bQUESTION\s+NO\.?\s*[-:]?\s*)\*(\d+)/gi, '$1$2').replace(/^([ \t]*)(?:\\?\*)(\d{1,5}\.)/gm, '$1$2');

const questionNumberWord = (t: string): string => t.replace(/\bQUESTION\s+NO\s*\.?\s*/g, 'QUESTION NUMBER ').replace(/\bQuestion\s+No\s*\.?\s*/g, 'Question Number ');
const questionNoTitle = (t: string): string =>
  t.replace(/^(.*)\b((?:UN)?STARRED QUESTION NO\.?)/gm, (_m, pre: string, q: string) => pre + titleWords(q).replace(/ No$/, ' No.').replace(/No\.\.$/, 'No.'))
    .replace(/^([\s*#]*)(LOK SABHA|RAJYA SABHA)([\s*]*)$/gm, (_m, a: string, h: string, b: string) => a + titleWords(h) + b);

// ---------------------------------------------------------------------------------------------

export const TRANSFORMS: readonly Transform[] = [
  { name: 'strip-markdown', imitates: 'pdftotext instead of a PDF-to-Markdown tool', apply: stripMarkdown },
  { name: 'add-markdown', imitates: 'PDF-to-Markdown: **bold** labels, ## headings, {1}---- page marker', apply: addMarkdown },
  { name: 'wrap', imitates: 'pdftotext -layout line breaks at 70-90 columns', apply: (t, r) => wrapLines(t, r, { hyphenate: false, indent: false }) },
  { name: 'wrap-hyphen', imitates: 'typeset hyphenation at line ends ("implemen-/tation")', apply: (t, r) => wrapLines(t, r, { hyphenate: true, indent: false }) },
  { name: 'wrap-indent', imitates: 'pdftotext -layout: indented, hanging continuation lines', apply: (t, r) => wrapLines(t, r, { hyphenate: true, indent: true }) },
  { name: 'indent', imitates: 'every line indented', apply: indentLines },
  { name: 'collapse-blank-lines', imitates: 'blank lines dropped', apply: collapseBlankLines },
  { name: 'double-blank-lines', imitates: 'a blank line after every line', apply: doubleBlankLines },
  { name: 'crlf', imitates: 'Windows line endings', apply: crlf },
  { name: 'trailing-spaces', imitates: 'spaces left at line ends', apply: trailingSpaces },
  { name: 'nbsp', imitates: 'non-breaking spaces (Word, HTML)', apply: nbsp },
  { name: 'tab-after-label', imitates: 'a tab between label and text', apply: tabsAfterLabels },
  { name: 'curly-quotes', imitates: 'typographic quotes', apply: curlyQuotes },
  { name: 'straight-quotes', imitates: 'plain quotes', apply: straightQuotes },
  { name: 'page-footer-dash', imitates: 'page number line "- 2 -" mid-reply', apply: pageBreak((p) => ['', `- ${p} -`, '']) },
  { name: 'page-footer-of', imitates: 'page footer "Page 2 of 3" mid-reply', apply: pageBreak((p) => [`Page ${p} of 3`]) },
  { name: 'page-break-wrapped', imitates: 'wrapped text with "Page 2 of 3" mid-sentence', apply: (t, r) => pageBreak((p) => [`Page ${p} of 3`])(wrapLines(t, r, { hyphenate: false, indent: false }), r) },
  { name: 'page-footer-contd', imitates: '"Contd…2/-" and "P.T.O." at a page end', apply: pageBreak((p) => [`Contd…${p}/-`, 'P.T.O.', '']) },
  { name: 'hindi-insert', imitates: 'bilingual header lines (लोक सभा, उत्तर)', apply: hindiInsert },
  { name: 'hindi-remove', imitates: 'Hindi lines and words dropped', apply: hindiRemove },
  { name: 'label-dot', imitates: '"(a)." for "(a):"', apply: labelDot },
  { name: 'label-bare', imitates: '"a)" at line starts', apply: labelBare },
  { name: 'label-upper', imitates: '"(A)" for "(a)"', apply: labelUpper },
  { name: 'group-amp', imitates: '"(a), (b) & (c):"', apply: groupAmp },
  { name: 'group-and', imitates: '"(a), (b) and (c):"', apply: groupAnd },
  { name: 'group-dash', imitates: '"(a)-(c):"', apply: groupDash },
  { name: 'group-to-space-colon', imitates: '"(a) to (c) :"', apply: groupToSpaceColon },
  { name: 'inline-parts', imitates: 'CSV export: parts and segments run on in one paragraph', apply: inlineParts },
  { name: 'label-glued', imitates: 'no space after a label: "(a)whether", "(b)to (d):"', apply: (t) => t.replace(/^([ \t*]*\([a-z]\)\**)[ \t]+(?=[A-Za-z(])/gm, '$1') },
  { name: 'answer-spaced', imitates: '"A N S W E R"', apply: answerVariant('A N S W E R') },
  { name: 'answer-colon', imitates: '"ANSWER:"', apply: answerVariant('ANSWER:') },
  { name: 'answer-title', imitates: '"Answer"', apply: answerVariant('Answer') },
  { name: 'answer-hindi', imitates: '"उत्तर" alone for "ANSWER"', apply: answerVariant('उत्तर') },
  { name: 'minister-title-case', imitates: 'minister line in title case', apply: ministerTitleCase },
  { name: 'date-dotted', imitates: '"21.07.2023"', apply: dateVariant((d, m, y) => `${two(d)}.${two(m)}.${y}`) },
  { name: 'date-dashed', imitates: '"21-07-2023"', apply: dateVariant((d, m, y) => `${two(d)}-${two(m)}-${y}`) },
  { name: 'date-mdy', imitates: '"July 21, 2023"', apply: dateVariant((d, m, y) => `${MONTH_NAMES[m - 1] ?? ''} ${d}, ${y}`) },
  { name: 'date-ordinal', imitates: '"21st July, 2023"', apply: dateVariant((d, m, y) => `${ordinal(d)} ${MONTH_NAMES[m - 1] ?? ''}, ${y}`) },
  { name: 'honorific-title', imitates: '"Shri P P Chaudhary:" for "SHRI P P CHAUDHARY:"', apply: honorific(false) },
  { name: 'honorific-upper', imitates: '"SHRI" / "DR." in capitals', apply: honorific(true) },
  { name: 'number-asterisk', imitates: 'starred number "*112."', apply: starredAsterisk },
  { name: 'number-no-asterisk', imitates: 'starred number without "*"', apply: unstarredAsterisk },
  { name: 'question-number-word', imitates: '"QUESTION NUMBER" for "QUESTION NO."', apply: questionNumberWord },
  { name: 'question-no-title', imitates: '"Unstarred Question No." / "Lok Sabha"', apply: questionNoTitle },
  // Several at once, as one tool does them together.
  { name: 'chain-pdftotext', imitates: 'pdftotext -layout of a bilingual PDF: no markup, Hindi lines, indented wrap, footer, CRLF',
    apply: (t, r) => crlf(pageBreak((p) => [`Page ${p} of 3`])(wrapLines(hindiInsert(stripMarkdown(t)), r, { hyphenate: true, indent: true }), r)) },
  { name: 'chain-csv', imitates: 'CSV export: no markup, no Hindi, no blank lines, parts run on',
    apply: (t) => collapseBlankLines(inlineParts(hindiRemove(stripMarkdown(t)))) },
  { name: 'chain-typed', imitates: 'retyped: title-case minister, bare labels, "(a)-(c)", "July 21, 2023", "Answer:"',
    apply: (t) => answerVariant('Answer:')(dateVariant((d, m, y) => `${MONTH_NAMES[m - 1] ?? ''} ${d}, ${y}`)(labelBare(groupDash(ministerTitleCase(stripMarkdown(t)))))) },
];
