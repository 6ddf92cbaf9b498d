import { compareIsoDates, formatDate, indianDateOf, isIsoDate, type IsoDate } from '../lib/dates/index.ts';
import type { Case } from '../domain/case.ts';
import type { CaseEvent } from '../domain/case-event.ts';
import type { Language } from '../domain/draft.ts';
import { caseEvidence } from '../domain/evidence.ts';
import type { Filing } from '../domain/filing.ts';
import { describeFiling, filingStatusLabel } from '../domain/filing-labels.ts';

/**
 * The plain-text chronology and index of a case bundle for an appeal hearing.
 *
 * The CIC's second-appeal guidelines ask for the documents relied on "with an index of
 * documents" (r.8/r.9, https://cic.gov.in/second-appeal-guidelines; `rti-law-and-anchors.md`
 * feature 13 names the chronology chart beside it). Dates are written dd.mm.yyyy, as Parliament
 * and Indian offices print them (`parliament-procedure.md`: "TO BE ANSWERED ON dd.mm.yyyy"),
 * via `formatDate` of the document templates. Text ends lines in CRLF so Windows Notepad, still
 * what many offices open a .txt with, shows the lines.
 */

export type ChronologyEntry = {
  readonly date: IsoDate;
  readonly event: string;
};

export const CRLF = '\r\n';

/** One line of text: line breaks in user notes become " / " so each entry stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' / ').replace(/\p{Cc}/gu, ' ').replace(/ +/g, ' ').trim();
}

/** Every dated event of the case, oldest first; events of one day keep their order below. */
export function caseChronology(c: Case): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  const q = c.question;
  if (q?.date && isIsoDate(q.date)) {
    const source = answerSource(c);
    entries.push({ date: q.date, event: `${answerEvent(c)}${source ? ` Source: ${source}.` : ''}` });
  }
  for (const e of matterEvents(c, 'en')) entries.push({ date: e.date, event: `${e.event} Source: ${e.source}.` });
  for (const filing of c.filings) entries.push(...filingEvents(filing));
  for (const file of caseEvidence(c)) {
    const date = indianDateOf(file.addedAt);
    if (date === null) continue;
    const filing = file.filingId === null ? null : c.filings.find((f) => f.id === file.filingId) ?? null;
    const parts = [`Evidence kept: "${oneLine(file.originalName)}"`];
    if (filing) parts.push(`for ${describeFiling(filing)}`);
    const note = oneLine(file.note);
    entries.push({ date, event: `${parts.join(' ')}${note ? `. Note: ${note}` : ''}.` });
  }
  // Array.prototype.sort is stable (ES2019), so same-day events keep the order above.
  return entries.sort((a, b) => compareIsoDates(a.date, b.date));
}

/** A dated event of the matter, with what it rests on, in the document's language. */
export type MatterEvent = { readonly date: IsoDate; readonly event: string; readonly source: string };

// In words a filer reads in a court paper; the interface marks the same events UNCONFIRMED.
const SECONDARY = { en: 'secondary source, not confirmed from an official record', hi: 'द्वितीयक स्रोत, किसी आधिकारिक अभिलेख से पुष्ट नहीं' } as const;
const NO_SOURCE = { en: 'source not recorded', hi: 'स्रोत दर्ज नहीं' } as const;

/** What an event rests on, as a filer reads it: the source, and UNCONFIRMED where only a press report backs it. */
export function eventSource(e: Pick<CaseEvent, 'source' | 'secondary'>, lang: Language): string {
  const source = oneLine(e.source);
  const base = source || NO_SOURCE[lang];
  return e.secondary ? `${base}; ${SECONDARY[lang]}` : base;
}

/**
 * The events the case knows from its material (`case-event.ts`), oldest first, in `lang`: a Hindi
 * document takes the Hindi text where the user gave one. Undated or malformed events never reach
 * here: the case schema requires an ISO date.
 */
export function matterEvents(c: Case, lang: Language): MatterEvent[] {
  return (c.matter.events ?? [])
    .map((e) => ({ date: e.date, event: oneLine(lang === 'hi' && e.eventHi.trim() ? e.eventHi : e.event), source: eventSource(e, lang) }))
    .sort((a, b) => compareIsoDates(a.date, b.date));
}

/** The source document the analysis read, by its title and note ("as reported", "UNCONFIRMED"). */
export function answerSource(c: Case): string {
  const source = c.sources.find((s) => s.id === c.analysis.sourceId) ?? c.sources.find((s) => s.role === 'reply' || s.role === 'qa');
  if (!source) return '';
  const note = oneLine(source.note);
  // An imported file's name is the user's copy, not a source a Commission can check (review 8,
  // G10: "q049.txt"): the answer itself is the source, as the user's copy gives it.
  const title = FILE_NAME.test(source.title.trim()) ? 'the official text of the answer (the applicant\'s copy)' : oneLine(source.title);
  return `${title}${note ? `: ${note.replace(/\.$/, '')}` : ''}`;
}

/** A title that is only a file's name ("q049.txt", "AU142.pdf"), as an import names a source. */
const FILE_NAME = /^[^\s/\\]+\.(?:pdf|docx?|txt|md|rtf|odt)$/i;

function answerEvent(c: Case): string {
  const q = c.question;
  if (!q) return '';
  const kind = q.kind === 'starred' ? 'Starred ' : q.kind === 'unstarred' ? 'Unstarred ' : q.kind === 'short-notice' ? 'Short Notice ' : '';
  const head = [q.house ?? '', `${kind}Question`, q.number ? `No. ${q.number}` : ''].filter(Boolean).join(' ');
  const who = q.ministry ? ` by the ${oneLine(q.ministry)}` : '';
  const subject = q.subject ? ` ("${oneLine(q.subject)}")` : '';
  return `${head}${subject} answered${who}.`;
}

function filingEvents(filing: Filing): ChronologyEntry[] {
  const name = describeFiling(filing);
  const out: ChronologyEntry[] = [];
  if (filing.kind === 'question-notice' && filing.noticeDate) {
    out.push({ date: filing.noticeDate, event: `${name}: notice given.` });
  }
  if (filing.kind === 'assurance' && filing.dateOfAnswer) {
    const phrase = oneLine(filing.phrase);
    out.push({ date: filing.dateOfAnswer, event: `${name}: assurance given in the answer${phrase ? ` ("${phrase}")` : ''}.` });
  }
  for (const event of filing.history) {
    // A notice's own `filed` event repeats the notice date recorded above.
    if (filing.kind === 'question-notice' && event.status === 'filed' && event.date === filing.noticeDate) continue;
    const received = event.receivedOn !== undefined && event.receivedOn !== event.date ? ` (received ${formatDate(event.receivedOn)})` : '';
    const note = oneLine(event.note);
    out.push({ date: event.date, event: `${name}: ${filingStatusLabel(filing.kind, event.status)}${received}.${note ? ` ${note}` : ''}` });
  }
  return out;
}

/** "21.07.2023  Rajya Sabha ... answered." one per line, under a heading naming the case. */
export function renderChronologyText(c: Case, preparedOn: IsoDate): string {
  const entries = caseChronology(c);
  const lines = [
    'CHRONOLOGY OF EVENTS',
    `In the matter of: ${oneLine(c.title)}`,
    `Prepared on ${formatDate(preparedOn)} with Unanswered from the case record.`,
    '',
  ];
  if (entries.length === 0) lines.push('No dated events are recorded in the case.');
  else entries.forEach((entry, i) => lines.push(`${String(i + 1).padStart(3)}. ${formatDate(entry.date)}  ${entry.event}`));
  return toCrlf(lines);
}

/** One file of the bundle, as the index describes it. */
export type IndexEntry = {
  /** Path inside the bundle, e.g. "evidence/03 Reply.pdf". */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  /** ISO date or timestamp the file was added to the case (or made, for the bundle's own files). */
  readonly addedAt: string;
  readonly description: string;
};

/** A file that belongs in the bundle but was left out, and why. */
export type IndexOmission = {
  readonly name: string;
  readonly reason: string;
};

export function renderIndexText(args: {
  readonly caseTitle: string;
  readonly preparedOn: IsoDate;
  readonly entries: ReadonlyArray<IndexEntry>;
  readonly omitted: ReadonlyArray<IndexOmission>;
}): string {
  const lines = [
    'INDEX OF DOCUMENTS',
    `In the matter of: ${oneLine(args.caseTitle)}`,
    `Prepared on ${formatDate(args.preparedOn)} with Unanswered. Each file's SHA-256 lets anyone check that the copy they hold is the one listed (for example: certutil -hashfile <file> SHA256, or sha256sum <file>). This index itself is not listed.`,
    '',
  ];
  args.entries.forEach((entry, i) => {
    lines.push(
      `${i + 1}. ${entry.path}`,
      `   What it is: ${oneLine(entry.description)}`,
      `   Added: ${formatDate(entry.addedAt)}`,
      `   Size: ${formatSize(entry.size)}`,
      `   SHA-256: ${entry.sha256}`,
      '',
    );
  });
  if (args.omitted.length > 0) {
    lines.push('NOT INCLUDED', 'These files are recorded in the case but were left out of this bundle:', '');
    for (const item of args.omitted) lines.push(`- ${oneLine(item.name)}: ${oneLine(item.reason)}`);
    lines.push('');
  }
  return toCrlf(lines);
}

/** "1,234 bytes" under a kilobyte, else KB/MB with one decimal, and always the exact byte count. */
export function formatSize(bytes: number): string {
  // Grouped by thousands without a locale, so the text is the same on every machine.
  const exact = `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
  if (bytes < 1024) return exact;
  const unit = bytes < 1024 * 1024 ? { n: bytes / 1024, u: 'KB' } : { n: bytes / (1024 * 1024), u: 'MB' };
  return `${unit.n.toFixed(1)} ${unit.u} (${exact})`;
}

function toCrlf(lines: ReadonlyArray<string>): string {
  return lines.map((line) => line.replace(/\r\n|\r|\n/g, ' ')).join(CRLF) + CRLF;
}
