/**
 * The reply side: where the body starts (after ANSWER and the minister's line),
 * the "A Statement is laid on the Table of the House" hand-off to the STATEMENT
 * that follows, annexures, and the lettered segments of the body
 * (parliament-procedure.md §3.2; reply-analysis.md "Input").
 */
import { eachLine, type Line } from './clean-text.ts';
import { readLabelGroup } from './labels.ts';
import { isMostlyUpper, stripNonLatin } from './text-utils.ts';

export type Segment = {
  /** The parts this segment answers; every part when the reply has no letters. */
  readonly labels: readonly string[];
  /** Where the label header begins (equals `start` for an unlettered reply). */
  readonly headerStart: number;
  readonly start: number;
  readonly end: number;
  readonly lettered: boolean;
};

export type ReplyLayout = {
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly segments: readonly Segment[];
  /** True when the reply hands off to a statement laid on the Table. */
  readonly statementPromised: boolean;
  /** True when that statement was found in the text. */
  readonly statementFound: boolean;
  /** Offset of the "statement is laid on the Table" sentence, for evidence. */
  readonly statementNotice: { start: number; end: number } | null;
};

const NAME_IN_BRACKETS = /\(\s*(?:shrimati|shri|smt|sh|dr|adv|prof|kumari|km|sushri|ms|mrs|mr|capt|col|gen|maj|sardar|sant|swami|sadhvi|thiru|kunwar|er|lt)\b\.?[^()\n]{1,80}\)/i;
const DESIGNATION = /^(?:answer\b|उत्तर|(?:the\s+)?(?:prime\s+|deputy\s+)?minister\b|(?:rajya\s+)?mantri\b)/i;
const NAME_LINE = new RegExp(`^${NAME_IN_BRACKETS.source}\\s*[.:]?$`, 'i');
const STATEMENT_LAID = /statement\s+is\s+laid\s+on\s+the\s+table/i;
const STATEMENT_HEADING = /^\s*statement\b/i;
/** "Statement referred to in reply to ..." inside a run-in paragraph, up to the end of its sentence (dates' dots aside). */
const RUN_IN_HEADING = /\bstatement\s+(?:referred\s+to|as\s+referred|in\s+reply)\b[^]{0,400}?(?:\d{4}|[a-z)\]])\s*\.(?=\s+\()/i;
const ANNEXURE_HEADING = /^\s*annex(?:ure)?\s*[-–:.]?\s*(?:[ivx]{1,5}|\d{1,2}|[a-z])?\s*[.:]?\s*$/i;

/** Where the reply proper begins, skipping the minister's designation and name. */
export function findBodyStart(text: string, from: number, to: number): number {
  // Lines are read as the scans go (eachLine): the body starts within a few lines, and a long
  // reply's every line as an object would outweigh the text itself (issue 12).
  let seen = 0;
  for (const line of eachLine(text, from, to)) {
    const t = line.text.trim();
    if (t.length === 0) continue;
    if (++seen > 10) break;
    const indent = line.text.length - line.text.trimStart().length;
    if (readLabelGroup(line.text, indent)) return line.start + indent;
    const name = NAME_IN_BRACKETS.exec(line.text.slice(0, 600));
    if (name) {
      const after = line.start + name.index + name[0].length;
      return line.text.slice(name.index + name[0].length).trim().length > 0 ? after : line.end;
    }
    if (isMostlyUpper(t) || stripNonLatin(t).length === 0) continue;
    return line.start + indent;
  }
  // Only capitals within reach: a reply typed in capitals. It starts at its first line that is not
  // the ANSWER marker, a minister's designation or a name in brackets.
  for (const l of eachLine(text, from, to)) {
    const t = l.text.trim();
    if (t.length > 0 && stripNonLatin(t).length > 0 && !DESIGNATION.test(t) && !NAME_LINE.test(t)) return l.start + (l.text.length - l.text.trimStart().length);
  }
  return from;
}

/** Find the statement laid on the Table and return where its body begins. */
function findStatement(text: string, bodyStart: number, bodyEnd: number): {
  promised: boolean; found: boolean; start: number; notice: { start: number; end: number } | null;
} {
  const window = text.slice(bodyStart, Math.min(bodyEnd, bodyStart + 1500));
  const m = STATEMENT_LAID.exec(window);
  if (!m) return { promised: false, found: false, start: bodyStart, notice: null };
  const noticeStart = bodyStart + m.index;
  const lineEnd = text.indexOf('\n', noticeStart);
  const afterNotice = lineEnd < 0 || lineEnd > bodyEnd ? bodyEnd : lineEnd;
  const notice = { start: noticeStart, end: noticeStart + m[0].length };
  const lines = eachLine(text, afterNotice, bodyEnd);
  // Read by hand, not with for-of: breaking out of for-of would close the lines, and the heading's
  // own lines are read on from there below.
  let heading: Line | null = null;
  while (heading === null) {
    const next = lines.next();
    if (next.done) break;
    if (STATEMENT_HEADING.test(next.value.text)) heading = next.value;
  }
  if (heading === null) {
    // The run-in form (a CSV export, one paragraph per reply): "(a) to (c): A Statement is laid on
    // the Table of the House. Statement referred to in reply to ... 2009. (a) & (b): The ..." The
    // statement then starts on the notice's own line, after its heading sentence.
    const sameLine = text.slice(notice.end, afterNotice);
    const heading = RUN_IN_HEADING.exec(sameLine);
    if (heading) {
      const after = notice.end + heading.index + heading[0].length;
      if (text.slice(after, bodyEnd).trim().length > 40) return { promised: true, found: true, start: after, notice };
    }
    if (sameLine.trim().length > 40) return { promised: true, found: true, start: notice.end, notice };
    const rest = text.slice(afterNotice, bodyEnd).trim();
    return { promised: true, found: rest.length > 40, start: afterNotice, notice };
  }
  // The heading runs until a blank line or a lettered line, at most six lines: the body starts at
  // the sixth line after the heading's first, or at the first blank or lettered line before it.
  let start = bodyEnd;
  let n = 0;
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const l = next.value;
    const t = l.text.trim();
    // A label after leader dots or rules only ("…….. (a) and (b): The ...") opens the body too.
    const indent = /^[\s.…·*_\-–—]*/.exec(l.text)?.[0].length ?? 0;
    if (n >= 5 || t.length === 0 || readLabelGroup(l.text, indent)) {
      start = l.start;
      break;
    }
    n++;
  }
  return { promised: true, found: text.slice(start, bodyEnd).trim().length > 0, start, notice };
}

function findAnnexure(text: string, from: number, to: number): number {
  for (const line of eachLine(text, from, to)) {
    if (line.text.trim().length < 40 && ANNEXURE_HEADING.test(line.text)) return line.start;
  }
  return to;
}

/**
 * Lettered segments: a label group at a line start, or inside a line right after
 * a sentence end ("(a) No, Sir. (b) to (d) Does not arise."). A label is used
 * once, and must belong to the question (when its labels are known).
 */
function findSegments(text: string, from: number, to: number, known: ReadonlySet<string>): Segment[] {
  type Header = { labels: readonly string[]; headerStart: number; start: number };
  const headers: Header[] = [];
  const used = new Set<string>();
  const firstLabel = [...known][0] ?? 'a';
  const accept = (labels: readonly string[]): boolean => {
    if (labels.length === 0 || labels.some((l) => used.has(l))) return false;
    if (known.size > 0 && !labels.every((l) => known.has(l))) return false;
    return true;
  };
  let atLineStart = true;
  let prevNonSpace = '';
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    const lineStart = atLineStart;
    atLineStart = false;
    if (c === '(' || (lineStart && /[a-z]/i.test(c) && text[i + 1] === ')')) {
      // The first part's label may also follow the minister's line on the same line ("... IN THE
      // MINISTRY OF STEEL (a) India became ..."): the first header of the body, opening a sentence.
      const firstOfBody = headers.length === 0 && c === '(' && text[i + 1] === firstLabel && text[i + 2] === ')';
      const inlineOk = !lineStart && (/[.;:?!)]/.test(prevNonSpace) || firstOfBody);
      if (lineStart || inlineOk) {
        const g = readLabelGroup(text, i, lineStart);
        // What follows may be on the next line: "(a) No, Sir. (b) to (d)\nDoes not arise." (a narrow layout).
        const follows = g ? /\S/.exec(text.slice(g.end, g.end + 8))?.[0] ?? '' : '';
        const hadColon = g ? /[:\-–]/.test(text.slice(i, g.end)) : false;
        // Inline headers need a colon or a capitalised sentence after them.
        if (g && (lineStart || hadColon || /[A-Z]/.test(follows)) && accept(g.labels)) {
          headers.push({ labels: g.labels, headerStart: i, start: g.end });
          for (const l of g.labels) used.add(l);
          i = g.end - 1;
          prevNonSpace = ':';
          continue;
        }
      }
    }
    prevNonSpace = c;
  }
  return headers.map((h, k) => ({
    labels: h.labels,
    headerStart: h.headerStart,
    start: h.start,
    end: headers[k + 1]?.headerStart ?? to,
    lettered: true,
  }));
}

/** Lay out the reply found between `from` and `to`, for a question with `labels`. */
export function parseReply(text: string, from: number, to: number, labels: readonly string[]): ReplyLayout {
  const known = new Set(labels);
  let bodyStart = findBodyStart(text, from, to);
  let bodyEnd = to;
  const statement = findStatement(text, bodyStart, bodyEnd);
  if (statement.promised) bodyStart = statement.start;
  bodyEnd = findAnnexure(text, bodyStart, bodyEnd);
  if (statement.promised && !statement.found) {
    return { bodyStart, bodyEnd: bodyStart, segments: [], statementPromised: true, statementFound: false, statementNotice: statement.notice };
  }
  let segments = findSegments(text, bodyStart, bodyEnd, known);
  if (segments.length === 0 && text.slice(bodyStart, bodyEnd).trim().length > 0) {
    segments = [{ labels: [...labels], headerStart: bodyStart, start: bodyStart, end: bodyEnd, lettered: false }];
  }
  return {
    bodyStart, bodyEnd, segments,
    statementPromised: statement.promised, statementFound: statement.found, statementNotice: statement.notice,
  };
}
