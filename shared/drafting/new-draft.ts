import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS } from '../../templates/rules/follow-ups.ts';
import type { Case } from '../domain/case.ts';
import type { DraftKind, DraftOf, Language } from '../domain/draft.ts';
import type { DraftFieldKey, DraftFields } from '../domain/draft-fields.ts';
import type { PartStatus } from '../domain/part-status.ts';
import { statusLabel } from '../domain/part-status.ts';
import type { Question } from '../domain/question.ts';
import type { Filing, FilingStatus, StatusEvent } from '../domain/filing.ts';
import { filedOn } from '../domain/filing-history.ts';
import { describeFiling, filingStatusLabel } from '../domain/filing-labels.ts';
import { assertNever } from '../lib/assert-never.ts';
import type { Profile } from '../domain/profile.ts';
import { PQ_WORD_LIMITS } from '../../templates/rules/question-rules.ts';
import { countWords } from '../lint/text.ts';
import type { Evidence } from '../domain/analysis.ts';
import { findGaps, gapPoint, gapsForNotice, type Gap } from './gaps.ts';
import { planFor, planRecords } from './records.ts';
import { matterOf } from './suggest/context.ts';
import { findAddress } from '../../templates/authorities/addresses.ts';
import { indiaDate, formatDate } from '../lib/dates/index.ts';

/**
 * Create a draft of `kind` from a case: fields prefilled from the question, the reply, earlier
 * drafts and the user's profile; points proposed for the chosen parts.
 *
 * RTI points ask for records, never reasons: "information" under s.2(f) does not include answers to
 * "why" (Bombay HC, Celsa Pinto; `rti-law-and-anchors.md` A.6), so an unanswered "reasons therefor"
 * becomes a request for the file notings in which the matter was examined. Each point names the
 * record kind (file notings, correspondence, reports, orders), asks for dates and numbers, and
 * carries a period (A.6: "a narrow time window"; A.7 turns the CoWIN gaps into record requests).
 * Field keys are the ones the templates in `templates/documents/` read.
 */
export function newDraft<K extends DraftKind>(
  kind: K,
  c: Case,
  opts: { parts: ReadonlyArray<string>; language: Language; profile: Profile; now: string; id: string; replyId?: string; authorityId?: string },
): DraftOf<K> {
  const ctx = context(c, opts);
  const { fields, points } = prefill(kind, ctx);
  // `prefill` gives each kind its own fields (each case of its switch is typed by the kind), which
  // TypeScript cannot follow through the generic `K`.
  const draft = {
    id: opts.id,
    kind,
    title: titleFor(kind, ctx),
    language: opts.language,
    createdAt: opts.now,
    updatedAt: opts.now,
    forParts: [...ctx.parts.map((p) => p.label)],
    fields: dropEmpty(fields),
    points: [...points],
  };
  return draft as DraftOf<K>;
}

type ChosenPart = {
  readonly label: string;
  readonly text: string;
  readonly status: PartStatus | null;
  readonly reason: string;
  readonly evidence: string;
  readonly passages: ReadonlyArray<Evidence>;
};

type Ctx = {
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
  /** For an RTI application: the authority whose records it asks for (`records.ts`). */
  readonly authorityId: string | undefined;
};

function context(c: Case, opts: { parts: ReadonlyArray<string>; language: Language; profile: Profile; now: string; replyId?: string; authorityId?: string }): Ctx {
  const q = c.question;
  const chosen = new Set(opts.parts);
  const parts = (q?.parts ?? [])
    .filter((p) => chosen.has(p.label))
    .map((p): ChosenPart => {
      const override = c.analysis.overrides.findLast((o) => o.label === p.label);
      const verdict = c.analysis.parts.find((v) => v.label === p.label);
      return {
        label: p.label,
        text: p.text,
        status: override?.status ?? verdict?.status ?? null,
        reason: override?.reason ?? verdict?.reason ?? '',
        evidence: (verdict?.evidence ?? []).map((e) => e.text.trim()).filter((t) => t.length > 0).join(' … '),
        passages: verdict?.evidence ?? [],
      };
    });
  const analysed = c.sources.find((s) => s.id === c.analysis.sourceId);
  const other = opts.replyId !== undefined && opts.replyId !== c.analysis.sourceId ? c.sources.find((s) => s.id === opts.replyId) : undefined;
  const gaps = other
    ? findGaps({ question: q, parts: [], replyText: other.text })
    : findGaps({ question: q, parts: parts.map((p) => ({ label: p.label, text: p.text, status: p.status, evidence: p.passages })), replyText: analysed?.text ?? replyText(c) });
  return { c, q, lang: opts.language, profile: opts.profile, parts, now: opts.now, gaps, otherReply: other !== undefined, authorityId: opts.authorityId };
}

type RtiKind = 'rti-application' | 'rti-first-appeal' | 'rti-second-appeal' | 'rti-complaint';
type AppealKind = Exclude<RtiKind, 'rti-application'>;
type NoticeKind = 'pq-notice' | 'half-an-hour-notice';
type Prefill<K extends DraftKind> = { readonly fields: DraftFields<K>; readonly points: ReadonlyArray<string> };

/** The fields without the empty ones (a draft stores only what it has). */
function dropEmpty<F extends { readonly [key: string]: string | undefined }>(fields: F): F {
  // Filtering entries keeps a subset of the same keys.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => (v ?? '').trim().length > 0)) as F;
}

/** The draft's date: the day in India at `now` (the injected clock), not in Greenwich. */
const isoDay = (instant: string): string => indiaDate(instant);

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

function replyText(c: Case): string {
  const reply = c.sources.find((s) => s.role === 'reply') ?? c.sources.find((s) => s.role === 'qa');
  return reply?.text.trim() ?? '';
}

const HINDI_LETTERS = ['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ', 'ट', 'ठ', 'ड', 'ढ', 'ण', 'त', 'थ', 'द', 'ध', 'न', 'प', 'फ', 'ब', 'भ', 'म', 'य'] as const;

/** Part (b) is (ख) in a Hindi question (Devanagari consonant order, as Hindi parliamentary papers letter parts). */
export function partLabel(label: string, lang: Language): string {
  if (lang === 'en') return `(${label})`;
  const index = label.length === 1 ? label.charCodeAt(0) - 97 : -1;
  return `(${HINDI_LETTERS[index] ?? label})`;
}

function houseName(house: Question['house'], lang: Language): string {
  if (house === null) return '';
  if (lang === 'en') return house;
  return house === 'Lok Sabha' ? 'लोक सभा' : 'राज्य सभा';
}

/** "Rajya Sabha Unstarred Question No. 123 answered on 21.07.2023". */
export function questionReference(q: Question | null, lang: Language): string {
  if (!q) return '';
  const kindEn = q.kind === 'starred' ? 'Starred ' : q.kind === 'unstarred' ? 'Unstarred ' : q.kind === 'short-notice' ? 'Short Notice ' : '';
  const kindHi = q.kind === 'starred' ? 'तारांकित ' : q.kind === 'unstarred' ? 'अतारांकित ' : q.kind === 'short-notice' ? 'अल्प सूचना ' : '';
  const date = q.date ? formatDate(q.date) : '';
  if (lang === 'en') {
    const head = [houseName(q.house, 'en'), `${kindEn}Question`, q.number ? `No. ${q.number}` : ''].filter(Boolean).join(' ');
    return date ? `${head} answered on ${date}` : head;
  }
  const head = [houseName(q.house, 'hi'), `${kindHi}प्रश्न`, q.number ? `संख्या ${q.number}` : ''].filter(Boolean).join(' ');
  return date ? `${date} को उत्तरित ${head}` : head;
}

/** First day of the month six months before the answer: the records behind a reply predate it. */
export function defaultPeriodStart(answerDate: string | null): string {
  const m = answerDate ? /^(\d{4})-(\d{2})-\d{2}$/.exec(answerDate) : null;
  if (!m) return '';
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) - 6;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `01.${String(month).padStart(2, '0')}.${year}`;
}

function defaultPeriod(q: Question | null, lang: Language): string {
  const start = defaultPeriodStart(q?.date ?? null);
  if (start === '') return '';
  return lang === 'en' ? `${start} to the date of this application` : `${start} से इस आवेदन की तिथि तक`;
}

function topic(ctx: Ctx): string {
  return (ctx.q?.subject ?? '').trim() || ctx.c.title;
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

/** The record asks for the chosen parts, merged so each kind of record is asked for once, citing every part it serves. */
export function recordPoints(ctx: Ctx, authority: string): ReadonlyArray<string> {
  // The facets of the follow-up table (templates/rules/follow-ups.ts), the same the suggestions
  // use; two facets with the same record ask (a plan, the measures) give one point.
  const asks = new Map<string, { readonly en: string; readonly hi: string }>();
  for (const part of ctx.parts) {
    const matches = FOLLOW_UP_FACETS.filter((facet) => facet.patterns.some((p) => p.test(part.text)));
    for (const facet of matches.length > 0 ? matches : [DEFAULT_FOLLOW_UP]) asks.set(facet.recordAsk.en, facet.recordAsk);
  }
  const t = ctx.lang === 'en' ? topicInSentence(topic(ctx)) : topicPhrase(topic(ctx));
  const auth = authority ? (ctx.lang === 'en' ? withArticle(authority) : authority) : ctx.lang === 'en' ? 'the public authority' : 'लोक प्राधिकारी';
  // The period is stated once, in the application's opening (A.6: a narrow window), not in every point.
  return [...asks.values()].map((ask) => {
    const body = ask[ctx.lang].replaceAll('{authority}', auth).replaceAll('{topic}', t);
    return ctx.lang === 'en' ? `${body}.` : `${body}।`;
  });
}

// ---------------------------------------------------------------------------------------------
// Per-kind prefill

function applicantFields(profile: Profile): DraftFields<RtiKind> {
  const a = profile.applicant;
  return {
    applicantName: a.name,
    applicantAddress: a.address,
    applicantPhone: a.phone,
    applicantEmail: a.email,
    ...(a.isBpl ? { feeMode: 'bpl', bplCertificate: a.bplCertificate } : { feeMode: 'ipo' }),
  };
}

function memberFields(ctx: Ctx): DraftFields<NoticeKind> {
  const m = ctx.profile.member;
  return { memberName: m.name, divisionNumber: m.divisionNumber, house: m.house ?? ctx.q?.house ?? '' };
}

/** The latest earlier draft of `kind` in the case, preferring one that follows up the same parts. */
function earlier<K extends DraftKind>(ctx: Ctx, kind: K): DraftOf<K> | undefined {
  const same = ctx.c.drafts.filter((d): d is DraftOf<K> => d.kind === kind);
  const overlapping = same.filter((d) => d.forParts.some((p) => ctx.parts.some((c) => c.label === p)));
  return (overlapping.length > 0 ? overlapping : same).at(-1);
}

const RTI_CARRIED = ['publicAuthority', 'pioAddress', 'subject', 'period', 'applicantName', 'applicantAddress', 'applicantPhone', 'applicantEmail', 'state', 'place'] as const satisfies ReadonlyArray<DraftFieldKey<RtiKind>>;

/** The values an earlier draft has for `keys`. */
function carried<K extends DraftKind>(from: DraftOf<K> | undefined, keys: ReadonlyArray<DraftFieldKey<K>>): DraftFields<K> {
  if (!from) return {};
  const fields: { readonly [key: string]: string | undefined } = from.fields;
  // Each entry is one of `keys`, all declared by K.
  return Object.fromEntries(keys.flatMap((k) => (fields[k] ? [[k, fields[k]]] : []))) as DraftFields<K>;
}

function partsText(ctx: Ctx): string {
  return ctx.parts.map((p) => `${partLabel(p.label, ctx.lang)} ${p.text.trim()}`).join('\n');
}

function questionFields(ctx: Ctx): DraftFields<DraftKind> {
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
 * An application to the authority that holds the records (`records.ts`): the records the replies
 * and notes name, one per point, the period once from the event. Without such records, the old
 * part-by-part asks to the ministry that answered.
 */
function rtiApplication(ctx: Ctx): Prefill<'rti-application'> {
  const parts = ctx.parts.map((p) => ({ label: p.label, text: p.text, status: p.status, evidence: p.passages }));
  const planned = planRecords(ctx.c, parts, ctx.lang);
  const plan = planFor(planned, ctx.authorityId);
  const answering = publicAuthorityName(ctx.q?.ministry ?? null);
  const authority = plan ? plan.authority?.name ?? plan.fallbackName : answering;
  const records = plan?.records ?? [];
  const inspect = records.flatMap((r, i) => (r.inspectable ? [String(i + 1)] : []));
  return {
    fields: {
      ...questionFields(ctx),
      ...applicantFields(ctx.profile),
      publicAuthority: authority,
      ...(plan?.authority ? { authorityId: plan.authority.id } : {}),
      pioAddress: findAddress(plan?.authority?.id, 'pio', ctx.profile.addresses)?.text ?? '',
      // "regarding the CoWIN data breach": the matter, not the question's "Status of ..." heading.
      subject: ctx.lang === 'en' && ctx.q ? matterOf(ctx.q) : topic(ctx),
      period: planned.period || defaultPeriod(ctx.q, ctx.lang),
      inspectPoints: inspect.join(', '),
      date: isoDay(ctx.now),
    },
    points: records.length > 0 ? records.map((r) => r.text) : recordPoints(ctx, answering),
  };
}

/** The latest recorded filing of a kind (the tracker's record of what was actually sent). */
function latestFiling<K extends Filing['kind']>(ctx: Ctx, kind: K): Extract<Filing, { kind: K }> | undefined {
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
function filingFields(ctx: Ctx): DraftFields<AppealKind> {
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
          state: app.government === 'state' ? app.state : '',
          ground,
          replyDate,
        }
      : {}),
    firstAppealDate,
    faaOrderDate: order?.date ?? '',
  };
}

function rtiFirstAppeal(ctx: Ctx): Prefill<'rti-first-appeal'> {
  const application = earlier(ctx, 'rti-application');
  const base = rtiApplication(ctx);
  return {
    fields: {
      ...base.fields,
      ...carried(application, RTI_CARRIED),
      applicationDate: application?.fields.date ?? '',
      // No reply recorded: the appeal proceeds on deemed refusal (s.7(2)) until the user records one.
      ground: 'no-reply',
      ...dropEmpty(filingFields(ctx)),
      faaAddress: findAddress(base.fields.authorityId, 'faa', ctx.profile.addresses)?.text ?? '',
      date: isoDay(ctx.now),
    },
    points: application?.points ?? base.points,
  };
}

function rtiSecondAppeal(ctx: Ctx): Prefill<'rti-second-appeal'> {
  const { fields, points } = rtiToCommission(ctx);
  return { fields, points };
}

/** A complaint under s.18 starts from the same record as a second appeal, with its own ground. */
function rtiComplaint(ctx: Ctx): Prefill<'rti-complaint'> {
  const { fields, points, firstAppealGround } = rtiToCommission(ctx);
  return { fields: { ...fields, complaintGround: firstAppealGround === 'no-reply' ? 'no-response' : 'other' }, points };
}

/** What the Commission is told (second appeal or complaint): the first appeal's record carried on. */
function rtiToCommission(ctx: Ctx): Prefill<'rti-second-appeal'> & { readonly firstAppealGround: string | undefined } {
  const appeal = earlier(ctx, 'rti-first-appeal');
  const base = rtiFirstAppeal(ctx);
  return {
    fields: {
      ...base.fields,
      ...carried(appeal, [...RTI_CARRIED, 'applicationDate', 'applicationRef', 'replyDate', 'replyRef', 'ground', 'groundDetails', 'faaAddress']),
      firstAppealDate: appeal?.fields.date ?? '',
      ...dropEmpty(filingFields(ctx)),
      commissionAddress: findAddress('cic', 'commission')?.text ?? '',
      date: isoDay(ctx.now),
    },
    points: appeal?.points ?? base.points,
    firstAppealGround: base.fields.ground,
  };
}

/** Words the notice's stem takes ("Will the Minister of X be pleased to state:"), counted as the limit counts them. */
function stemWords(ministry: string): number {
  return countWords(`Will the Minister of ${ministry} be pleased to state:`);
}

/**
 * Question parts built from what the reply withheld (`gaps.ts`), never the earlier parts again
 * (LS Rule 41(2)(xiii), RS Rule 47(xiv)), kept within the House's word limit (RS Rule 47(vii):
 * 100 words; LS Rule 41(2)(vii): ordinarily 150).
 */
function gapNoticeParts(ctx: Ctx, house: string): ReadonlyArray<{ gap: Gap; parts: ReadonlyArray<string> }> {
  const limit = house === 'Lok Sabha' ? PQ_WORD_LIMITS['Lok Sabha'].words : PQ_WORD_LIMITS['Rajya Sabha'].words;
  return gapsForNotice(ctx.gaps, limit - stemWords(ministerOf(ctx.q?.ministry ?? null) || 'the Ministry'));
}

function pqNotice(ctx: Ctx): Prefill<'pq-notice'> {
  const member = memberFields(ctx);
  const chosen = gapNoticeParts(ctx, member.house ?? '');
  return {
    // Rule 34(1)(d): the order of preference among the day's notices; the first unless the user says otherwise.
    fields: { ...questionFields(ctx), ...member, questionKind: 'unstarred', preference: '1', date: isoDay(ctx.now) },
    points: chosen.flatMap((c) => c.parts),
  };
}

/** "(a), (b) and (c)" in either language. */
function labelList(labels: ReadonlyArray<string>, lang: Language): string {
  const l = labels.map((x) => partLabel(x, lang));
  if (l.length <= 1) return l.join('');
  return `${l.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'और'} ${l.at(-1) ?? ''}`;
}

/**
 * The explanatory note (Rule 55 / Rule 60: the reasons for raising the discussion): what the
 * answer left out, each gap once. A note the user wrote in an earlier half-an-hour draft of the
 * case is theirs and is kept.
 */
function explanatoryNote(ctx: Ctx, gaps: ReadonlyArray<Gap>): string {
  const own = earlier(ctx, 'half-an-hour-notice')?.fields.explanatoryNote;
  if (own && own.trim().length > 0) return own;
  const ref = questionReference(ctx.q, ctx.lang) || (ctx.lang === 'en' ? 'the question' : 'प्रश्न');
  const labels = [...new Set(gaps.flatMap((g) => g.forParts))];
  const withheld = [...new Set(gaps.map((g) => g.withheld))];
  if (ctx.lang === 'hi') return `${ref} के उत्तर में भाग ${labelList(labels, 'hi')} में मांगी गई सूचना नहीं दी गई।`;
  const which = labels.length > 0 ? ` the information sought in part${labels.length > 1 ? 's' : ''} ${labelList(labels, 'en')}` : '';
  return `The answer to ${ref} did not give${which}. It did not say ${withheld.join('; nor ')}. These are matters of fact on which the answer needs elucidation.`;
}

const MAX_DISCUSSION_POINTS = 4;

function halfAnHour(ctx: Ctx): Prefill<'half-an-hour-notice'> {
  const member = memberFields(ctx);
  // Points are "specified briefly" (§1.6): the weightiest few, in the order the answer gave them.
  const gaps = gapsForNotice(ctx.gaps, Number.POSITIVE_INFINITY).map((c) => c.gap).slice(0, MAX_DISCUSSION_POINTS);
  return {
    fields: { ...questionFields(ctx), ...member, explanatoryNote: explanatoryNote(ctx, gaps), date: isoDay(ctx.now) },
    points: gaps.map((g) => gapPoint(g)),
  };
}

function listOfDates(ctx: Ctx): Prefill<'list-of-dates'> {
  const events: Array<{ date: string; event: string }> = [];
  const q = ctx.q;
  const ref = questionReference(q, ctx.lang);
  if (q?.date) {
    events.push({
      date: q.date,
      event: ctx.lang === 'en' ? `${ref}: ${topic(ctx)}.` : `${ref}: ${topic(ctx)}।`,
    });
  }
  for (const verdict of ctx.c.analysis.parts) {
    if (verdict.assurance?.dueBy) {
      events.push({
        date: verdict.assurance.dueBy,
        event: ctx.lang === 'en'
          ? `Assurance in reply to part ${partLabel(verdict.label, 'en')} ("${verdict.assurance.phrase}") falls due (three months from the answer).`
          : `भाग ${partLabel(verdict.label, 'hi')} के उत्तर में दिया गया आश्वासन ("${verdict.assurance.phrase}") पूरा करने की तिथि (उत्तर से तीन माह)।`,
      });
    }
  }
  // What was actually sent and received, from the tracker's history (drafts are not events).
  for (const filing of ctx.c.filings) {
    for (const e of filing.history) {
      if (e.status === 'draft') continue;
      const note = e.note.trim() ? ` ${e.note.trim().replace(/\s*\|\s*/g, ' / ')}` : '';
      events.push({ date: e.date, event: `${describeFiling(filing)}: ${filingStatusLabel(filing.kind, e.status)}.${note}` });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    fields: { ...questionFields(ctx), caseTitle: ctx.c.title, date: isoDay(ctx.now) },
    points: events.map((e) => `${formatDate(e.date)} | ${e.event}`),
  };
}

function statusText(status: PartStatus | null, lang: Language): string {
  if (status === null) return lang === 'en' ? 'Not assessed' : 'आकलन नहीं';
  if (lang === 'en') return statusLabel(status);
  switch (status) {
    case 'answered': return 'उत्तर दिया गया';
    case 'partial': return 'आंशिक उत्तर';
    case 'unanswered': return 'उत्तर नहीं दिया गया';
    case 'deferred': return 'टाल दिया गया';
    case 'refused': return 'इनकार';
    case 'not_applicable': return 'लागू नहीं';
    default: return assertNever(status, 'Unknown part status');
  }
}

function pointsTable(ctx: Ctx): Prefill<'points-table'> {
  const clean = (s: string): string => s.replace(/\s*\|\s*/g, ' / ').replace(/\s+/g, ' ').trim();
  return {
    fields: { ...questionFields(ctx), caseTitle: ctx.c.title, date: isoDay(ctx.now) },
    points: ctx.parts.map((p) =>
      [partLabel(p.label, ctx.lang), clean(p.text), clean(p.evidence || p.reason || '—'), statusText(p.status, ctx.lang)].join(' | '),
    ),
  };
}

function prefill(kind: DraftKind, ctx: Ctx): Prefill<DraftKind> {
  switch (kind) {
    case 'rti-application': return rtiApplication(ctx);
    case 'rti-first-appeal': return rtiFirstAppeal(ctx);
    case 'rti-second-appeal': return rtiSecondAppeal(ctx);
    case 'rti-complaint': return rtiComplaint(ctx);
    case 'pq-notice': return pqNotice(ctx);
    case 'half-an-hour-notice': return halfAnHour(ctx);
    case 'list-of-dates': return listOfDates(ctx);
    case 'points-table': return pointsTable(ctx);
    default: return assertNever(kind, 'Unknown draft kind');
  }
}

const KIND_TITLES: { readonly [K in DraftKind]: { readonly en: string; readonly hi: string } } = {
  'rti-application': { en: 'RTI application', hi: 'आरटीआई आवेदन' },
  'rti-first-appeal': { en: 'RTI first appeal', hi: 'आरटीआई प्रथम अपील' },
  'rti-second-appeal': { en: 'RTI second appeal', hi: 'आरटीआई द्वितीय अपील' },
  'rti-complaint': { en: 'RTI complaint (s.18)', hi: 'आरटीआई शिकायत (धारा 18)' },
  'pq-notice': { en: 'Question notice', hi: 'प्रश्न की सूचना' },
  'half-an-hour-notice': { en: 'Half-an-hour discussion notice', hi: 'आधे घंटे की चर्चा की सूचना' },
  'list-of-dates': { en: 'List of dates and events', hi: 'तिथियों और घटनाओं की सूची' },
  'points-table': { en: 'Points asked and answered', hi: 'पूछे गए और उत्तरित बिंदु' },
};

function titleFor(kind: DraftKind, ctx: Ctx): string {
  const t = topic(ctx);
  return `${KIND_TITLES[kind][ctx.lang]}: ${t}`;
}
