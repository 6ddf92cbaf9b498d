import { CASE_REGISTERED_AGAINST, CASE_REGISTERED_BY, PROMISED_SUBJECT, RECORD_HANDLES, type RecordHandle } from '../../templates/rules/record-handles.ts';
import type { Question } from '../domain/question.ts';
import { labelRun, replyHeadings, type ReplyHeading } from './answered-together.ts';
import { partLabel } from './part-label.ts';
import { sentenceAround } from './suggest/sentences.ts';
import type { Language } from '../domain/draft.ts';
import { agencyHindiName } from '../../templates/authorities/agencies.ts';

/** A record the reply names (`templates/rules/record-handles.ts`), and the parts whose paragraph names it. */
export type FoundHandle = {
  readonly handle: RecordHandle;
  /** The name as the reply writes it ("RC.48(A)/2009-ACV-Delhi"). */
  readonly name: string;
  /** The parts the paragraph answers; null for an unlettered reply (it speaks to every part). */
  readonly labels: ReadonlyArray<string> | null;
  /** Where the reply names it. */
  readonly at: number;
};

/**
 * Where the question's own lettered parts end in a text that holds question and reply: headings
 * before it are the question's, not the reply's. 0 when the text holds no part of the question.
 */
function questionEnd(text: string, q: Question | null): number {
  let end = 0;
  for (const p of q?.parts ?? []) {
    const probe = p.text.slice(0, 60);
    if (probe.length < 12) continue;
    const at = text.indexOf(probe);
    if (at >= 0) end = Math.max(end, at + probe.length);
  }
  return end;
}

/** The paragraph around `at`: its lettered paragraph (heading to next heading), else its blank-line block. */
function paragraphAround(text: string, at: number, headings: ReadonlyArray<ReplyHeading>): string {
  const own = headings.filter((h) => h.start <= at).at(-1);
  if (own) return text.slice(own.start, headings.find((h) => h.start > at)?.start ?? text.length);
  const blank = text.indexOf('\n\n', at);
  return text.slice(text.lastIndexOf('\n\n', at) + 1, blank < 0 ? text.length : blank);
}

/** Every handle the reply gives, once per name, in the order the reply gives them. */
export function findHandles(replyText: string, q: Question | null): FoundHandle[] {
  const from = questionEnd(replyText, q);
  const body = replyText.slice(from);
  // The reply's own headings, read once: those before `from` are the question's lettered parts.
  const headings = replyHeadings(replyText).filter((h) => h.start >= from);
  const out: FoundHandle[] = [];
  const seen = new Set<string>();
  for (const handle of RECORD_HANDLES) {
    const re = new RegExp(handle.pattern.source, handle.pattern.flags.includes('g') ? handle.pattern.flags : `${handle.pattern.flags}g`);
    for (const m of body.matchAll(re)) {
      const name = (m[1] ?? m[0]).replace(/\s+/g, ' ').trim().replace(/^(?:The|A|An|Under|Of)\s+/, '');
      if (name.split(' ').filter((w) => /^[A-Z(]/.test(w)).length < handle.minWords) continue;
      const at = from + (m.index ?? 0);
      if (handle.alsoSays && !handle.alsoSays.test(paragraphAround(replyText, at, headings))) continue;
      // The parts whose paragraph holds it; null in an unlettered reply, which speaks to every part.
      const labels = headings.filter((h) => h.start <= at).at(-1)?.labels ?? null;
      // A handle the point names is asked for once; one it does not name ("is being compiled"), once per paragraph.
      // A handle asked part by part (a publication cited for figures) is asked for each paragraph citing it.
      const key = `${handle.id}|${handle.en.includes('{handle}') ? name.toLowerCase() : ''}|${!handle.en.includes('{handle}') || handle.forPartsAsking ? (labels ?? []).join() : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ handle, name, labels, at });
    }
  }
  return out;
}

/** "part (b)", "parts (b) to (e)", "भाग (ख)": the {label} of a handle's point. */
export function partsPhrase(labels: ReadonlyArray<string>, lang: Language): string {
  const run = labelRun(labels, (l) => partLabel(l, lang), lang);
  return `${lang === 'hi' ? 'भाग' : labels.length > 1 ? 'parts' : 'part'} ${run}`;
}

/**
 * What the reply promised, in its words, from the sentence that makes the promise or the one before
 * it ("… information … regarding cash reserves of profit making Public Sector Undertakings. It is
 * being compiled"); null when neither says.
 */
export function promisedSubject(replyText: string, at: number): string | null {
  const own = sentenceAround(replyText, at);
  // The sentence before it: the last character before this one's leading space.
  const previousEnd = replyText.slice(0, own.start).trimEnd().length - 1;
  const start = previousEnd >= 0 ? sentenceAround(replyText, previousEnd).start : own.start;
  const m = PROMISED_SUBJECT.exec(replyText.slice(start, own.end));
  const subject = m?.[1]?.trim() ?? '';
  return subject.split(/\s+/).length >= 2 && subject.split(/\s+/).length <= 15 ? subject : null;
}

/**
 * Who registered the case at `at` and against whom, from its sentence: ", registered by the CBI
 * against the officials of DMS" in English; in Hindi "केंद्रीय अन्वेषण ब्यूरो (सीबीआई) द्वारा “the officials
 * of DMS” के विरुद्ध दर्ज ".
 * Empty strings when the sentence does not say.
 */
export function caseRegistered(replyText: string, at: number): { readonly en: string; readonly hi: string } {
  // The project's sentence reader: a case number's own stops ("No.", "RC.48") end no sentence.
  const sentence = sentenceAround(replyText, at);
  const by = CASE_REGISTERED_BY.exec(sentence.text)?.[1]?.replace(/^(?:However|Further|Also|The)\s+/, '') ?? '';
  const against = CASE_REGISTERED_AGAINST.exec(replyText.slice(at, sentence.end))?.[1] ?? '';
  const agency = by === '' ? '' : /^[A-Z]{2,}$/.test(by) ? `the ${by}` : by;
  const en = by === '' && against === '' ? '' : `, registered${agency ? ` by ${agency}` : ''}${against ? ` against ${against}` : ''}`;
  // The agency by its official Hindi name where the table has it, else as the reply wrote it, quoted;
  // against whom, in the reply's words, quoted (review 17, DMS 09: the English said, the Hindi did not).
  const byHi = agencyHindiName(by) ?? `“${by}”`;
  const againstHi = against === '' ? '' : `“${against}” के विरुद्ध `;
  return { en, hi: by === '' ? '' : `${byHi} द्वारा ${againstHi}दर्ज ` };
}
