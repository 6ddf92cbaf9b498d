/**
 * The question side of an official text: header fields, the stem, the lettered
 * parts and where the ANSWER begins (reply-analysis.md "Input";
 * parliament-procedure.md §3.1 for the notice conventions).
 */
import type { House, Question, QuestionKind, QuestionPart } from '../domain/question.ts';
import { splitLines, type Line } from './clean-text.ts';
import { findDate } from './dates.ts';
import { readLabelGroup, nextLabel } from './labels.ts';
import { isMostlyUpper, joinLines, stripNonLatin, titleCase } from './text-utils.ts';

export type PartSpan = QuestionPart & { readonly start: number; readonly end: number };

export type QuestionLayout = {
  readonly question: Question;
  readonly parts: readonly PartSpan[];
  /** Offset in the cleaned text where the reply side begins (the ANSWER line, or the minister line). */
  readonly answerStart: number | null;
  /** Offset just past the ANSWER marker line. */
  readonly answerLineEnd: number | null;
};

const HONORIFIC = String.raw`(?:shrimati|shri|smt|sh|dr|adv|prof|kumari|km|sushri|ms|mrs|mr|capt|col|gen|maj|sardar|sant|swami|sadhvi|thiru|kunwar|rajkumari|er|ca|lt)`;
const MEMBER_LINE = new RegExp(String.raw`^[\s†*]*(?:\d+\s*\.\s*)?(${HONORIFIC})\b\.?\s+([^:]{2,80}?)\s*:?\s*$`, 'i');
const ANSWER_LINE = /^\s*(?:answer|उत्तर)\s*(?:given by the minister)?\s*[:.-]?\s*$/i;
const MINISTER_LINE = /^\s*(?:THE\s+)?(?:PRIME MINISTER|DEPUTY MINISTER|MINISTER)\b/;
const STEM = /be\s+pleased\s+to\s+state/i;

function findStem(text: string): { start: number; end: number } | null {
  const m = STEM.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 400), m.index);
  const will = before.toLowerCase().lastIndexOf('will the');
  const start = will >= 0 ? m.index - before.length + will : m.index;
  // The stem ends at the end of its line ("be pleased to state:-").
  const nl = text.indexOf('\n', m.index);
  return { start, end: nl < 0 ? text.length : nl };
}

function findAnswerLine(lines: readonly Line[], from: number): Line | null {
  for (const line of lines) {
    if (line.end < from) continue;
    if (line.text.length <= 60 && ANSWER_LINE.test(line.text)) return line;
  }
  return null;
}

const CONTEXT_BEFORE_INLINE = /(?:[;:,.?]|\band|\bor)\s*$/i;

/** The lettered parts, a, b, c ... in order, between `from` and `to`: one forward pass. */
export function findParts(text: string, from: number, to: number): PartSpan[] {
  type Marker = { label: string; start: number; bodyStart: number };
  const markers: Marker[] = [];
  let expected = 'a';
  let onlySpaceSoFar = text.slice(text.lastIndexOf('\n', from - 1) + 1, from).trim() === '';
  for (let i = from; i < to && expected <= 'z'; i++) {
    const c = text[i];
    if (c === '\n') {
      onlySpaceSoFar = true;
      continue;
    }
    const atLineStart = onlySpaceSoFar;
    if (c !== ' ' && c !== '\t') onlySpaceSoFar = false;
    if (c !== '(' && !(atLineStart && c?.toLowerCase() === expected && text[i + 1] === ')')) continue;
    const group = readLabelGroup(text, i, atLineStart);
    if (!group || group.labels.length !== 1 || group.labels[0] !== expected) continue;
    const prefix = text.slice(Math.max(from, i - 12), i);
    if (!(atLineStart || i === from || CONTEXT_BEFORE_INLINE.test(prefix))) continue;
    markers.push({ label: expected, start: i, bodyStart: group.end });
    expected = nextLabel(expected);
    i = group.end - 1;
  }
  return markers.map((m, k) => {
    const end = markers[k + 1]?.start ?? to;
    return { label: m.label, text: tidyPartText(text.slice(m.bodyStart, end)), start: m.start, end };
  });
}

/**
 * Where a reply pasted right after its question begins, with no ANSWER or minister line between:
 * the first line after the last part that starts with a label the question already used ("(a) & (b):"),
 * else the first line after a line of the last part that ends in "?" (the question's end).
 */
function replyStartWithoutMarker(text: string, lines: readonly Line[], parts: readonly PartSpan[]): number | null {
  const last = parts[parts.length - 1];
  if (!last) return null;
  const used = new Set(parts.map((p) => p.label));
  let afterQuestionMark: number | null = null;
  let questionEnded = false;
  for (const line of lines) {
    if (line.end <= last.start) continue;
    const indent = line.text.length - line.text.trimStart().length;
    if (line.start > last.start) {
      const group = readLabelGroup(line.text, indent, true);
      if (group && used.has(group.labels[0] ?? '')) return line.start + indent;
      if (questionEnded && afterQuestionMark === null && line.text.trim().length > 0) afterQuestionMark = line.start + indent;
    }
    if (/\?\s*$/.test(line.text)) questionEnded = true;
  }
  return afterQuestionMark;
}

function tidyPartText(raw: string): string {
  let s = stripNonLatin(joinLines(raw));
  for (let k = 0; k < 3; k++) s = s.replace(/(?:[;,:.?]\s*)?(?:\b(?:and|or))?\s*[;,:.?]?\s*$/i, '').trim();
  return s;
}

function parseHeader(text: string, headerEnd: number, stem: string | null, hasParts: boolean): Omit<Question, 'parts'> {
  const lines = splitLines(text, 0, headerEnd).map((l) => l.text.trim()).filter((l) => l.length > 0 && l.length < 400);
  const joined = lines.join('\n');

  const houseMatch = /\b(lok|rajya)\s*sabha\b/i.exec(joined);
  const house: House | null = houseMatch ? ((houseMatch[1] ?? '').toLowerCase() === 'lok' ? 'Lok Sabha' : 'Rajya Sabha') : null;

  let kind: QuestionKind | null = null;
  if (/\bshort[\s-]*notice\b/i.test(joined)) kind = 'short-notice';
  else if (/\bun-?starred\b/i.test(joined)) kind = 'unstarred';
  else if (/\bstarred\b/i.test(joined)) kind = 'starred';

  const numberMatch = /\bquestion\s*no\.?\s*[-:.]?\s*\*?\s*(\d{1,5})\b/i.exec(joined);
  let num: string | null = numberMatch?.[1] ?? null;

  const askedBy: string[] = [];
  let memberIndex = -1;
  lines.forEach((line, i) => {
    const m = MEMBER_LINE.exec(line);
    if (!m || /^will the/i.test(line)) return;
    if (memberIndex < 0) memberIndex = i;
    const honorific = titleCase(m[1] ?? '');
    const withDot = /^(smt|dr|adv|prof|km|mr|mrs|ms|capt|col|gen|maj|lt|er|sh)$/i.test(honorific) ? `${honorific}.` : honorific;
    askedBy.push(`${withDot} ${titleCase((m[2] ?? '').replace(/[:*]+$/, ''))}`.trim());
    if (num === null) {
      const n = /^[\s†*]*(\d{1,5})\s*\./.exec(line);
      if (n) num = n[1] ?? null;
    }
    if (kind === null && /^[\s†]*\*/.test(line)) kind = 'starred';
  });

  let date: string | null = null;
  const dateLine = lines.findIndex((l) => /\banswer(ed)?\s+on\b|\bfor answer on\b|\bdate of answer\b/i.test(l));
  if (dateLine >= 0) date = findDate(`${lines[dateLine] ?? ''} ${lines[dateLine + 1] ?? ''}`);
  if (date === null) date = findDate(joined);

  let ministry: string | null = null;
  // A letterhead line ("MINISTRY OF X", "GOVERNMENT OF INDIA MINISTRY OF X DEPARTMENT OF Y"), not prose.
  const ministryLine = lines.find((l) => l.length < 160 && /^(?:government of india\s+)?ministry of\s/i.test(l));
  const ministryMatch = ministryLine ? /ministry of\s+(.+?)(?=\s+department of\b|\s*\(|$)/i.exec(ministryLine) : null;
  if (ministryMatch) ministry = titleCase(ministryMatch[1] ?? '');
  if (ministry === null && stem) {
    const s = /will the minister of\s+(.+?)\s+be\s+pleased/is.exec(stem);
    if (s) ministry = titleCase((s[1] ?? '').replace(/\s+/g, ' '));
  }
  if (ministry !== null && ministry.length === 0) ministry = null;

  const isMeta = (l: string): boolean =>
    /government of india|^ministry of|^department of|\b(lok|rajya)\s*sabha\b|question\s*no|answered\s+on|for answer on|^\(?saka\)?$|\bposition$|^will the/i.test(l) ||
    MEMBER_LINE.test(l) || stripNonLatin(l).length === 0;
  const start = dateLine >= 0 ? dateLine + 1 : 0;
  const subjectLines: string[] = [];
  for (let i = start; i < lines.length && (memberIndex < 0 || i < memberIndex); i++) {
    const l = lines[i] ?? '';
    if (isMeta(l)) {
      if (subjectLines.length > 0) break;
      continue;
    }
    if (subjectLines.length > 0 && !isMostlyUpper(l)) break;
    subjectLines.push(l.replace(/^question\s*:\s*/i, ''));
    if (subjectLines.length >= 2) break;
  }
  const subjectRaw = subjectLines.join(' ').replace(/\s*\.\s*$/, '').trim();
  const looksLikeQuestion = stem !== null || hasParts || house !== null || num !== null;
  const subject = looksLikeQuestion && subjectRaw.length > 0 && subjectRaw.length < 200 ? titleCase(subjectRaw) : null;

  return { house, kind, number: num, date, ministry, subject, askedBy };
}

/** Parse the question side of a combined text, or a question given on its own. */
export function parseQuestion(text: string, combined: boolean): QuestionLayout {
  const lines = splitLines(text);
  const stem = findStem(text);
  const qStart = stem ? stem.end : 0;
  let answerLine = findAnswerLine(lines, qStart);
  let answerStart: number | null = answerLine ? answerLine.start : null;
  if (answerStart === null && combined) {
    // Texts without an ANSWER line: the reply starts at the minister's line, or, for a reply pasted
    // straight after its question, where the labels start again or after the question's "?".
    const found = findParts(text, qStart, text.length);
    const after = found[0] ? found[0].start : qStart;
    const minister = lines.find((l) => l.start > after && MINISTER_LINE.test(l.text));
    answerStart = minister ? minister.start : replyStartWithoutMarker(text, lines, found);
  }
  if (!combined) answerLine = null;
  const qEnd = combined ? (answerStart ?? text.length) : text.length;
  const parts = findParts(text, qStart, qEnd);
  const headerEnd = stem ? stem.start : (parts[0]?.start ?? Math.min(text.length, 3000));
  const header = parseHeader(text, headerEnd, stem ? text.slice(stem.start, stem.end) : null, parts.length > 0);
  return {
    question: { ...header, parts: parts.map((p) => ({ label: p.label, text: p.text })) },
    parts,
    answerStart: combined ? answerStart : null,
    answerLineEnd: answerLine ? answerLine.end : answerStart,
  };
}
