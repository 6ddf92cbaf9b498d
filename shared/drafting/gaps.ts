import { CLAIM_RULES, type ClaimRule } from '../../templates/rules/claims.ts';
import { concernOf } from '../../templates/rules/minister-concerned.ts';
import { asksAboutComplaint } from '../../templates/rules/complainant.ts';
import { namesMinistry } from '../../templates/authorities/names.ts';
import { FOLLOW_UP_FACETS, FRESH_FOLLOW_UPS, FOLLOW_UP_MARK, HINDI_BY_REFERENCE, KEEPS_THE_DATA, MORE_THAN_GIVEN, NOT_MAINTAINED, STATUS_FOLLOW_UPS } from '../../templates/rules/follow-ups.ts';
import { assertNever } from '../lib/assert-never.ts';
import { systemNamedIn } from '../../templates/rules/system-owners.ts';
import { findAuthority } from '../../templates/authorities/authorities.ts';
import type { Evidence } from '../domain/analysis.ts';
import { isOpenForFollowUp, type PartStatus } from '../domain/part-status.ts';
import type { Question } from '../domain/question.ts';
import { findAll, matchesAny } from '../lint/text.ts';
import { REPEAT_THRESHOLD, similarity } from '../lint/similarity.ts';
import type { Language } from '../domain/draft.ts';
import type { Bilingual } from '../../templates/rules/bilingual.ts';
import { buildContext, hindiContext, systemIsNamed } from './suggest/context.ts';
import { bareTopic, parsePart } from './suggest/part-text.ts';
import { standAlone } from './suggest/stand-alone.ts';
import { caseRegistered, findHandles, partsPhrase, promisedSubject } from './record-handles.ts';
import { fill } from './suggest/fill.ts';
import { sentenceAround } from './suggest/sentences.ts';
import { partLabel } from './part-label.ts';
import { answeredTogether, headingAt, labelRun } from './answered-together.ts';
import { mayAskAgain } from './ask-again.ts';

/**
 * What a reply withheld, as the material of every follow-up.
 *
 * A follow-up question that restates the earlier one is inadmissible (LS Rule 41(2)(xiii), RS
 * Rule 47(xiv): "shall not repeat in substance questions already answered"). What is admissible,
 * and what a half-an-hour discussion is for ("the answer ... needs elucidation on a matter of
 * fact", RS Rule 60, `parliament-procedure.md` §1.6, §2), is the fact the reply stepped round. So
 * each gap starts from the sentence of the reply that dodged (an FIR "registered by a law
 * enforcement agency", a list of safeguards) and asks for what it leaves out (which agency, the
 * FIR's number and date, the audit since the incident).
 *
 * Gaps are built from the verdict statuses and their evidence passages, never from the verdicts'
 * reason strings, which the analyser may reword.
 */
export type Gap = {
  /** The claim rule (`templates/rules/claims.ts`) or facet (`follow-ups.ts`) the gap comes from. */
  readonly id: string;
  /** The open parts it follows up, in question order; empty for a reply read without its question. */
  readonly forParts: ReadonlyArray<string>;
  /** The reply's sentence that dodged, as written; null when the reply said nothing on the part. */
  readonly dodge: string | null;
  /**
   * With no dodge: the parts the reply answered in one paragraph with this one ("(b) to (e): ..."),
   * so a draft says what that joint answer leaves out, not that the answer "says nothing" on it.
   */
  readonly answeredTogether?: ReadonlyArray<string> | null;
  /** With a dodge: the labels of the reply's heading over it, when it answers several parts together. */
  readonly heading?: ReadonlyArray<string> | null;
  /** What the sentence leaves out, to finish "It does not say ...". */
  readonly withheld: string;
  /** The same in Hindi, to finish "इसमें यह नहीं बताया गया कि ...". */
  readonly withheldHi: string;
  /** Parts for a follow-up notice, in notice form without their punctuation. */
  readonly noticeParts: ReadonlyArray<string>;
  /** The same parts in Hindi, one for one (`templates/rules/claims.ts`, `follow-ups.ts`). */
  readonly noticePartsHi: ReadonlyArray<string>;
  /** Lower first when a word limit forces a choice. */
  readonly weight: number;
  /** The weight of each notice part: its claim's weight, and later parts of one claim after. */
  readonly partWeights: ReadonlyArray<number>;
};

export type GapPart = {
  readonly label: string;
  readonly text: string;
  readonly status: PartStatus | null;
  readonly evidence: ReadonlyArray<Evidence>;
  /** True when the status is the user's own reading of the reply, not the analyser's. */
  readonly byUser?: boolean;
};

/**
 * Gaps in `replyText` for the open `parts`. Evidence offsets index into `replyText`. With no parts
 * (a second reply on the same matter, read on its own), every checkable claim in the reply is a gap.
 */
export function findGaps(input: {
  readonly question: Question | null;
  readonly parts: ReadonlyArray<GapPart>;
  readonly replyText: string;
  /**
   * Other replies of the case on the same matter: what one of them said is not left open by this
   * one (the Lok Sabha reply named where the complaint went, so the table does not ask "with whom").
   */
  readonly otherReplies?: ReadonlyArray<string>;
  /** Every other text of the case, read only for how a reply names the matter (`buildContext`). */
  readonly caseTexts?: ReadonlyArray<string>;
}): ReadonlyArray<Gap> {
  const { question, replyText } = input;
  const naming = input.caseTexts ?? input.otherReplies ?? [];
  const ctx = buildContext(question ?? EMPTY_QUESTION, replyText, naming);
  // The Ministry whose system it is ("the CoWIN portal": Health), to whom an incident's report goes;
  // "the Ministry concerned" when the system's owner is not in the table (system-owners.ts).
  const owner = findAuthority(systemNamedIn(ctx.system)?.authorityId ?? '');
  const vars = { ...ctx, label: '', topic: ctx.matter, clause: '', owner: owner ? `the ${owner.name}` : 'the Ministry concerned' };
  const ctxHi = hindiContext(question ?? EMPTY_QUESTION, replyText, naming);
  const varsHi = { ...ctxHi, label: '', topic: ctxHi.matter, clause: '', owner: owner ? owner.hindiName.value : 'संबंधित मंत्रालय' };
  const byClaim = new Map<string, { rule: ClaimRule; dodge: string; parts: string[]; at: number }>();
  const open = input.parts.filter((p) => p.status !== null && isOpenForFollowUp(p.status));
  // Parts that may be asked again as they were asked: neither answered nor refused (ask-again.ts).
  const unansweredLabels = new Set(input.parts.filter((p) => mayAskAgain(p, replyText)).map((p) => p.label));
  const partless = input.parts.length === 0;

  // The passages each open part was judged on; a reply read without parts is one passage.
  const passages: Array<{ label: string | null; start: number; end: number }> = partless
    ? [{ label: null, start: 0, end: replyText.length }]
    : open.flatMap((p) => p.evidence.map((e) => ({ label: p.label, ...locate(replyText, e) })));

  const hasSystem = [replyText, ...naming].some((t) => systemIsNamed(question ?? EMPTY_QUESTION, t));
  const rules = CLAIM_RULES.filter((r) => hasSystem || r.onlyForSystem !== true);
  for (const passage of passages) {
    const text = replyText.slice(passage.start, passage.end);
    for (const rule of rules) {
      const hit = rule.patterns.flatMap((re) => findAll(text, re, passage.start)).sort((a, b) => a.start - b.start)[0];
      if (!hit) continue;
      const sentence = sentenceAround(replyText, hit.start);
      const entry = byClaim.get(rule.id) ?? { rule, dodge: sentence.text, parts: [], at: hit.start };
      if (passage.label !== null && !entry.parts.includes(passage.label)) entry.parts.push(passage.label);
      byClaim.set(rule.id, entry);
    }
  }

  // Claims read off one sentence make one gap: the sentence is quoted once, with all it leaves out.
  const bySentence = new Map<string, { dodge: string; at: number; rules: ClaimRule[]; parts: string[] }>();
  for (const { rule, dodge, parts, at } of [...byClaim.values()].sort((a, b) => a.at - b.at)) {
    const entry = bySentence.get(dodge) ?? { dodge, at, rules: [], parts: [] };
    entry.rules.push(rule);
    for (const p of parts) if (!entry.parts.includes(p)) entry.parts.push(p);
    bySentence.set(dodge, entry);
  }
  const gaps: Gap[] = [...bySentence.values()].map(({ dodge, rules: found, parts }) => {
    const rules = [...found].sort((a, b) => a.weight - b.weight);
    const ids = rules.map((r) => r.id);
    // Each claim's parts, narrowed to what the sentence and the gap's other claims leave to ask.
    const saidSomewhere = (re: RegExp): boolean => re.test(dodge) || (input.otherReplies ?? []).some((t) => re.test(t));
    const asked = rules.map((r) => {
      const fit = r.narrower?.find((n) => (n.said === undefined || saidSomewhere(n.said)) && (n.withClaim === undefined || ids.includes(n.withClaim)));
      return { weight: r.weight, noticeParts: fit?.noticeParts ?? r.noticeParts, withheld: fit?.withheld ?? r.withheld };
    });
    return {
    id: rules.map((r) => r.id).join('+'),
    forParts: sortLabels(parts),
    dodge: withoutPartLabels(dodge),
    withheld: listed(asked.map((r) => fill(r.withheld.en, vars))),
    withheldHi: listed(asked.map((r) => fill(r.withheld.hi, varsHi)), 'hi'),
    noticeParts: asked.flatMap((r) => r.noticeParts.map((t) => fill(t.en, vars))),
    noticePartsHi: asked.flatMap((r) => r.noticeParts.map((t) => fill(t.hi, varsHi))),
    weight: Math.min(...rules.map((r) => r.weight)),
    partWeights: asked.flatMap((r) => r.noticeParts.map((_, i) => r.weight + 2 * i)),
    };
  });

  // A record the reply names by a handle (a case number, a scheme's claims, a statement being
  // compiled: `record-handles.ts`) for open parts its paragraph answers: the follow-up asks about
  // that record, a new fact the reply pointed to, in place of the part asked again.
  const claimed = new Set(gaps.flatMap((g) => g.forParts));
  for (const found of partless ? [] : findHandles(replyText, question)) {
    const byPart = found.handle.forPartsAsking;
    const parts = open.filter((p) => (found.labels === null || found.labels.includes(p.label)) && !claimed.has(p.label)
      // A promise the part's own status already follows up (status-deferred asks the same).
      && !(found.handle.id === 'handle-being-compiled' && p.status === 'deferred')
      && (byPart === undefined || byPart.test(p.text)));
    if (parts.length === 0) continue;
    const labels = found.labels ?? parts.map((p) => p.label);
    const at = found.at;
    const weight = Math.min(...parts.map((p) => openWeight(p.status)));
    // What the one part the handle answers asked, so the notice names it (review 14: "in respect of
    // part (b)" meant nothing on a printed list).
    const onePart = labels.length === 1 ? labels[0] : undefined;
    const asked = askedWords(question?.parts ?? [], onePart);
    const askedVerbatim = quotedPart(question?.parts ?? [], onePart);
    // A promise is named by what the reply promised, where it says so, not by the part's question.
    const promised = found.handle.id === 'handle-being-compiled' ? promisedSubject(replyText, found.at) : null;
    const askedIn = (lang: 'en' | 'hi'): string => promised !== null ? (lang === 'en' ? `, regarding ${promised},` : '')
      : asked === '' ? '' : lang === 'en'
        ? `, which asked ${/^whether\b/i.test(asked) ? '' : 'for '}${asked},`
        : `, अर्थात् “${askedVerbatim}”,`;
    const about = promised === null ? '' : `“${promised}” के संबंध में `;
    const registered = found.handle.id === 'handle-case-number' ? caseRegistered(replyText, found.at) : { en: '', hi: '' };
    const fillHandle = (t: string, lang: 'en' | 'hi'): string => t.replaceAll('{handle}', found.name).replaceAll('{label}', partsPhrase(labels, lang)).replaceAll('{reply}', lang === 'en' ? vars.reply : varsHi.reply).replaceAll('{asked}', askedIn(lang)).replaceAll('{about}', about).replaceAll('{registered}', registered.en).replaceAll('{registeredHi}', registered.hi);
    // "It does not say …" names the open part the handle serves and what it asked, where it is one
    // (review 16: "the figures the part asked for" named no measure, and "(a) and (b)" took in a
    // part the reply had answered).
    const openLabel = parts.length === 1 ? parts[0]?.label : undefined;
    const openAsked = askedWords(question?.parts ?? [], openLabel) || 'the figures the part asked for';
    const openQuoted = quotedPartHi(question, openLabel, WITHHELD_QUOTE_WORDS);
    const fillWithheld = (t: string, lang: 'en' | 'hi'): string => fillHandle(t.replaceAll('{label}', partsPhrase(parts.map((p) => p.label), lang)).replaceAll('{part}', openAsked).replaceAll('{asked}', lang === 'hi' ? openQuoted : ''), lang);
    // A handle asked part by part: one notice part for each part it serves, in that part's words.
    const perPart = (lang: 'en' | 'hi'): string[] => parts.map((p) => {
      const words = askedWords(question?.parts ?? [], p.label);
      // As long as "what it does not say" quotes: a notice over its limit drops the quotation (gapsForNotice).
      const quoted = quotedPartHi(question, p.label, WITHHELD_QUOTE_WORDS);
      return found.handle.notice[lang].replaceAll('{handle}', found.name).replaceAll('{label}', partsPhrase([p.label], lang))
        .replaceAll('{reply}', lang === 'en' ? vars.reply : varsHi.reply).replaceAll('{part}', words).replaceAll('{asked}', quoted);
    });
    gaps.push({
      id: found.handle.id,
      forParts: sortLabels(parts.map((p) => p.label)),
      dodge: at >= 0 ? withoutPartLabels(sentenceAround(replyText, at).text) || null : null,
      heading: at >= 0 ? jointHeading(replyText, at) : null,
      withheld: fillWithheld(found.handle.withheld.en, 'en'),
      withheldHi: fillWithheld(found.handle.withheld.hi, 'hi'),
      noticeParts: byPart ? perPart('en') : [fillHandle(found.handle.notice.en, 'en')],
      noticePartsHi: byPart ? perPart('hi') : [fillHandle(found.handle.notice.hi, 'hi')],
      weight,
      partWeights: byPart ? parts.map((p) => openWeight(p.status)) : [weight],
    });
  }

  // An open part no claim speaks to: ask what its facet asks, in words that do not repeat it.
  const covered = new Set(gaps.flatMap((g) => g.forParts));
  for (const part of open) {
    if (covered.has(part.label)) continue;
    const facet = FOLLOW_UP_FACETS.find((f) => matchesAny(part.text, f.patterns));
    // A part the reply met only in passing (no passage of its own) shares the gap of a claim on its subject.
    const related = gaps.findIndex((g) => g.id.split('+').some((id) => (FACET_CLAIMS[facet?.id ?? ''] ?? []).includes(id)));
    const host = gaps[related];
    if (host) {
      gaps[related] = { ...host, forParts: sortLabels([...host.forParts, part.label]) };
      continue;
    }
    const earlierParts = question?.parts ?? [];
    // The part's own ask, not the question's title (review 8: a part on "SEZs which acquired land
    // but failed to develop it" got a follow-up on the figures of "Denotifying Approved SEZs").
    const parsed = parsePart(part.text);
    // "the details thereof" names no topic of its own: the matter stands in for it.
    // "the details thereof during the last three years" keeps its qualifier on the matter.
    const bare = parsed.topic === null ? null : bareTopic(parsed.topic);
    const topic = bare ? (bare.qualifier ? `${vars.topic} ${bare.qualifier}` : null) : parsed.topic;
    const ask = { clause: parsed.clause, topic };
    const letterHi = partLabel(part.label, 'hi').slice(1, -1);
    const withTopic = (t: string | null): { en: Vars; hi: Vars } => ({
      en: { ...vars, label: part.label, topic: t ?? vars.topic, clause: ask.clause ?? '', question: questionNamed(vars.reply) },
      hi: { ...varsHi, label: letterHi, topic: t ? t.replace(/^the\s+/i, '') : varsHi.topic, clause: ask.clause ?? '', question: '' },
    });
    const filler = (v: { en: Vars; hi: Vars }) => (t: Bilingual): { en: string; hi: string } => ({ en: fill(t.en, v.en), hi: fill(t.hi, v.hi) });
    const fresh = (t: Bilingual): { en: string; hi: string } => tidyPart(filler(withTopic(ask.topic))(datedOnlyForEvents(t, ask.topic ?? vars.topic)));
    // Against the parts the reply answered, in full or in part, or refused: a part it did not
    // answer at all may be asked again (LS 41(2)(xiii), RS 47(xiv)).
    const notRepeat = (t: { en: string }): boolean => earlierParts.filter((p) => !unansweredLabels.has(p.label)).every((p) => similarity(t.en, p.text) < REPEAT_THRESHOLD);
    // The repeat check reads the English; the Hindi twin goes with it. A refused part is not asked
    // again in any words ("to which an answer has been refused", RS Rule 47(xiv)).
    let twins = part.status === 'refused' ? [] : (facet?.questionParts ?? []).map((t) => tidyPart(filler(withTopic(bare ? null : parsed.topic))(t))).filter(notRepeat);
    const dodged = part.evidence[0] ? sentenceAround(replyText, part.evidence[0].start).text : '';
    if (twins.length === 0) twins = freshParts(part.status, ask, fresh, dodged, unansweredLabels.has(part.label)).filter((t) => FOLLOW_UP_MARK.test(t.en) || notRepeat(t));
    // In words that stand alone: "their families" and "the said scheme" named (stand-alone.ts),
    // once the repeat check has read the part as it was asked (the earlier part named in it would
    // make it read as a repeat of that part).
    const before = earlierParts.slice(0, Math.max(0, earlierParts.findIndex((p) => p.label === part.label))).map((p) => p.text);
    const noticeParts = twins.map((t) => standAlone(t.en, before));
    const first = part.evidence[0];
    const notKept = part.status === 'refused' && NOT_MAINTAINED.test(dodged);
    gaps.push({
      id: facet?.id ?? 'facet-default',
      forParts: [part.label],
      dodge: first ? withoutPartLabels(sentenceAround(replyText, first.start).text) || null : null,
      heading: first ? jointHeading(replyText, first.start) : null,
      answeredTogether: first ? null : answeredTogether(replyText, part.label),
      // Data refused as "not maintained": what is missing is who holds it, not "the figures" the
      // refusal already said it lacks (review 15, covid 10: the point was circular).
      withheld: (notKept ? NOT_MAINTAINED_WITHHELD.en : null) ?? FACET_WITHHELD[facet?.id ?? '']?.en ?? standAlone(ask.clause ? `whether ${ask.clause}` : ask.topic ?? `what part (${part.label}) asked`, before),
      // Named by its letter: two such points in one notice must not read alike (review 12).
      withheldHi: (notKept ? NOT_MAINTAINED_WITHHELD.hi : null) ?? FACET_WITHHELD[facet?.id ?? '']?.hi ?? `भाग (${letterHi})${quotedPartHi(question, part.label, WITHHELD_QUOTE_WORDS)} में माँगी गई सूचना क्या है`,
      noticeParts,
      noticePartsHi: twins.map((t) => t.hi),
      weight: openWeight(part.status),
      partWeights: noticeParts.map((_, i) => openWeight(part.status) + 2 * i),
    });
  }
  return withoutRepeatedParts(gaps.map((g) => hindiByReference(g, varsHi.reply, question?.parts ?? [])));
}

/**
 * "with dates" asks when each thing was done: it fits steps, orders, inquiries or incidents, not
 * achievements or a list of States (review 11: "the details of the States with the highest
 * recruitment ..., with dates").
 */
const DATED_TOPIC = /\b(?:steps?|actions?|measures?|orders?|meetings?|inspections?|complaints?|incidents?|cases?|visits?|decisions?|releases?|sanctions?|raids?|notices?|approvals?|launch(?:ed|es)?|initiatives?|events?|proceedings?|investigations?|inquir(?:y|ies)|enquir(?:y|ies)|audits?|reviews?|payments?|disbursements?)\b/i;
function datedOnlyForEvents(t: Bilingual, topic: string): Bilingual {
  if (DATED_TOPIC.test(topic)) return t;
  return { en: t.en.replace(/,? with dates\b/, ''), hi: t.hi.replace(/,? तिथियों सहित/u, '') };
}

/**
 * A period the part's own words already give is not given twice (review 11: "recruited under NHM
 * during the last three years during the last three years and the current year"), nor steps asked
 * of steps.
 */
const OWN_PERIOD = /\b(?:during|in|for|over|of) (?:the )?(?:last|past|previous|preceding) (?:\w+ )?(?:financial )?(?:years?|months?)\b/i;
function tidyPart(raw: { en: string; hi: string }): { en: string; hi: string } {
  // "the specific steps taken in respect of the steps taken to fill the vacancies": the part's own
  // steps are the steps asked about.
  const t = { en: raw.en.replace(/\bthe specific steps taken in respect of the (steps|measures) /i, 'the specific $1 '), hi: raw.hi };
  const template = ' during the last three years and the current year';
  const at = t.en.indexOf(template);
  if (at < 0 || !OWN_PERIOD.test(t.en.slice(0, at))) return t;
  return { en: t.en.slice(0, at) + t.en.slice(at + template.length), hi: t.hi };
}

/**
 * A Hindi part that would print English words outside a quotation (the user's English topic,
 * clause or matter) asks by reference to the part it follows up, in Hindi (`HINDI_BY_REFERENCE`).
 */
function hindiByReference(gap: Gap, replyHi: string, parts: ReadonlyArray<{ readonly label: string; readonly text: string }>): Gap {
  const first = gap.forParts[0];
  if (first === undefined || !gap.noticePartsHi.some(hasEnglish)) return gap;
  // The part is named by its letter and quoted as the question asked it, so the Hindi part reads
  // alone, without the earlier question at hand (reviews 12-14: "भाग (ख) में माँगी गई सूचना"
  // alone meant nothing to the Table Office). The quotation is the user's English question.
  const asked = quotedPart(parts, first);
  const letter = partLabel(first, 'hi');
  // A long part is not quoted: the Hindi notice must fit the House's word limit with the same parts
  // as the English (`gapsForNotice`), and a long quotation would push a part out of both (review 15).
  const vars = { reply: replyHi, label: letter.slice(1, -1), part: quotable(asked) ? `${letter}, अर्थात् “${asked}”,` : letter };
  // One Hindi part by reference for the gap: its English parts may be several, all on this part.
  let used = false;
  const keep = gap.noticePartsHi.map((p) => {
    if (!hasEnglish(p)) return true;
    if (used) return false;
    used = true;
    return true;
  });
  const hi = gap.noticePartsHi.map((p, i) => {
    if (!hasEnglish(p)) return p;
    const en = gap.noticeParts[i] ?? '';
    // The same ask as the English, by reference: keep data, more than was given, or the details sought.
    // (review 12: a Hindi "more than was given" against an English part asked again as it was asked.)
    const form = KEEPS_THE_DATA.test(en) ? HINDI_BY_REFERENCE.notMaintained
      : MORE_THAN_GIVEN.test(en) ? HINDI_BY_REFERENCE.notGiven
      : /^the details of /.test(en) ? HINDI_BY_REFERENCE.details
      : /^whether /.test(en) ? HINDI_BY_REFERENCE.whether
      : /^the year-wise figures of /.test(en) ? HINDI_BY_REFERENCE.figures
      // Any other part asks outright, as the English does (review 15, N4: "more than was given"
      // in Hindi beside an English part that asked for the figures).
      : HINDI_BY_REFERENCE.details;
    return fill(form, vars);
  });
  return { ...gap, noticeParts: gap.noticeParts.filter((_, i) => keep[i]), noticePartsHi: hi.filter((_, i) => keep[i]), partWeights: gap.partWeights.filter((_, i) => keep[i]) };
}

/** A Hindi part by reference without its quotation of the earlier part ("भाग (ख), अर्थात् “…”," -> "भाग (ख)"). */
function withoutQuotedPart(text: string): string {
  return text.replace(/, अर्थात् “[^”]*”,/g, '');
}

/**
 * ", अर्थात् “…”," quoting part `label` of `question` as it was asked, when it has at most `most`
 * words; else nothing. A Hindi point names what was asked, not only the part's letter (review 17:
 * "भाग (ग) में माँगी गई सूचना क्या है" told the reader nothing the English did not).
 */
function quotedPartHi(question: Question | null, label: string | undefined, most: number = QUOTE_WORDS): string {
  const verbatim = quotedPart(question?.parts ?? [], label);
  return quotable(verbatim, most) ? `, अर्थात् “${verbatim}”,` : '';
}

/**
 * The longest part "what it does not say" and a handle's notice part quote in Hindi, in words: the
 * half-an-hour points and notes and the points table have no word limit (review 17), and a notice
 * over its limit drops the quotation before a part (`gapsForNotice`; review 18, NHM 09).
 */
const WITHHELD_QUOTE_WORDS = 60;

/** The longest part a Hindi part by reference quotes, in words. */
const QUOTE_WORDS = 25;

/** Whether a Hindi text may quote these English words: some words, no quotation of their own, short enough to read. */
export function quotable(words: string, most: number = QUOTE_WORDS): boolean {
  return words !== '' && !/[“”]/.test(words) && words.split(/\s+/).length <= most;
}

/** Part `label` of the question in its own words, made to stand alone, without its list punctuation or "if so,"; '' for no such part. */
export function askedWords(parts: ReadonlyArray<{ readonly label: string; readonly text: string }>, label: string | undefined): string {
  const at = parts.findIndex((p) => p.label === label);
  if (at < 0) return '';
  return trimmedPart(standAlone(parts[at]?.text ?? '', parts.slice(0, at).map((p) => p.text)));
}

/**
 * Part `label` exactly as the question worded it, for a quotation: a Hindi part quotes the English
 * question, and quotation marks promise the words are the question's own (review 16: "the said
 * scheme" replaced inside the marks). Only the list punctuation and "if so," around it go; '' for
 * no such part.
 */
export function quotedPart(parts: ReadonlyArray<{ readonly label: string; readonly text: string }>, label: string | undefined): string {
  return trimmedPart(parts.find((p) => p.label === label)?.text ?? '');
}

function trimmedPart(text: string): string {
  return text.replace(/[\s;:,.?]+$/, '').replace(/[;,]?\s+(?:and|or)$/i, '').replace(/^(?:if so|if yes|if not)\s*,\s*/i, '').trim();
}

// A name quoted as the reply wrote it (“RC.48(A)/2009-ACV-Delhi”) is the reply's text, not English to translate.
const hasEnglish = (text: string): boolean => /[A-Za-z]{2,}/.test(text.replace(/"[^"]*"|“[^”]*”/g, ''));

/**
 * Which open part a notice keeps first when the word limit forces a choice: one not answered at all
 * before a deferred one, before one answered in part, before a refusal's follow-up (review 9: a
 * notice kept a part the reply had answered and dropped the one it had not).
 */
function openWeight(status: PartStatus | null): number {
  switch (status) {
    case 'unanswered': return 3;
    case 'deferred': return 4;
    case 'partial': return 5;
    case 'refused': return 6;
    case 'answered': case 'not_applicable': case null: return 7;
    default: return assertNever(status, 'Unknown part status');
  }
}

/** "the reply to Rajya Sabha Question No. 12 answered on 01.02.2024" -> "Rajya Sabha Question No. 12 answered on 01.02.2024". */
function questionNamed(reply: string): string {
  return reply.replace(/^the reply to\s+/i, '');
}

/**
 * Fresh parts for an open part its facet cannot ask without repeating it (`FRESH_FOLLOW_UPS`):
 * a deferred part asks whether the promise was kept; a part the reply said nothing on is asked
 * again as it was asked (`mayAskAgain`); a part answered in part asks for the information not given; a
 * part refused because the data is not maintained asks whether it will be.
 */
function freshParts(status: PartStatus | null, ask: { readonly clause: string | null; readonly topic: string | null }, fresh: (t: Bilingual) => { en: string; hi: string }, dodged: string, askAgain: boolean): ReadonlyArray<{ en: string; hi: string }> {
  switch (status) {
    case 'refused': return NOT_MAINTAINED.test(dodged) ? [fresh(FRESH_FOLLOW_UPS.notMaintained)] : [];
    case 'deferred': return STATUS_FOLLOW_UPS.deferred.questionParts.map(fresh);
    // A part the reply spoke to, though not to the point, is asked for what it left out, not again.
    case 'unanswered': return [fresh(!askAgain ? FRESH_FOLLOW_UPS.notGiven : ask.clause ? FRESH_FOLLOW_UPS.unansweredClause : ask.topic ? FRESH_FOLLOW_UPS.unansweredTopic : FRESH_FOLLOW_UPS.notGiven)];
    case 'partial': return [fresh(FRESH_FOLLOW_UPS.notGiven)];
    case 'answered': case 'not_applicable': case null: return [];
    default: return assertNever(status, 'Unknown part status');
  }
}

/** One notice part once: two open parts with the same ask make one part, not two (review 8). */
function withoutRepeatedParts(gaps: ReadonlyArray<Gap>): ReadonlyArray<Gap> {
  const seen = new Set<string>();
  return gaps.map((g) => {
    const keep = g.noticeParts.map((p) => !seen.has(p));
    for (const p of g.noticeParts) seen.add(p);
    if (keep.every(Boolean)) return g;
    return { ...g, noticeParts: g.noticeParts.filter((_, i) => keep[i]), noticePartsHi: g.noticePartsHi.filter((_, i) => keep[i]), partWeights: g.partWeights.filter((_, i) => keep[i]) };
  });
}

/** Claims that speak to what a facet asks: an FIR claim is the reply's answer on an investigation. */
export const FACET_CLAIMS: { readonly [id: string]: ReadonlyArray<string> } = {
  'facet-responsibility': ['claim-internal-inquiry', 'claim-committee'],
  'facet-investigation': ['claim-fir', 'claim-investigation-inputs', 'claim-complaint'],
  'facet-plan': ['claim-coordinated-response', 'claim-apis-deactivated', 'claim-ccmp'],
  'facet-measures': ['claim-security-safeguards', 'claim-vulnerability-assessment', 'claim-advisory', 'claim-guidelines', 'claim-empanelled-auditors'],
  'facet-status': ['claim-fir', 'claim-internal-inquiry', 'claim-committee'],
};

/** "It does not say ..." for data the reply says is not maintained centrally. */
const NOT_MAINTAINED_WITHHELD: Bilingual = {
  en: 'which authority maintains these figures, or whether the Ministry will collect them from the States and Union Territories',
  hi: 'ये आँकड़े कौन-सा प्राधिकारी रखता है, या मंत्रालय इन्हें राज्यों और संघ राज्य क्षेत्रों से एकत्र करेगा या नहीं',
};

/** "It does not say ..." for a part no claim speaks to, by what the part asks. */
export const FACET_WITHHELD: { readonly [id: string]: Bilingual } = {
  'facet-responsibility': { en: 'whether responsibility has been fixed, or on whom', hi: 'उत्तरदायित्व निर्धारित किया गया या नहीं, और किस पर' },
  'facet-investigation': { en: 'which agency is investigating, or how far it has got', hi: 'जाँच कौन-सी एजेंसी कर रही है, या वह कहाँ तक पहुँची है' },
  'facet-plan': { en: 'what plan was followed to contain it, or when', hi: 'उसे नियंत्रित करने के लिए कौन-सी योजना अपनाई गई, या कब' },
  'facet-action-plan': { en: 'whether a plan has been approved, or when', hi: 'कोई योजना अनुमोदित की गई है या नहीं, या कब' },
  'facet-measures': { en: 'which measures were taken in this matter, or when', hi: 'इस मामले में कौन-से उपाय किए गए, या कब' },
  'facet-status': { en: 'at what stage the matter stands', hi: 'मामला इस समय किस चरण में है' },
  'facet-reasons': { en: 'the reasons recorded for the position taken', hi: 'ली गई स्थिति के दर्ज कारण क्या हैं' },
  'facet-figures': { en: 'the figures asked for', hi: 'माँगे गए आँकड़े क्या हैं' },
};

/** "(a) to (d): Taking cognizance ..." -> "Taking cognizance ...": the labels are the reply's layout, not its words. */
function withoutPartLabels(sentence: string): string {
  // A heading in Markdown bold ("**(f) & (g):**", as PDF-to-Markdown sets it) goes with its marks.
  return sentence.replace(/^\s*(?:\*\*|__)?\s*\(?[a-z]{1,2}\)(?:\s*(?:to|and|,|&)\s*\(?[a-z]{1,2}\))*\s*[:.-]?\s*(?:\*\*|__)?\s*/i, '').trim();
}

/** The evidence's offsets, or where its text stands in the reply when the offsets do not hold it. */
function locate(replyText: string, e: Evidence): { start: number; end: number } {
  if (replyText.slice(e.start, e.end) === e.text) return { start: e.start, end: e.end };
  const at = e.text.length > 0 ? replyText.indexOf(e.text) : -1;
  return at >= 0 ? { start: at, end: at + e.text.length } : { start: e.start, end: e.end };
}

/** "a", "a; or b", "a; b; or c": what a sentence leaves out, several things at once. */
function listed(items: ReadonlyArray<string>, lang: Language = 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; ${lang === 'hi' ? 'या' : 'or'} ${items.at(-1) ?? ''}`;
}

type Vars = Readonly<Record<string, string>>;

const EMPTY_QUESTION: Question = { house: null, kind: null, number: null, date: null, ministry: null, subject: null, askedBy: [], parts: [] };

/** The heading over offset `at` when it names several parts ("(f) & (g)"); null for a part's own. */
function jointHeading(replyText: string, at: number): ReadonlyArray<string> | null {
  const labels = headingAt(replyText, at);
  return labels !== null && labels.length > 1 ? labels : null;
}

export function sortLabels(labels: ReadonlyArray<string>): ReadonlyArray<string> {
  return [...labels].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Who a notice is addressed to: its Minister, and whether that is the Minister who gave the reply. */
export type Addressee = {
  readonly ministry: string;
  readonly answeredTheReply: boolean;
  /** The Ministry that lodged the complaint on the matter, as a reply says (`complainant.ts`); null when none says. */
  readonly complainant?: string | null;
};

/**
 * Whether the Minister addressed answers for a notice part (Lok Sabha Rule 41(1), "within the
 * special cognizance of the Minister to whom it is addressed"): a part another Minister answers
 * for (`minister-concerned.ts`) goes to that Minister's notice, a part on the complaint to the
 * complainant Ministry's Minister (`complainant.ts`); any other part stays with the Minister who
 * gave the reply.
 */
export function answersFor(addressee: Addressee, partEn: string): boolean {
  const concern = concernOf(partEn);
  if (concern !== null) return namesMinistry(concern.ministry, addressee.ministry);
  // The complaint and the FIR on it are the complainant Ministry's, whoever mentioned them.
  const complainant = addressee.complainant ?? null;
  if (complainant !== null && asksAboutComplaint(partEn)) return namesMinistry(complainant, addressee.ministry);
  return addressee.answeredTheReply;
}

/**
 * A part asking only for information "beyond that given" (MORE_THAN_GIVEN) names nothing new, so
 * it yields to a part built on something the reply named (a case, a register, a publication) or
 * on what a claim left out, whatever the status of the part it follows (review 17, NHM 08: the
 * infrastructure part was dropped for a vague one).
 */
const VAGUE_PART_WEIGHT = 10;

/**
 * The gaps a notice can carry within its word budget: the heaviest first (lowest weight), then
 * printed in the order of the parts they follow up. `budget` is the words left after the stem;
 * the parts are written, and their words counted, in `lang`. Only parts the Minister addressed
 * answers for are taken.
 */
export function gapsForNotice(gaps: ReadonlyArray<Gap>, budget: number, lang: Language = 'en', addressee: Addressee = { ministry: '', answeredTheReply: true }): ReadonlyArray<{ gap: Gap; parts: ReadonlyArray<string> }> {
  const partsOf = (gap: Gap): ReadonlyArray<string> => (lang === 'hi' ? gap.noticePartsHi : gap.noticeParts);
  // Chosen once for both languages: each part must fit in the English and in the Hindi, so the
  // Hindi notice asks exactly what the English one does (review 7: a longer Hindi part dropped one).
  const wordsOf = (text: string | undefined): number => (text ?? '').split(/\s+/).filter(Boolean).length + 1;
  const candidates = gaps
    .flatMap((gap, order) => partsOf(gap).map((text, index) => ({ order, index, text, en: wordsOf(gap.noticeParts[index]), hi: wordsOf(gap.noticePartsHi[index]), weight: (gap.partWeights[index] ?? gap.weight + 2 * index) + (MORE_THAN_GIVEN.test(gap.noticeParts[index] ?? '') ? VAGUE_PART_WEIGHT : 0) })))
    .filter((c) => answersFor(addressee, gaps[c.order]?.noticeParts[c.index] ?? c.text))
    .sort((a, b) => a.weight - b.weight || a.order - b.order || a.index - b.index);
  // Parts are chosen on the Hindi without its quotations of the earlier parts, which are then kept
  // where the words allow, the heaviest part first: a quotation never pushes a part out of the
  // notice (review 15), and a Hindi part without one still names the part by its letter.
  const taken = new Set<string>();
  const shortHi = (c: { order: number; index: number }): number => wordsOf(withoutQuotedPart(gaps[c.order]?.noticePartsHi[c.index] ?? ''));
  let usedEn = 0;
  let usedHi = 0;
  for (const c of candidates) {
    // Its label "(a)" counted as a word too: the House's count of a notice is not written down, so
    // a generated notice fits the stricter reading (RS Rule 47(vii), 100 words).
    if (usedEn + c.en > budget || usedHi + shortHi(c) > budget) continue;
    usedEn += c.en;
    usedHi += shortHi(c);
    taken.add(`${c.order}:${c.index}`);
  }
  // A notice whose every part is over the limit keeps its first part: the word-limit check then says
  // so (RS Rule 47(vii)) and the user shortens it, where an empty notice asked nothing and said
  // nothing of why (review 16: the DMS case-number part went over 100 words in Hindi and was lost).
  const first = candidates[0];
  if (taken.size === 0 && first !== undefined) {
    taken.add(`${first.order}:${first.index}`);
    usedHi += shortHi(first);
  }
  const quoted = new Set<string>();
  for (const c of candidates) {
    const key = `${c.order}:${c.index}`;
    if (!taken.has(key) || usedHi - shortHi(c) + c.hi > budget) continue;
    usedHi += c.hi - shortHi(c);
    quoted.add(key);
  }
  return gaps
    .map((gap, order) => ({ gap, parts: partsOf(gap).flatMap((text, index) => {
      const key = `${order}:${index}`;
      if (!taken.has(key)) return [];
      return [lang === 'hi' && !quoted.has(key) ? withoutQuotedPart(text) : text];
    }) }))
    .filter((g) => g.parts.length > 0);
}

/**
 * 'The answer states: "...". It does not say ...' for a half-an-hour point (points "specified
 * briefly", §1.6). Quoting a press report's account, it says "as reported": a paraphrase is not
 * the Minister's words.
 */
export function gapPoint(gap: Gap, reported = false, lang: Language = 'en'): string {
  // A sentence of a joint answer names the parts as the answer's heading did ("(f) & (g)"); an
  // answer given to parts together, with no sentence quoted, says so of them.
  const joint = gap.dodge ? gap.heading ?? null : null;
  const together = gap.dodge ? null : gap.answeredTogether ?? null;
  if (lang === 'hi') {
    const labels = gap.forParts.map((l) => partLabel(l, 'hi')).join(', ');
    const on = joint ? ` (भाग ${labelRun(joint, (l) => partLabel(l, 'hi'), 'hi')})` : labels ? ` (भाग ${labels})` : '';
    if (together) return `भाग ${labelRun(together, (l) => partLabel(l, 'hi'), 'hi')} के संयुक्त उत्तर में यह नहीं बताया गया कि ${gap.withheldHi}।`;
    const said = gap.dodge
      ? `उत्तर${on} में${reported ? ', जैसा समाचार-पत्रों में छपा है,' : ''} कहा गया है: "${gap.dodge.replace(/\s+/g, ' ').trim()}"।`
      : `उत्तर में भाग ${labels} के बारे में कुछ नहीं कहा गया।`;
    return `${said} इसमें यह नहीं बताया गया कि ${gap.withheldHi}।`;
  }
  if (together) return `The answer given to parts ${labelRun(together, (l) => `(${l})`, 'en')} together does not say ${gap.withheld}.`;
  const parts = gap.forParts.map((l) => `(${l})`).join(', ');
  const on = joint ? ` (parts ${labelRun(joint, (l) => `(${l})`, 'en')})` : parts ? ` (part${gap.forParts.length > 1 ? 's' : ''} ${parts})` : '';
  const said = gap.dodge ? `The answer${on}${reported ? ', as reported in the press,' : ''} states: "${gap.dodge.replace(/\s+/g, ' ').trim()}"` : `The answer says nothing on part${gap.forParts.length > 1 ? 's' : ''} ${parts}.`;
  return `${said} It does not say ${gap.withheld}.`;
}
