import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS, NOT_HELD_RECORD_ASK, NOT_MAINTAINED } from '../../templates/rules/follow-ups.ts';
import { verdictReason } from '../analysis/reason-text.ts';
import type { Case } from '../domain/case.ts';
import type { DraftKind, DraftOf, Language } from '../domain/draft.ts';
import type { DraftFieldKey, DraftFields } from '../domain/draft-fields.ts';
import type { PartStatus } from '../domain/part-status.ts';
import type { Question } from '../domain/question.ts';
import type { Filing, FilingStatus, StatusEvent } from '../domain/filing.ts';
import { filedOn } from '../domain/filing-history.ts';
import type { Profile } from '../domain/profile.ts';
import type { Evidence } from '../domain/analysis.ts';
import { findGaps, quotable, type Gap } from './gaps.ts';
import { bareTopic, parsePart } from './suggest/part-text.ts';
import { standAlone } from './suggest/stand-alone.ts';
import { asRecords, recordWordingNotesHi } from '../../templates/rules/record-wording.ts';
import { partLabel } from './part-label.ts';
export { partLabel };
import { matterNamedInReply, matterByReferenceHi, matterNamedInReplyHi, partAskedHi } from './suggest/context.ts';
import { parseQuestion } from '../analysis/parse-question.ts';
import { formatDate, indiaDate } from '../lib/dates/index.ts';

/**
 * What every template's prefill reads (templates/documents/*: `prefill` beside `render`): the
 * chosen parts with their verdicts and evidence, what the reply withheld (`gaps.ts`), the case's
 * earlier drafts and filings, and the user's profile; and the facts taken from them (the question
 * reference, the matter, the answering ministry, the applicant's fields, the record-based points).
 * `shared/workflows/new-draft.ts` builds it and calls the template of the kind asked for.
 *
 * RTI points ask for records, never reasons: "information" under s.2(f) does not include answers to
 * "why" (Bombay HC, Celsa Pinto; `rti-law-and-anchors.md` A.6), so an unanswered "reasons therefor"
 * becomes a request for the file notings in which the matter was examined. Each point names the
 * record kind (file notings, correspondence, reports, orders), asks for dates and numbers, and the
 * period is stated once (A.6: "a narrow time window"; A.7 turns the CoWIN gaps into record requests).
 */


export type ChosenPart = {
  readonly label: string;
  readonly text: string;
  readonly status: PartStatus | null;
  readonly reason: string;
  readonly evidence: string;
  readonly passages: ReadonlyArray<Evidence>;
  /** True when the status is the user's reading of the reply, not the analyser's. */
  readonly byUser: boolean;
};

export type DraftContext = {
  readonly c: Case;
  readonly q: Question | null;
  readonly lang: Language;
  readonly profile: Profile;
  readonly parts: ReadonlyArray<ChosenPart>;
  readonly now: string;
  /** What the reply followed up withheld (`gaps.ts`). */
  readonly gaps: ReadonlyArray<Gap>;
  /** Whether the draft follows up a second reply read on its own, not the analysed one. */
  readonly otherReply: boolean;
  /**
   * The ministry that gave the reply followed up: the question's, or for a second reply the one its
   * header names ("MINISTRY OF HEALTH AND FAMILY WELFARE"), so a notice on the Lok Sabha reply is
   * addressed as answering that reply, not the Rajya Sabha one. Null when neither names one.
   */
  readonly replyMinistry: string | null;
  /** For an RTI application: the authority whose records it asks for (`records.ts`). */
  readonly authorityId: string | undefined;
  /** For a question notice: the Minister addressed when not the reply's (`minister-concerned.ts`), e.g. "Home Affairs". */
  readonly ministry: string | undefined;
  /** Whether the reply followed up is a press report's account, not the official text: quotations from it say so. */
  readonly reported: boolean;
};

/** A part with its verdict: the user's where they changed it, else the analyser's. */
export type JudgedPart = {
  readonly label: string;
  readonly text: string;
  readonly status: PartStatus | null;
  /** The user's own reason as they wrote it; the analyser's in `lang`. */
  readonly reason: string;
  readonly passages: ReadonlyArray<Evidence>;
  /** True when the status is the user's reading of the reply (an override), not the analyser's. */
  readonly byUser: boolean;
};

export function judgedPart(c: Case, part: { readonly label: string; readonly text: string }, lang: Language): JudgedPart {
  const override = c.analysis.overrides.findLast((o) => o.label === part.label);
  const verdict = c.analysis.parts.find((v) => v.label === part.label);
  return {
    label: part.label,
    text: part.text,
    status: override?.status ?? verdict?.status ?? null,
    // A Hindi document letters its parts (क), (ख): the reason names them as the document does.
    reason: override?.reason ?? (verdict ? verdictReason(verdict, lang, (letter) => partLabel(letter, lang)) : ''),
    passages: verdict?.evidence ?? [],
    byUser: override !== undefined,
  };
}

export function draftContext(c: Case, opts: { parts: ReadonlyArray<string>; language: Language; profile: Profile; now: string; replyId?: string; authorityId?: string; ministry?: string }): DraftContext {
  const q = c.question;
  const chosen = new Set(opts.parts);
  const parts = (q?.parts ?? [])
    .filter((p) => chosen.has(p.label))
    .map((p): ChosenPart => {
      const judged = judgedPart(c, p, opts.language);
      return {
        ...judged,
        evidence: judged.passages.map((e) => e.text.trim()).filter((t) => t.length > 0).join(' … '),
      };
    });
  const analysed = c.sources.find((s) => s.id === c.analysis.sourceId);
  const other = opts.replyId !== undefined && opts.replyId !== c.analysis.sourceId ? c.sources.find((s) => s.id === opts.replyId) : undefined;
  const caseTexts = replyTexts(c);
  const gaps = other
    ? findGaps({ question: q, parts: [], replyText: other.text, caseTexts })
    : findGaps({ question: q, parts: parts.map((p) => ({ label: p.label, text: p.text, status: p.status, evidence: p.passages, byUser: p.byUser })), replyText: analysed?.text ?? replyText(c), caseTexts });
  const replyMinistry = other ? parseQuestion(other.text, true).question.ministry : (q?.ministry ?? null);
  return { c, q, lang: opts.language, profile: opts.profile, parts, now: opts.now, gaps, otherReply: other !== undefined, replyMinistry, authorityId: opts.authorityId, ministry: opts.ministry, reported: (other ?? analysed)?.reported === true };
}

export type RtiKind = 'rti-application' | 'rti-first-appeal' | 'rti-second-appeal' | 'rti-complaint';
export type AppealKind = Exclude<RtiKind, 'rti-application'>;
export type NoticeKind = 'pq-notice' | 'half-an-hour-notice';
export type Prefill<K extends DraftKind> = { readonly fields: DraftFields<K>; readonly points: ReadonlyArray<string> };

/** The fields without the empty ones (a draft stores only what it has). */
export function dropEmpty<F extends { readonly [key: string]: string | undefined }>(fields: F): F {
  // Filtering entries keeps a subset of the same keys.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => (v ?? '').trim().length > 0)) as F;
}

/** The draft's date: the day in India at `now` (the injected clock), not in Greenwich. */
export const isoDay = (instant: string): string => indiaDate(instant);

// ---------------------------------------------------------------------------------------------
// Facts taken from the case

/** "Electronics and Information Technology" -> "Ministry of Electronics and Information Technology". */
export function publicAuthorityName(ministry: string | null): string {
  const m = (ministry ?? '').trim();
  if (m === '') return '';
  return /^(ministry|department|office|cabinet|prime minister)/i.test(m) ? m : `Ministry of ${m}`;
}

/** The minister's designation for "Will the Minister of ... be pleased to state:" (parliament-procedure.md §3.1). */
export function ministerOf(ministry: string | null): string {
  return (ministry ?? '').trim().replace(/^ministry of\s+/i, '');
}

/** Every text of the case but the question: its replies, press accounts and statements. */
export function replyTexts(c: Case): ReadonlyArray<string> {
  return c.sources.filter((s) => s.role !== 'question').map((s) => s.text);
}

export function replyText(c: Case): string {
  const reply = c.sources.find((s) => s.role === 'reply') ?? c.sources.find((s) => s.role === 'qa');
  return reply?.text.trim() ?? '';
}

export function houseName(house: Question['house'], lang: Language): string {
  if (house === null) return '';
  if (lang === 'en') return house;
  return house === 'Lok Sabha' ? 'लोक सभा' : 'राज्य सभा';
}

/**
 * "Rajya Sabha Unstarred Question No. 123 answered on 21.07.2023". A question of a known House
 * without its number cites a slot for it, `numberSlot` (the default, for documents): the officer who receives a paper finds the question's file by its number, and a
 * final export waits until the user has given it (review 5). The app's own messages pass false.
 */
export function questionReference(q: Question | null, lang: Language, opts: { readonly numberSlot?: boolean } = {}): string {
  if (!q) return '';
  const kindEn = q.kind === 'starred' ? 'Starred ' : q.kind === 'unstarred' ? 'Unstarred ' : q.kind === 'short-notice' ? 'Short Notice ' : '';
  const kindHi = q.kind === 'starred' ? 'तारांकित ' : q.kind === 'unstarred' ? 'अतारांकित ' : q.kind === 'short-notice' ? 'अल्प सूचना ' : '';
  const date = q.date ? formatDate(q.date) : '';
  const slot = (opts.numberSlot ?? true) && q.house !== null;
  if (lang === 'en') {
    const number = q.number ? `No. ${q.number}` : slot ? `No. ${NUMBER_SLOT.en}` : '';
    const head = [houseName(q.house, 'en'), `${kindEn}Question`, number].filter(Boolean).join(' ');
    return date ? `${head} answered on ${date}` : head;
  }
  const number = q.number ? `संख्या ${q.number}` : slot ? `संख्या ${NUMBER_SLOT.hi}` : '';
  const head = [houseName(q.house, 'hi'), `${kindHi}प्रश्न`, number].filter(Boolean).join(' ');
  return date ? `${date} को उत्तरित ${head}` : head;
}

/** The slot for a question's number the case does not know: the House's list of questions gives it. */
const NUMBER_SLOT = { en: '[number of the question]', hi: '[प्रश्न की संख्या]' } as const;

/** First day of the month six months before the answer: the records behind a reply predate it. */
export function defaultPeriodStart(answerDate: string | null): string {
  const m = answerDate ? /^(\d{4})-(\d{2})-\d{2}$/.exec(answerDate) : null;
  if (!m) return '';
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) - 6;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `01.${String(month).padStart(2, '0')}.${year}`;
}

export function defaultPeriod(q: Question | null, lang: Language): string {
  const start = defaultPeriodStart(q?.date ?? null);
  if (start === '') return '';
  return lang === 'en' ? `${start} to the date of this application` : `${start} से इस आवेदन की तिथि तक`;
}

/** The subject as the app's lists name a draft: the user's Hindi subject for a Hindi draft, else the subject or the case's title. */
export function listedSubject(ctx: DraftContext): string {
  const own = ctx.lang === 'hi' ? (ctx.q?.subjectHi ?? '').trim() : '';
  return own || (ctx.q?.subject ?? '').trim() || ctx.c.title;
}

/**
 * The question's subject as a document prints it. A Hindi draft takes the subject the user gave in
 * Hindi; without one, the English subject is quoted as the question printed it, not passed off as
 * the draft's own Hindi ("Hindi means Hindi": the only English is what a document quotes).
 */
export function topic(ctx: DraftContext): string {
  const subject = listedSubject(ctx);
  if (ctx.lang === 'en' || (ctx.q?.subjectHi ?? '').trim().length > 0 || !/[A-Za-z]/.test(subject)) return subject;
  return `“${subject}”`;
}

/** The matter of a Hindi record ask: the user's Hindi subject, else the question named in Hindi (matterByReferenceHi). */
function matterForRecordsHi(ctx: DraftContext): string {
  const own = (ctx.q?.subjectHi ?? '').trim();
  if (own) return topicPhrase(own);
  return ctx.q ? matterByReferenceHi(ctx.q) : topic(ctx);
}

/**
 * The question's subject as a phrase for "in the matter of ...". A subject such as "Status of
 * investigation into X" would put "status" into the request, which practitioners advise against
 * (A.6: ask for file notings, not "status"), so such a lead-in is dropped.
 */
export function topicPhrase(subject: string): string {
  const bare = subject.trim().replace(/^(the\s+)?(present\s+)?(status|details|progress)\s+of\s+(the\s+)?/i, '').trim() || subject.trim();
  return bare;
}

/**
 * Common nouns that open parliamentary subject lines ("Investigation into ...", "Measures for ...").
 * Only these are lowered inside a sentence: a first word that may be a name (Jhansi, Aadhaar) stays.
 */
const SUBJECT_LEAD_NOUNS = new Set([
  'action', 'attack', 'attacks', 'breach', 'cases', 'cyber', 'data', 'delay', 'fire', 'funds', 'implementation', 'incidents',
  'inquiry', 'investigation', 'leak', 'loss', 'lost', 'measures', 'policy', 'probe', 'release', 'security', 'shortage', 'steps',
  'study', 'use', 'vacancies', 'vacant',
]);

/** The topic inside an English sentence: "the investigation into CoWIN data breach". */
export function topicInSentence(subject: string): string {
  const phrase = topicPhrase(subject);
  const first = /^[A-Za-z]+/.exec(phrase)?.[0] ?? '';
  const lowered = SUBJECT_LEAD_NOUNS.has(first.toLowerCase()) && /^[A-Z][a-z]*$/.test(first) ? first.toLowerCase() + phrase.slice(first.length) : phrase;
  const article = /^(the|a|an)\s/i.exec(lowered);
  return article ? `${article[0].toLowerCase()}${lowered.slice(article[0].length)}` : `the ${lowered}`;
}

/** "Ministry of X" reads "the Ministry of X" inside a sentence; a body's own name (CERT-In) stays bare. */
export function withArticle(authority: string): string {
  return /^(ministry|department|office|directorate|commission|board|authority)\b/i.test(authority) ? `the ${authority}` : authority;
}

// ---------------------------------------------------------------------------------------------
// Record-based RTI points

/** What a part asked, as a noun phrase without "the details of" ("the SEZs which …"), or null when it names nothing of its own. */
function ownTopic(text: string, earlier: ReadonlyArray<string>): string | null {
  const t = parsePart(standAlone(text, earlier)).topic;
  if (t === null || bareTopic(t) !== null) return null;
  // Records as held, not a ranking or a cause (`templates/rules/record-wording.ts`).
  return asRecords(t).replace(/^the\s+/i, 'the ');
}

/**
 * A part named in Hindi, with its words quoted after "अर्थात्" exactly as the question worded them,
 * when they are short enough to read; where the English point asks for them as records rather than
 * a ranking or a cause (record-wording.ts), a Hindi note says so after the quotation, which never
 * holds edited words (review 16). A longer part is named by reference alone.
 */
function partAskedQuotedHi(q: Question, label: string, words: string): string {
  const named = partAskedHi(q, partLabel(label, 'hi').slice(1, -1));
  if (!quotable(words)) return named;
  const notes = recordWordingNotesHi(words);
  return `${named}, अर्थात् “${words}”${notes.length > 0 ? ` (${notes.join('; ')})` : ''},`;
}

/** The record asks for the chosen parts, merged so each kind of record is asked for once, citing every part it serves. */
export function recordPoints(ctx: DraftContext, authority: string): ReadonlyArray<string> {
  // The facets of the follow-up table (templates/rules/follow-ups.ts), the same the suggestions
  // use; two facets with the same record ask (a plan, the measures) give one point.
  // Each in the part's own words where it names what it asked ("the SEZs which have acquired land
  // but failed to develop it"), else the question's subject: a point on the title alone asks for
  // every file on the matter, the answered parts' too (review 10: 76 of 77 corpus cases).
  const title = ctx.lang === 'en' ? topicInSentence(topic(ctx)) : matterForRecordsHi(ctx);
  const auth = authority ? (ctx.lang === 'en' ? withArticle(authority) : authority) : ctx.lang === 'en' ? 'the public authority' : 'लोक प्राधिकारी';
  const points = new Set<string>();
  for (const part of ctx.parts) {
    const matches = FOLLOW_UP_FACETS.filter((facet) => facet.patterns.some((p) => p.test(part.text)));
    const allParts = ctx.q?.parts ?? [];
    const own = ownTopic(part.text, allParts.slice(0, Math.max(0, allParts.findIndex((p) => p.label === part.label))).map((p) => p.text));
    // A Hindi point on a part with its own English words names the part in Hindi and quotes the words
    // it asks for, as the English point asks them (record-wording.ts): the reference alone would
    // bring back what the English point left out, a ranking or a cause (review 15, NHM).
    const t = own === null ? title : ctx.lang === 'en' || !/[A-Za-z]/.test(own) ? own : ctx.q ? partAskedQuotedHi(ctx.q, part.label, parsePart(part.text).topic ?? '') : title;
    // A part refused because the data is not maintained: who holds it, not the data again.
    if (part.status === 'refused' && NOT_MAINTAINED.test([part.evidence, ...part.passages.map((e) => e.text)].join(' '))) {
      const body = NOT_HELD_RECORD_ASK[ctx.lang].replaceAll('{authority}', auth).replaceAll('{topic}', t);
      points.add(ctx.lang === 'en' ? `${body}.` : `${body}।`);
      continue;
    }
    // The period is stated once, in the application's opening (A.6: a narrow window), not in every point.
    for (const facet of matches.length > 0 ? matches : [DEFAULT_FOLLOW_UP]) {
      const ask = facet === DEFAULT_FOLLOW_UP && own !== null ? DEFAULT_FOLLOW_UP.ownTopicRecordAsk : facet.recordAsk;
      const body = ask[ctx.lang].replaceAll('{authority}', auth).replaceAll('{topic}', t);
      points.add(ctx.lang === 'en' ? `${body}.` : `${body}।`);
    }
  }
  return [...points];
}

// ---------------------------------------------------------------------------------------------
// Fields every kind of draft shares

export function applicantFields(profile: Profile): DraftFields<RtiKind> {
  const a = profile.applicant;
  return {
    applicantName: a.name,
    applicantAddress: a.address,
    applicantPhone: a.phone,
    applicantEmail: a.email,
    ...(a.isBpl ? { feeMode: 'bpl', bplCertificate: a.bplCertificate } : { feeMode: 'ipo' }),
  };
}

export function memberFields(ctx: DraftContext): DraftFields<NoticeKind> {
  const m = ctx.profile.member;
  return { memberName: m.name, divisionNumber: m.divisionNumber, house: m.house ?? ctx.q?.house ?? '' };
}

/** The latest earlier draft of `kind` in the case, preferring one that follows up the same parts. */
export function earlier<K extends DraftKind>(ctx: DraftContext, kind: K): DraftOf<K> | undefined {
  // A draft in this draft's language first: an English appeal carries the English application's
  // words, not the Hindi twin's made after it (review 8: "Place: नई दिल्ली" in an English appeal).
  const ofKind = ctx.c.drafts.filter((d): d is DraftOf<K> => d.kind === kind);
  const inLanguage = ofKind.filter((d) => d.language === ctx.lang);
  const same = inLanguage.length > 0 ? inLanguage : ofKind;
  const overlapping = same.filter((d) => d.forParts.some((p) => ctx.parts.some((c) => c.label === p)));
  return (overlapping.length > 0 ? overlapping : same).at(-1);
}

export const RTI_CARRIED = ['publicAuthority', 'pioAddress', 'subject', 'period', 'applicantName', 'applicantAddress', 'applicantPhone', 'applicantEmail', 'state', 'place'] as const satisfies ReadonlyArray<DraftFieldKey<RtiKind>>;

/** The values an earlier draft has for `keys`. */
export function carried<K extends DraftKind>(from: DraftOf<K> | undefined, keys: ReadonlyArray<DraftFieldKey<K>>): DraftFields<K> {
  if (!from) return {};
  const fields: { readonly [key: string]: string | undefined } = from.fields;
  // Each entry is one of `keys`, all declared by K.
  return Object.fromEntries(keys.flatMap((k) => (fields[k] ? [[k, fields[k]]] : []))) as DraftFields<K>;
}

export function partsText(ctx: DraftContext): string {
  return ctx.parts.map((p) => `${partLabel(p.label, ctx.lang)} ${p.text.trim()}`).join('\n');
}

/**
 * The matter as a reply of the case names it, in the draft's language, as a sentence names it
 * ("the cyber incident regarding CoWIN data in June 2023"; `suggest/context.ts`); null when no
 * reply names it.
 */
export function replyNamedMatter(ctx: DraftContext): string | null {
  return replyTexts(ctx.c).map(ctx.lang === 'en' ? matterNamedInReply : matterNamedInReplyHi).find((m) => m !== null) ?? null;
}

/**
 * The matter as a reply of the case names it, as the subject of a new question: "Cyber incident
 * regarding CoWIN data in June 2023" (in the draft's language), not the earlier question's own
 * subject ("Status of investigation into CoWIN data breach"), which both repeats that question
 * and carries a premise the Ministry disputes (RS Rule 47(iv), LS Rule 41(2)(iv); review 6).
 * Null when no reply names it.
 */
export function replyNamedSubject(ctx: DraftContext): string | null {
  const named = replyNamedMatter(ctx);
  if (named === null) return null;
  const bare = named.replace(/^the\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

export function questionFields(ctx: DraftContext): DraftFields<DraftKind> {
  const q = ctx.q;
  return {
    ministry: ministerOf(q?.ministry ?? null),
    questionNumber: q?.number ?? '',
    questionDate: q?.date ?? '',
    questionKind: q?.kind ?? '',
    subject: topic(ctx),
    questionRef: questionReference(q, ctx.lang),
    partsText: partsText(ctx),
    replyText: ctx.parts.map((p) => p.evidence).filter(Boolean).join('\n') || replyText(ctx.c),
  };
}


/**
 * An application or first appeal as it was filed: the draft the latest recorded filing of that kind
 * was made from, else the latest draft of the kind (`earlier`). An appeal sets out what was asked
 * in the words that were sent (review 11: a Hindi appeal cited the English application's
 * registration number but listed the Hindi draft's points, a different application).
 */
export function filedDraft<K extends 'rti-application' | 'rti-first-appeal'>(ctx: DraftContext, kind: K): DraftOf<K> | undefined {
  const draftId = kind === 'rti-application' ? latestFiling(ctx, 'rti-application')?.draftId : latestFiling(ctx, 'rti-first-appeal')?.draftId;
  const ofKind = (d: Case['drafts'][number]): d is DraftOf<K> => d.kind === kind;
  const match = draftId ? ctx.c.drafts.find((d) => d.id === draftId) : undefined;
  return (match !== undefined && ofKind(match) ? match : undefined) ?? earlier(ctx, kind);
}

/** The latest recorded filing of a kind (the tracker's record of what was actually sent). */
export function latestFiling<K extends Filing['kind']>(ctx: DraftContext, kind: K): Extract<Filing, { kind: K }> | undefined {
  return ctx.c.filings.filter((f): f is Extract<Filing, { kind: K }> => f.kind === kind).at(-1);
}

const REPLY_STATUSES: ReadonlyArray<FilingStatus> = ['replied', 'partly-replied', 'refused', 'fee-demanded'];

/**
 * What the recorded history says went wrong, as an appeal ground: no decision -> deemed refusal
 * (s.7(2)); a refusal whose note cites s.8(1)(h) or s.24 -> those grounds; a fee demand; otherwise
 * a partial reply. The user can change it; this only starts from the record.
 */
export function groundFromHistory(history: ReadonlyArray<StatusEvent>): { ground: string; replyDate: string } {
  const reply = [...history].reverse().find((e) => REPLY_STATUSES.includes(e.status));
  if (!reply) return { ground: 'no-reply', replyDate: '' };
  switch (reply.status) {
    case 'fee-demanded':
      return { ground: 'fee-demand', replyDate: reply.date };
    case 'refused':
      if (/8\s*\(\s*1\s*\)\s*\(\s*h\s*\)/i.test(reply.note)) return { ground: 'exemption-8-1-h', replyDate: reply.date };
      if (/(section|s\.)\s*24\b/i.test(reply.note)) return { ground: 'exemption-s24', replyDate: reply.date };
      return { ground: 'other', replyDate: reply.date };
    default:
      return { ground: 'partial', replyDate: reply.date };
  }
}

/** Dates, numbers and the ground from the recorded filings, which beat anything guessed from drafts. */
export function filingFields(ctx: DraftContext): DraftFields<AppealKind> {
  const app = latestFiling(ctx, 'rti-application');
  const appeal = latestFiling(ctx, 'rti-first-appeal');
  if (!app && !appeal) return {};
  const history = [...(app?.history ?? []), ...(appeal?.history ?? [])];
  const { ground, replyDate } = groundFromHistory(app?.history ?? []);
  const firstAppealDate = (appeal ? filedOn(appeal) : null) ?? history.find((e) => e.status === 'first-appeal')?.date ?? '';
  const order = history.find((e) => e.status === 'first-appellate-order');
  return {
    ...(app
      ? {
          publicAuthority: app.publicAuthority,
          applicationDate: filedOn(app) ?? '',
          applicationRef: app.registrationNumber,
          // How it went: the appeals' index names the proofs that exist (an online acknowledgement, not a postal receipt).
          applicationMode: app.mode,
          state: app.government === 'state' ? app.state : '',
          ground,
          replyDate,
        }
      : {}),
    firstAppealDate,
    ...(appeal ? { firstAppealRef: appeal.registrationNumber } : {}),
    faaOrderDate: order?.date ?? '',
  };
}

















