/**
 * Named, explainable features of one question part against its reply passage: what the part asks
 * (its own words, reply-analysis.md "Completeness is judged against the part's own words"), how
 * much of it the passage covers, and what the passage says (yes/no, figures, tables, deferral,
 * refusal and deflection phrases, "does not arise"). The verdict model (`verdict-model.ts`) maps
 * them to a status; the same facts write the reason a person can check.
 *
 * Every feature is a number in about [0, 1] so the fitted weights read as "how much this fact
 * moves the verdict". None names a text, a ministry or a source.
 */
import type { PartStatus } from '../domain/part-status.ts';
import type { Demands } from './demands.ts';
import { INTENT_TOLD, mergeDemands, onlyOutcomeAsked, outcomeTold, unmetDemands, type Judgement, type ParentInfo, type PartFacts } from './judge.ts';
import type { SentenceSignals } from './signals.ts';
import { contentStems, unglue } from './terms.ts';
import type { ReasonMessage } from './reason-text.ts';
import { missingShare } from './named-terms.ts';

export const FEATURE_NAMES = [
  // What the part asks.
  'ask_whether', 'ask_if_so', 'ask_if_not', 'ask_inner_condition', 'ask_details', 'ask_breakdown', 'ask_period',
  'ask_reasons', 'ask_status', 'ask_quantity', 'ask_measures', 'ask_timeline', 'ask_places', 'ask_outcome', 'ask_intent',
  'ask_demand_count', 'ask_length', 'ask_own_terms',
  // Where the reply speaks to it.
  'no_segment', 'statement_missing', 'exclusive', 'grouped_share', 'unlettered',
  'coverage', 'coverage_unknown', 'segment_coverage', 'ask_words_found', 'ask_words_none',
  'passage_sentences', 'passage_words',
  // How many of the things the part asks (its phrases between commas and "and") the reply names.
  'subasks', 'subasks_in_passage', 'subasks_in_segment', 'subasks_in_reply', 'subasks_all_named', 'subasks_none_named',
  'best_sentence', 'reply_coverage',
  // The specific things the part names (places, bodies, figures) that the reply never mentions.
  'named_terms', 'named_missing_reply', 'named_missing_segment', 'named_all_missing',
  // "If so, the details thereof": how much of its parent's ask its segment covers.
  'anaphoric', 'inherited_coverage',
  // What the passage says.
  'says_yes', 'says_no', 'does_not_arise', 'segment_does_not_arise', 'deferral', 'segment_deferral',
  'refusal', 'segment_refusal', 'deflection', 'deflection_share', 'assurance',
  'figures', 'figure_share', 'years', 'annexure', 'gives_reasons', 'states_named', 'breakdown_given',
  'content_sentences', 'future_tense',
  // What the passage leaves out of what the part asks.
  'unmet_count', 'unmet_yes_no', 'unmet_breakdown', 'unmet_period', 'unmet_reasons', 'unmet_figures',
  'unmet_timeline', 'unmet_outcome', 'unmet_place', 'outcome_only_untold', 'intent_untold',
  // The part it hangs on.
  'parent_no', 'parent_yes', 'parent_unsettled', 'earlier_no',
  // The hand-written reading of the yardstick (judge.ts), one fact among the others.
  'rule_answered', 'rule_partial', 'rule_unanswered', 'rule_deferred', 'rule_refused', 'rule_not_applicable',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Readonly<Record<FeatureName, number>>;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const flag = (b: boolean): number => (b ? 1 : 0);
/** log-scaled count: 0 -> 0, 1 -> 0.3, 10 -> 0.77, 30+ -> 1. */
const logScale = (n: number, top = 30): number => clamp01(Math.log1p(n) / Math.log1p(top));

function demandCount(d: Demands): number {
  return [d.yesNo, d.details, d.breakdowns.length > 0, d.period, d.reasons, d.status, d.quantity, d.measures, d.timeline, d.places.length > 0, d.outcome !== null]
    .filter(Boolean).length;
}

const isContent = (s: SentenceSignals): boolean => s.refusal === null && s.deflection === null && s.stems.size > 0 && !s.doesNotArise;

export type FeatureContext = {
  readonly facts: PartFacts;
  readonly parent: ParentInfo | null;
  readonly earlierNo: SentenceSignals | null;
  /** The rule reading of the same facts. */
  readonly rule: Judgement;
  /** How many parts the question has. */
  readonly partCount: number;
  /** How many parts the segment(s) carrying this part answer together. */
  readonly groupSize: number;
  /** True when the reply has no lettered segments at all. */
  readonly unlettered: boolean;
  /** The part's own words. */
  readonly partText: string;
  /** Stems of the subject line: what every part is about, so naming them answers nothing. */
  readonly topicStems: ReadonlySet<string>;
  /** Stems of the whole reply body. */
  readonly replyStems: ReadonlySet<string>;
  /** The specific terms of the part's own words (named-terms.ts). */
  readonly named: readonly string[];
  /** The whole reply, lower case. */
  readonly replyLower: string;
  /** For a part with too few words of its own, its parent's coverage in its segment; else null. */
  readonly inheritedCoverage: number | null;
};

/** The things a part asks, one per phrase: "the details and the status thereof, State-wise" -> 3. */
export function subAsks(partText: string, topic: ReadonlySet<string>): Set<string>[] {
  const chunks = unglue(partText.slice(0, 3000)).toLowerCase()
    .split(/[;,:]|\b(?:and|or|as well as|along with|if so|if not|if yes|including|alongwith)\b/);
  const out: Set<string>[] = [];
  for (const chunk of chunks) {
    const stems = new Set([...contentStems(chunk)].filter((st) => !topic.has(st)));
    if (stems.size > 0) out.push(stems);
  }
  return out;
}

function stemsOf(sentences: readonly SentenceSignals[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const st of s.stems) out.add(st);
  return out;
}

/** Share of the asks with at least half of their words in `present`. */
function namedShare(asks: readonly Set<string>[], present: ReadonlySet<string>): number {
  if (asks.length === 0) return 0;
  let named = 0;
  for (const a of asks) {
    let n = 0;
    for (const st of a) if (present.has(st)) n++;
    if (n * 2 >= a.size) named++;
  }
  return named / asks.length;
}

/** What the passage leaves out, read once so the features and the reason agree. */
export type Gaps = {
  readonly unmet: readonly ReasonMessage[];
  readonly content: readonly SentenceSignals[];
  readonly demands: Demands;
};

export function gapsOf(f: PartFacts, polarityKnown: boolean): Gaps {
  const demands = mergeDemands(f.ask.clauses);
  const content = f.relevant.filter(isContent);
  const unmet = unmetDemands(demands, content, f.segmentLower, polarityKnown);
  return { unmet, content, demands };
}

export function featuresOf(c: FeatureContext): Features {
  const f = c.facts;
  const d = mergeDemands(f.ask.clauses);
  const rel = f.relevant;
  const seg = f.segment;
  const polaritySentence = rel.slice(0, 2).find((s) => s.polarity !== null) ?? null;
  const polarity = polaritySentence?.polarity ?? null;
  const { unmet, content } = gapsOf(f, polarity !== null);
  const has = (re: RegExp): number => flag(unmet.some((u) => re.test(u.key)));
  const words = rel.reduce((n, s) => n + s.sentence.lower.split(' ').length, 0);
  const figureSentences = content.filter((s) => s.figure).length;
  const years = new Set(content.flatMap((s) => s.years)).size;
  const states = new Set(content.flatMap((s) => s.states)).size;
  const deflections = rel.filter((s) => s.deflection !== null && s.deflection.weak !== true).length;
  const outcomeUntold = d.outcome !== null && !outcomeTold(d.outcome, content);
  const ownShare = f.coverage;
  const ask = f.askCoverage;
  const rule = c.rule.status;
  const ruleIs = (s: PartStatus): number => flag(rule === s);
  const asks = subAsks(c.partText, c.topicStems);
  const partStems = new Set(asks.flatMap((a) => [...a]));
  const inSegment = namedShare(asks, stemsOf(seg));
  let bestSentence = 0;
  for (const s of seg) {
    let n = 0;
    for (const st of partStems) if (s.stems.has(st)) n++;
    if (partStems.size > 0) bestSentence = Math.max(bestSentence, n / partStems.size);
  }
  let inReply = 0;
  for (const st of partStems) if (c.replyStems.has(st)) inReply++;
  const namedMissing = missingShare(c.named, c.replyLower);
  return {
    ask_whether: flag(f.ask.clauses.some((k) => k.condition === null && k.demands.yesNo)),
    ask_if_so: flag(f.ask.outer === 'so'),
    ask_if_not: flag(f.ask.outer === 'not'),
    ask_inner_condition: flag(f.ask.clauses.some((k, i) => i > 0 && k.condition !== null)),
    ask_details: flag(d.details),
    ask_breakdown: flag(d.breakdowns.length > 0),
    ask_period: flag(d.period),
    ask_reasons: flag(d.reasons),
    ask_status: flag(d.status),
    ask_quantity: flag(d.quantity),
    ask_measures: flag(d.measures),
    ask_timeline: flag(d.timeline),
    ask_places: flag(d.places.length > 0),
    ask_outcome: flag(d.outcome !== null),
    ask_intent: flag(d.intent),
    ask_demand_count: clamp01(demandCount(d) / 5),
    ask_length: logScale(f.ask.clauses.reduce((n, k) => n + k.text.split(/\s+/).length, 0), 80),
    ask_own_terms: logScale(f.ownTerms, 30),
    no_segment: flag(f.noSegment),
    statement_missing: flag(f.statementMissing),
    exclusive: flag(f.exclusive),
    grouped_share: c.partCount > 0 ? clamp01((c.groupSize - 1) / Math.max(1, c.partCount - 1)) : 0,
    unlettered: flag(c.unlettered),
    coverage: ownShare ?? 0,
    coverage_unknown: flag(ownShare === null),
    segment_coverage: f.segmentCoverage ?? 0,
    ask_words_found: ask.total > 0 ? ask.found / ask.total : 0,
    ask_words_none: flag(ask.total >= 2 && ask.found === 0),
    passage_sentences: logScale(rel.length, 40),
    passage_words: logScale(words, 600),
    subasks: logScale(asks.length, 8),
    subasks_in_passage: namedShare(asks, stemsOf(rel)),
    subasks_in_segment: inSegment,
    subasks_in_reply: namedShare(asks, c.replyStems),
    subasks_all_named: flag(asks.length > 0 && inSegment === 1),
    subasks_none_named: flag(asks.length > 0 && inSegment === 0),
    best_sentence: bestSentence,
    named_terms: logScale(c.named.length, 6),
    named_missing_reply: namedMissing ?? 0,
    named_missing_segment: missingShare(c.named, f.segmentLower) ?? 0,
    named_all_missing: flag(namedMissing === 1),
    anaphoric: flag(c.inheritedCoverage !== null),
    inherited_coverage: c.inheritedCoverage ?? 0,
    reply_coverage: partStems.size > 0 ? inReply / partStems.size : 0,
    says_yes: flag(polarity === 'yes'),
    says_no: flag(polarity === 'no'),
    does_not_arise: flag(rel.some((s) => s.doesNotArise)),
    segment_does_not_arise: flag(seg.some((s) => s.doesNotArise)),
    deferral: flag(rel.some((s) => s.deferral !== null)),
    segment_deferral: flag(seg.some((s) => s.deferral !== null)),
    refusal: flag(rel.some((s) => s.refusal !== null)),
    segment_refusal: flag(seg.some((s) => s.refusal !== null)),
    deflection: flag(deflections > 0),
    deflection_share: rel.length > 0 ? deflections / rel.length : 0,
    assurance: flag(rel.some((s) => s.assurance !== null)),
    figures: flag(figureSentences > 0),
    figure_share: content.length > 0 ? figureSentences / content.length : 0,
    years: logScale(years, 6),
    annexure: flag(content.some((s) => s.annexure) || seg.some((s) => s.annexure)),
    gives_reasons: flag(content.some((s) => s.reason)),
    states_named: logScale(states, 10),
    breakdown_given: flag(content.some((s) => s.wise.length > 0) || states >= 3),
    content_sentences: logScale(content.length, 30),
    future_tense: flag(content.some((s) => INTENT_TOLD.test(s.sentence.lower))),
    unmet_count: clamp01(unmet.length / 4),
    unmet_yes_no: has(/^unmet\.yesNo$/),
    unmet_breakdown: has(/^unmet\.breakdown\./),
    unmet_period: has(/^unmet\.(period|financialYear)$/),
    unmet_reasons: has(/^unmet\.reasons$/),
    unmet_figures: has(/^unmet\.figures$/),
    unmet_timeline: has(/^unmet\.timeline$/),
    unmet_outcome: has(/^unmet\.(impact|achieved)$/),
    unmet_place: has(/^unmet\.(place|placeItself)$/),
    outcome_only_untold: flag(onlyOutcomeAsked(d) && outcomeUntold),
    intent_untold: flag(d.intent && !content.some((s) => INTENT_TOLD.test(s.sentence.lower))),
    parent_no: flag(c.parent?.polarity === 'no'),
    parent_yes: flag(c.parent?.polarity === 'yes'),
    parent_unsettled: flag(f.ask.outer !== null && c.parent !== null && c.parent.conditionMet === null),
    earlier_no: flag(c.earlierNo !== null),
    rule_answered: ruleIs('answered'),
    rule_partial: ruleIs('partial'),
    rule_unanswered: ruleIs('unanswered'),
    rule_deferred: ruleIs('deferred'),
    rule_refused: ruleIs('refused'),
    rule_not_applicable: ruleIs('not_applicable'),
  } satisfies Features;
}

export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((n) => features[n]);
}
