/**
 * The question side of an official text: header fields, the stem, the lettered
 * parts and where the ANSWER begins (reply-analysis.md "Input";
 * parliament-procedure.md §3.1 for the notice conventions).
 */
import type { House, Question, QuestionKind, QuestionPart } from '../domain/question.ts';
import { eachLine, splitLines, type Line } from './clean-text.ts';
import { findDate } from './dates.ts';
import { readLabelGroup, nextLabel } from './labels.ts';
import { ACRONYMS } from '../../templates/phrases/acronyms.ts';
import { headingCase, isMostlyUpper, joinLines, stripNonLatin, titleCase, type AcronymCase } from './text-utils.ts';

export type PartSpan = QuestionPart & { readonly start: number; readonly end: number };

export type QuestionLayout = {
  readonly question: Question;
  readonly parts: readonly PartSpan[];
  /** Offset in the cleaned text where the reply side begins (the ANSWER line, or the minister line). */
  readonly answerStart: number | null;
  /** Offset just past the ANSWER marker line. */
  readonly answerLineEnd: number | null;
};

const HONORIFIC = String.raw`(?:shrimati|shri|smt|sh|dr|adv|prof|kumari|km|sushri|ms|mrs|mr|capt|col|gen|maj|sardar|sant|swami|sadhvi|thiru|kunwar|rajkumari|er|ca|lt|com)`;
/**
 * The asker line as sansad prints it, in its several forms: "824. SHRI A:", "824: SHRI A:",
 * "767 Shri A:", "†883 Shri A:", "+897. Shri A:", "Question asked by: SHRI A", and two members on
 * one line ("235. Dr. A: Shri B:"). Corpus q079 and q107, and texts added since (review 11).
 */
const MEMBER_LEAD = /^[\s†*+]*(?:question\s+asked\s+by\s*:\s*)?(?:\d{1,5}\s*[.:]?\s*)?/i;
const MEMBER = new RegExp(String.raw`^(${HONORIFIC})\b\.?\s+([^:]{2,80}?)\s*$`, 'i');
function membersOf(line: string): ReadonlyArray<{ readonly honorific: string; readonly name: string }> | null {
  const rest = line.replace(MEMBER_LEAD, '');
  const pieces = rest.split(':').map((p) => p.trim()).filter((p) => p.length > 0);
  if (pieces.length === 0 || pieces.length > 6) return null;
  const out: Array<{ honorific: string; name: string }> = [];
  for (const piece of pieces) {
    const m = MEMBER.exec(piece);
    if (!m) return null;
    out.push({ honorific: m[1] ?? '', name: m[2] ?? '' });
  }
  return out;
}
const ANSWER_LINE = /^\s*(?:answer|उत्तर)\s*(?:given by the minister)?\s*[:.-]?\s*$/i;
const MINISTER_LINE = /^\s*(?:THE\s+)?(?:PRIME MINISTER|DEPUTY MINISTER|MINISTER)\b|^\s*(?:THE\s+)?(?:[A-Z]+\s+){1,4}MINISTER\s*\(\s*(?:SHRI|SMT|DR|KUMARI|SUSHRI|PROF)\b/;
/**
 * The designation in any case ("Minister of State in the Ministry of Finance (Shri ...)", as some
 * exports print it). On its own a line starting "Minister" may be a wrapped line of a question part,
 * so a designation not in capitals counts only with the minister's name in brackets on it or the
 * next line.
 */
const MINISTER_LINE_ANY_CASE = /^\s*(?:the\s+)?(?:prime minister|deputy minister|minister)\b/i;
const NAME_IN_BRACKETS = /\(\s*(?:shrimati|shri|smt|sh|dr|adv|prof|kumari|km|sushri|ms|mrs|mr|capt|col|gen|maj|sardar|sant|swami|sadhvi|thiru|kunwar|er|lt)\b\.?[^()]{1,80}\)/i;
const STEM = /be\s+pleased\s+to\s+state/i;

function findStem(text: string): { start: number; end: number } | null {
  const m = STEM.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 400), m.index);
  const will = before.toLowerCase().lastIndexOf('will the');
  const start = will >= 0 ? m.index - before.length + will : m.index;
  // The stem ends after "be pleased to state" and its ":-", not at the end of its line: a list
  // run on in one paragraph (Rajya Sabha lists, CSV exports; parliament-procedure.md §3.1) carries
  // "(a) whether ..." on the stem's own line.
  const tail = /^[ \t]*[:\-–—.]*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
  return { start, end: m.index + m[0].length + (tail?.[0].length ?? 0) };
}

function findAnswerLine(lines: Iterable<Line>, from: number): Line | null {
  for (const line of lines) {
    if (line.end < from) continue;
    if (line.text.length <= 60 && ANSWER_LINE.test(line.text)) return line;
  }
  return null;
}

// Stray marks between a part's end and the next label are debris of extraction ("...1991; ^(b) what").
const CONTEXT_BEFORE_INLINE = /(?:[;:,.?]|\band|\bor)[\s^*_~`]*$/i;
/**
 * A label run on after a word, its part's punctuation lost ("whether any affirmative action would be
 * (d) if so, the details thereof"): taken only as the next label expected, and only when a part's
 * opening follows it.
 */
const PART_OPENING_AFTER = /^\s*(?:if\s+(?:so|not|yes|no)\b|whether\b)/i;
const BARE_INLINE_CONTEXT = /(?:[;:]|;\s*(?:and|or))\s*$/i;

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
    // A list bullet before the label ("- (a) the details ...", PDF to Markdown) keeps it at the line start.
    const bullet = onlySpaceSoFar && (c === '-' || c === '•' || c === '*') && /[ \t]/.test(text[i + 1] ?? '');
    if (c !== ' ' && c !== '\t' && !bullet) onlySpaceSoFar = false;
    // A bare "b)" is a label at a line start, or inline right after a part's ";" / the stem's ":"
    // ("be pleased to state: a) whether ...; b) if so, ..."), never inside running text.
    const bareInline = !atLineStart && c?.toLowerCase() === expected && text[i + 1] === ')' && /\s/.test(text[i - 1] ?? '')
      && BARE_INLINE_CONTEXT.test(text.slice(Math.max(0, i - 12), i));
    if (c !== '(' && !bareInline && !(atLineStart && c?.toLowerCase() === expected && text[i + 1] === ')')) continue;
    const group = readLabelGroup(text, i, atLineStart || bareInline);
    if (!group || group.labels.length !== 1 || group.labels[0] !== expected) continue;
    // The context may reach back before `from`: "be pleased to state: (a) whether" starts its list inline.
    const prefix = text.slice(Math.max(0, i - 12), i);
    const runOn = markers.length > 0 && PART_OPENING_AFTER.test(text.slice(group.end, group.end + 12));
    if (!(atLineStart || text.slice(from, i).trim() === '' || CONTEXT_BEFORE_INLINE.test(prefix) || runOn)) continue;
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
function replyStartWithoutMarker(lines: Iterable<Line>, parts: readonly PartSpan[]): number | null {
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

const KNOWN_ACRONYMS: AcronymCase = new Map(ACRONYMS.map((a) => [a.written.toUpperCase(), a.written]));
const CAPITALS = /\b[A-Z][A-Z0-9&]{0,5}[A-Z0-9](?:-[A-Za-z0-9]{1,3})?s?\b/g;

/**
 * The acronyms a heading in capitals should keep: the known list, and any word the question writes in
 * capitals inside ordinary text ("Indian Drugs and Pharmaceuticals Ltd. (IDPL)").
 */
function acronymsOf(text: string, from: number, to: number): AcronymCase {
  const out = new Map(KNOWN_ACRONYMS);
  for (const line of splitLines(text, from, Math.min(to, from + 20_000))) {
    if (line.text.length > 2000 || isMostlyUpper(line.text)) continue;
    for (const m of line.text.matchAll(CAPITALS)) {
      if (!out.has(m[0].toUpperCase())) out.set(m[0].toUpperCase(), m[0]);
    }
  }
  return out;
}

const MINISTRY_END = String.raw`(?=\s*\(|\s+and\s+(?:the\s+)?minister\b|\s*[:;,.]?\s*$)`;
const MINISTRY_IN_MINISTER_LINE = new RegExp(String.raw`\bministry\s+of\s+(.+?)${MINISTRY_END}`, 'i');
const MINISTER_OF = new RegExp(String.raw`^\s*(?:the\s+)?(?:deputy\s+)?minister\s+(?:of\s+state\s+)?(?:\(\s*independent\s+charge\s*\)\s+)?(?:of|for)\s+(?:the\s+)?(.+?)${MINISTRY_END}`, 'i');
/** "THE MINISTER OF STATE (CHEMICALS AND FERTILIZERS) (SHRI ...)": the portfolio in brackets. */
const MINISTER_OF_STATE_BRACKETED = /^\s*(?:the\s+)?minister\s+of\s+state\s+\(\s*(?!independent\b|shri\b|smt\b|dr\b|prof\b|sushri\b|kumari\b)([a-z][a-z ,&]{2,80}?)\s*\)/i;

/**
 * The ministry named in the minister's line of the reply ("MINISTER OF STATE IN THE MINISTRY OF
 * FINANCE (SHRI ...)", "THE MINISTER OF STATE FOR HOME AFFAIRS", "MINISTER OF DEFENCE"), looked
 * for in the first dozen lines from `from`. Null when none names one.
 */
export function ministryFromMinisterLine(text: string, from: number, acronyms: AcronymCase | (() => AcronymCase) = KNOWN_ACRONYMS): string | null {
  let seen = 0;
  const lines = splitLines(text, from, Math.min(text.length, from + 3000));
  for (const [k, line] of lines.entries()) {
    const t = line.text.trim();
    if (t.length === 0) continue;
    if (++seen > 12) break;
    if (!MINISTER_LINE_ANY_CASE.test(t)) continue;
    // A designation wrapped mid-name ("... MINISTRY OF AGRICULTURE AND THE\nMINISTER OF STATE ...",
    // "MINISTRY OF HEALTH AND\nFAMILY WELFARE") is read with its next line.
    const wrapped = /(?:\b(?:and|of|the|for|in)|[,&])\s*$/i.test(t) ? ` ${(lines[k + 1]?.text ?? '').trim()}` : '';
    const head = `${t}${wrapped}`.slice(0, 240);
    const m = MINISTRY_IN_MINISTER_LINE.exec(head) ?? MINISTER_OF_STATE_BRACKETED.exec(head) ?? MINISTER_OF.exec(head);
    const name = (m?.[1] ?? '').replace(/\s+/g, ' ').trim();
    if (name.length > 0 && name.length < 120 && !/^state$/i.test(name)) return tidyMinistry(headingCase(name, acronyms));
  }
  return null;
}

/**
 * House, kind, number and date as a reply repeats them ("STATEMENT REFERRED TO IN REPLY TO PARTS (a)
 * TO (e) OF THE LOK SABHA STARRED QUESTION NO. *351 TO BE ANSWERED ON 22.12.2021"), from the lines
 * that name a question or an answer date within the first 40 lines of the reply.
 */
function restatedHeader(text: string, from: number): Pick<Question, 'house' | 'kind' | 'number' | 'date'> {
  const lines = splitLines(text, from, Math.min(text.length, from + 8000)).slice(0, 40).map((l) => l.text);
  const k = lines.findIndex((l) => l.length < 400 && /\bquestion\s*no\b|\banswered\s+on\b|\bfor answer on\b/i.test(l));
  if (k < 0) return { house: null, kind: null, number: null, date: null };
  const joined = `${lines[k - 1] ?? ''} ${lines[k] ?? ''} ${lines[k + 1] ?? ''}`.slice(0, 1200);
  const houseMatch = /\b(lok|rajya)\s*sabha\b/i.exec(joined);
  const kind: QuestionKind | null = /\bshort[\s-]*notice\b/i.test(joined) ? 'short-notice' : /\bun-?starred\b/i.test(joined) ? 'unstarred' : /\bstarred\b/i.test(joined) ? 'starred' : null;
  return {
    house: houseMatch ? ((houseMatch[1] ?? '').toLowerCase() === 'lok' ? 'Lok Sabha' : 'Rajya Sabha') : null,
    kind,
    number: /\bquestion\s*no\.?\s*[-:.]?\s*\*?\s*(\d{1,5})\b/i.exec(joined)?.[1] ?? null,
    date: /\banswered\s+on\b|\bfor answer on\b/i.test(joined) ? findDate(joined.slice(joined.search(/\banswered\s+on\b|\bfor answer on\b/i))) : null,
  };
}

/**
 * A ministry name without the stem's punctuation left behind once Hindi is stripped
 * ("Will the Minister of TEXTILES वस्त्र मंत्री\n... :" -> "Textiles", not "Textiles :").
 */
function tidyMinistry(name: string): string {
  return name.replace(/[\s:;,.\-–—]+$/, '').trim();
}

function parseHeader(text: string, headerEnd: number, stem: string | null, hasParts: boolean, acronyms: () => AcronymCase): Omit<Question, 'parts'> {
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
    const members = membersOf(line);
    if (members === null || /^will the/i.test(line)) return;
    if (memberIndex < 0) memberIndex = i;
    for (const m of members) {
      const honorific = titleCase(m.honorific);
      const withDot = /^(smt|dr|adv|prof|km|mr|mrs|ms|capt|col|gen|maj|lt|er|sh|com)$/i.test(honorific) ? `${honorific}.` : honorific;
      askedBy.push(`${withDot} ${titleCase(m.name.replace(/[:*]+$/, ''))}`.trim());
    }
    if (num === null) {
      const n = /^[\s†*+]*(\d{1,5})\s*[.:]?\s*\p{L}/u.exec(line);
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
  const ministryMatch = ministryLine ? /ministry of\s+(.+?)(?=\s+department(?:\s+of\b|\s*$)|\s*\(|$)/i.exec(ministryLine) : null;
  if (ministryMatch) ministry = tidyMinistry(headingCase(ministryMatch[1] ?? '', acronyms));
  if (ministry === null && stem) {
    const s = /will the minister of\s+(.+?)\s+be\s+pleased/is.exec(stem);
    if (s) ministry = tidyMinistry(headingCase((s[1] ?? '').replace(/\s+/g, ' '), acronyms));
  }
  if (ministry !== null && ministry.length === 0) ministry = null;

  const isMeta = (l: string): boolean =>
    /government of india|^ministry of|^department of|\b(lok|rajya)\s*sabha\b|question\s*no|answered\s+on|for answer on|^\(?saka\)?$|\bposition$|^will the/i.test(l) ||
    membersOf(l) !== null || stripNonLatin(l).length === 0;
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
  const subject = looksLikeQuestion && subjectRaw.length > 0 && subjectRaw.length < 200 ? headingCase(subjectRaw, acronyms) : null;

  return { house, kind, number: num, date, ministry, subject, askedBy };
}

/** The first minister's line starting after `after` (a designation in any case needs a name in brackets on it or the next line). */
function ministerLine(text: string, after: number): Line | null {
  let previous: Line | null = null;
  for (const line of eachLine(text)) {
    // The line before is judged now that the line after it is known.
    if (previous && previous.start > after && MINISTER_LINE_ANY_CASE.test(previous.text) && NAME_IN_BRACKETS.test(`${previous.text}\n${line.text}`.slice(0, 800))) return previous;
    if (line.start > after && MINISTER_LINE.test(line.text)) return line;
    previous = line;
  }
  return previous && previous.start > after && MINISTER_LINE_ANY_CASE.test(previous.text) && NAME_IN_BRACKETS.test(`${previous.text}\n`.slice(0, 800)) ? previous : null;
}

/** Parse the question side of a combined text, or a question given on its own. */
export function parseQuestion(text: string, combined: boolean): QuestionLayout {
  // Lines are read as the scans go (eachLine), never all at once: the ANSWER line is near the top,
  // and a long reply's every line as an object would outweigh the text itself (issue 12).
  const stem = findStem(text);
  const qStart = stem ? stem.end : 0;
  let answerLine = findAnswerLine(eachLine(text), qStart);
  let answerStart: number | null = answerLine ? answerLine.start : null;
  if (answerStart === null && combined) {
    // Texts without an ANSWER line: the reply starts at the minister's line, or, for a reply pasted
    // straight after its question, where the labels start again or after the question's "?".
    const found = findParts(text, qStart, text.length);
    const after = found[0] ? found[0].start : qStart;
    const minister = ministerLine(text, after);
    answerStart = minister ? minister.start : replyStartWithoutMarker(eachLine(text), found);
  }
  if (!combined) answerLine = null;
  const qEnd = combined ? (answerStart ?? text.length) : text.length;
  const parts = findParts(text, qStart, qEnd);
  const headerEnd = stem ? stem.start : (parts[0]?.start ?? Math.min(text.length, 3000));
  // Only a heading in capitals needs the acronyms, so they are gathered on first need.
  let acronymCache: AcronymCase | null = null;
  const acronyms = (): AcronymCase => (acronymCache ??= acronymsOf(text, parts[0]?.start ?? qEnd, qEnd));
  const header = parseHeader(text, headerEnd, stem ? text.slice(stem.start, stem.end) : null, parts.length > 0, acronyms);
  // No letterhead or stem naming the ministry: the minister's line of the reply names it. No header:
  // the heading of a statement laid on the Table repeats house, number and date.
  const ministry = header.ministry ?? (combined && answerStart !== null ? ministryFromMinisterLine(text, answerStart, acronyms) : null);
  const restated = combined && answerStart !== null ? restatedHeader(text, answerStart) : null;
  const filled = {
    ...header,
    house: header.house ?? restated?.house ?? null,
    kind: header.kind ?? restated?.kind ?? null,
    number: header.number ?? restated?.number ?? null,
    date: header.date ?? restated?.date ?? null,
    ministry,
  };
  return {
    question: { ...filled, parts: parts.map((p) => ({ label: p.label, text: p.text })) },
    parts,
    answerStart: combined ? answerStart : null,
    answerLineEnd: answerLine ? answerLine.end : answerStart,
  };
}
