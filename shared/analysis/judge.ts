/**
 * One verdict per part, by the yardstick in reply-analysis.md:
 * answered / partial / unanswered / deferred / refused / not_applicable.
 *
 * Inputs are the part's demands (`demands.ts`), the reply sentences that address it
 * (`relevance.ts`) and what each sentence says (`signals.ts`). The order of the
 * checks follows the yardstick: a conditional part whose condition was answered
 * the other way does not arise; a promise is a deferral; a refusal of the data
 * asked is a refusal; a reply that only deflects leaves the part open; otherwise
 * the part is answered when every demand is met and partial when some are not.
 */
import type { PartStatus } from '../domain/part-status.ts';
import type { AssuranceExpression } from '../../templates/phrases/assurances.ts';
import type { Breakdown, Clause, Demands, Outcome, PartAsk } from './demands.ts';
import { spellingRegex } from './places.ts';
import { stem } from './terms.ts';
import { reasonMessage, reasonText, type ReasonMessage } from './reason-text.ts';
import type { Polarity, SentenceSignals } from './signals.ts';

export type PartFacts = {
  readonly label: string;
  readonly ask: PartAsk;
  /** Sentences judged to address this part. */
  readonly relevant: readonly SentenceSignals[];
  /** All sentences of the segment(s) carrying the part's label. */
  readonly segment: readonly SentenceSignals[];
  /** Share of the part's weighted key terms found in `relevant` (null: the part has too few of its own). */
  readonly coverage: number | null;
  /** The same share over the whole segment. */
  readonly segmentCoverage: number | null;
  /** Key terms of the part missing from the reply passage, rarest first. */
  readonly missingTerms: readonly string[];
  /** How many key terms the part has of its own. */
  readonly ownTerms: number;
  /** True when the part's label appears in no segment of the reply. */
  readonly noSegment: boolean;
  /** True when the segment answers only this part. */
  readonly exclusive: boolean;
  /** Lower-cased text of the whole segment, for place checks. */
  readonly segmentLower: string;
  readonly statementMissing: boolean;
  /** The part's ask stems (`askStems`: not names, places or subject words) found in its segment. */
  readonly askCoverage: { readonly total: number; readonly found: number; readonly missing: readonly string[] };
};

export type ParentInfo = {
  readonly label: string;
  readonly status: PartStatus;
  readonly polarity: Polarity;
  readonly polaritySentence: SentenceSignals | null;
  /** Whether the parent's "whether" was answered yes (said or implied), no, or not at all. */
  readonly conditionMet: boolean | null;
};

export type Judgement = {
  readonly status: PartStatus;
  /** The reason in English (the analyze --json contract), written from `message`. */
  readonly reason: string;
  readonly message: ReasonMessage;
  readonly evidence: readonly SentenceSignals[];
  readonly polarity: Polarity;
  readonly polaritySentence: SentenceSignals | null;
  readonly assurance: AssuranceExpression | null;
  readonly conditionMet: boolean | null;
};

export const THRESHOLDS = {
  /** In a grouped reply, below this share of its key terms the passage does not address the part. */
  addressed: 0.2,
  /** The same for a part that only asks for steps taken, whose words the reply rarely repeats. */
  addressedSteps: 0.15,
  /** With figures given for its "if so", this share of key terms implies the yes a "whether" part needs. */
  impliedYes: 0.45,
  /** Without them, a passage restating this much of the part affirms it. */
  restated: 0.75,
  /** A passage of its own sharing less than this with the part talks past it. */
  offTopic: 0.15,
  /** A conditional part with this much of its own in the reply is judged on it even if its condition was not answered. */
  affirmed: 0.6,
  /** A "whether" part needs this many words of its own ask before their absence means anything. */
  askWords: 3,
} as const;

export function quote(s: SentenceSignals | undefined, text: string, max = 90): string {
  if (!s) return '';
  const raw = text.slice(s.sentence.start, s.sentence.end).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1).trimEnd()}…` : raw;
}

function placeMentioned(place: string, lower: string): boolean {
  return spellingRegex(place).test(lower);
}

/** The place is mentioned only as part of a larger area ("North Eastern Region including Assam"). */
function onlyAsIncluded(place: string, lower: string): boolean {
  let seen = false;
  for (const m of lower.matchAll(spellingRegex(place))) {
    seen = true;
    const before = lower.slice(Math.max(0, m.index - 12), m.index + 1);
    if (!/\bincluding\s*$/.test(before)) return false;
  }
  return seen;
}

/**
 * Key terms as the part itself spells them ("contain", "leaked"), not as stems ("contai…"): the
 * first word of the part whose stem it is. At most three, quoted.
 */
export function spelled(stems: readonly string[], ask: PartAsk): string {
  const words = ask.clauses.flatMap((c) => c.text.match(/[A-Za-z][A-Za-z-]*/g) ?? []);
  return stems.slice(0, 3).map((s) => {
    const w = words.find((x) => stem(x) === s);
    return `"${w ?? `${s}…`}"`;
  }).join(', ');
}

export function mergeDemands(clauses: readonly Clause[]): Demands {
  const pick = <K extends keyof Demands>(k: K): boolean => clauses.some((c) => Boolean(c.demands[k]));
  return {
    yesNo: pick('yesNo'), details: pick('details'), period: pick('period'), reasons: pick('reasons'), status: pick('status'),
    quantity: pick('quantity'), measures: pick('measures'), timeline: pick('timeline'),
    breakdowns: [...new Set(clauses.flatMap((c) => c.demands.breakdowns))],
    places: [...new Set(clauses.flatMap((c) => c.demands.places))],
    focusPlaces: [...new Set(clauses.flatMap((c) => c.demands.focusPlaces))],
    financialYears: [...new Set(clauses.flatMap((c) => c.demands.financialYears))],
    outcome: clauses.find((c) => c.demands.outcome !== null)?.demands.outcome ?? null,
    intent: pick('intent'),
  };
}

/**
 * Words that tell an outcome. An impact is told by an effect, an assessment or a study; what was
 * achieved by growth, success, benefit, improvement or decline. "With effect from" is a date.
 */
const OUTCOME_TOLD: Readonly<Record<Outcome, RegExp>> = {
  impact: /\b(impact\w*|effects?\b(?! from)|affected|assess\w*|evaluat\w*|stud(y|ies|ied)|survey\w*|outcomes?|resulted|results? in|led to|consequen\w*)/,
  achieved: /\b(growth|grew|grown|increas\w*|success\w*|achiev\w*|benefit\w*|improv\w*|outcomes?|results?\b|declin\w*|reduc\w*|progress\w*)/,
};

export function outcomeTold(kind: Outcome, content: readonly SentenceSignals[]): boolean {
  return content.some((s) => OUTCOME_TOLD[kind].test(s.sentence.lower));
}

/** A reply that speaks of the future at all: what an intention question needs for its yes or no. */
export const INTENT_TOLD = /\b(will|shall|propos(e|es|ed|al)|plans? to|planned|planning|intends? to|under (active )?consideration|in the process of|being (considered|examined|formulated|drafted|prepared|finali[sz]ed))\b/;

/**
 * True when the live clauses ask nothing but the outcome (and a yes/no or "the details"): an
 * untold outcome then leaves the whole part unaddressed, not partly answered.
 */
export function onlyOutcomeAsked(d: Demands): boolean {
  return d.outcome !== null && !d.quantity && !d.reasons && !d.measures && !d.status && !d.timeline && !d.period
    && d.breakdowns.length === 0 && d.financialYears.length === 0;
}

function breakdownMet(kind: Breakdown, content: readonly SentenceSignals[]): boolean {
  const states = new Set(content.flatMap((s) => s.states));
  const annex = content.some((s) => s.annexure);
  const years = new Set(content.flatMap((s) => s.years));
  const wise = new Set(content.flatMap((s) => s.wise));
  switch (kind) {
    case 'state': return states.size >= 3 || wise.has('state') || wise.has('ut') || (annex && !content.some((s) => s.wiseDenied));
    case 'district': return wise.has('district') || (annex && !content.some((s) => s.wiseDenied));
    case 'year': return years.size >= 2 || wise.has('year') || annex;
    case 'other': return annex || wise.size > 0 || content.filter((s) => s.figure).length >= 3;
  }
}

const M = reasonMessage;
const titleCase = (place: string): string => place.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Which of the demands the content leaves unmet, as messages (`unmet.*`). */
export function unmetDemands(d: Demands, content: readonly SentenceSignals[], segmentLower: string, skipYesNo: boolean): ReasonMessage[] {
  const unmet: ReasonMessage[] = [];
  const figures = content.some((s) => s.figure);
  const years = new Set(content.flatMap((s) => s.years));
  const text = content.map((s) => s.sentence.lower).join(' ');
  for (const b of d.breakdowns) if (!breakdownMet(b, content)) unmet.push(M(`unmet.breakdown.${b}`));
  if (d.period && !d.breakdowns.includes('year') && years.size < 2 && !/\b(last|past|previous) (\w+ )?years\b/.test(text) && !content.some((s) => s.annexure)) {
    unmet.push(M('unmet.period'));
  }
  if (d.reasons && !content.some((s) => s.reason)) unmet.push(M('unmet.reasons'));
  if (d.quantity && !figures && !content.some((s) => s.annexure)) unmet.push(M('unmet.figures'));
  if (d.timeline && years.size === 0) unmet.push(M('unmet.timeline'));
  // "whether the Government has assessed X" is met by a plain yes or no (skipYesNo): the assessment's
  // findings belong to its "if so, the details" part.
  if (d.outcome !== null && !(skipYesNo && d.yesNo) && !outcomeTold(d.outcome, content)) unmet.push(M(d.outcome === 'impact' ? 'unmet.impact' : 'unmet.achieved'));
  for (const place of d.places) {
    if (!placeMentioned(place, segmentLower)) unmet.push(M('unmet.place', { place: titleCase(place) }));
  }
  for (const place of d.focusPlaces) {
    if (placeMentioned(place, segmentLower) && onlyAsIncluded(place, segmentLower)) unmet.push(M('unmet.placeItself', { place: titleCase(place) }));
  }
  for (const fy of d.financialYears) {
    const [a, b] = fy.split('-');
    if (!segmentLower.includes(fy) && !segmentLower.includes(`${a ?? ''}-20${b ?? ''}`)) unmet.push(M('unmet.financialYear', { year: fy }));
  }
  if (!skipYesNo && d.yesNo) unmet.push(M('unmet.yesNo'));
  return unmet;
}

/** A judgement's reason, as a message and as the English sentence it makes. */
function because(message: ReasonMessage): { readonly message: ReasonMessage; readonly reason: string } {
  return { message, reason: reasonText(message, 'en') };
}

/** "Nothing addresses", naming the part's own words the reply never uses and what it says instead. */
function nothingAddresses(f: PartFacts, part: string, instead: string | null): ReasonMessage {
  const terms = f.missingTerms.length > 0 ? spelled(f.missingTerms, f.ask) : null;
  // Under a heading that names it with other parts, the reply did address the part, in name: the
  // reason says the joint answer does not speak to it, not that nothing in the reply does.
  if (!f.noSegment && !f.exclusive && f.segment.length > 0) {
    if (terms !== null && instead !== null) return M('jointSilentTermsInstead', { part, terms, quote: instead });
    if (terms !== null) return M('jointSilentTerms', { part, terms });
    if (instead !== null) return M('jointSilentInstead', { part, quote: instead });
    return M('jointSilent', { part });
  }
  if (terms !== null && instead !== null) return M('nothingAddressesTermsInstead', { part, terms, quote: instead });
  if (terms !== null) return M('nothingAddressesTerms', { part, terms });
  if (instead !== null) return M('nothingAddressesInstead', { part, quote: instead });
  return M('nothingAddresses', { part });
}

export function judgePart(f: PartFacts, parent: ParentInfo | null, earlierNo: SentenceSignals | null, text: string): Judgement {
  const base = { polarity: null as Polarity, polaritySentence: null as SentenceSignals | null, assurance: null as AssuranceExpression | null, conditionMet: null as boolean | null };
  const L = `(${f.label})`;

  if (f.noSegment) {
    return {
      ...base, status: 'unanswered', evidence: [],
      ...because(M(f.statementMissing ? 'statementMissing' : 'noSegment', { part: L })),
    };
  }

  // Conditional parts ("(b) if so, ...", "(d) if not, ...") are judged against the part they hang on.
  const outer = f.ask.outer;
  const first = f.ask.clauses[0];
  // "if so, X and if not, Y" offers alternatives; "if not, whether X and if so, Y" nests the second in the first.
  const alternatives = outer !== null && first !== undefined && !first.demands.yesNo
    && f.ask.clauses.some((c) => c.condition !== null && c.condition !== outer);
  if (outer !== null && parent && !alternatives) {
    const P = `(${parent.label})`;
    if (outer === 'so' && parent.polarity === 'no') {
      return { ...base, status: 'not_applicable', evidence: parent.polaritySentence ? [parent.polaritySentence] : [],
        ...because(M('parentNo', { parent: P, part: L, quote: quote(parent.polaritySentence ?? undefined, text, 60) })) };
    }
    if (outer === 'not' && (parent.polarity === 'yes' || (parent.polarity === null && (parent.status === 'answered' || parent.status === 'partial')))) {
      return { ...base, status: 'not_applicable', evidence: parent.polaritySentence ? [parent.polaritySentence] : [],
        ...because(M('parentYes', { parent: P, part: L })) };
    }
    // "If the condition itself was not answered, the conditional part is unanswered" (reply-analysis.md),
    // unless the part asks something of its own that the reply does give.
    // The part it hangs on was put off ("will be laid on the Table"): so is this one, unless the
    // passage gives something of its own for it.
    const promise = f.segment.find((s) => s.deferral !== null);
    if (outer === 'so' && parent.status === 'deferred' && promise && (f.coverage === null || f.coverage < THRESHOLDS.affirmed)) {
      return { ...base, status: 'deferred', evidence: [promise],
        ...because(M('parentDeferred', { parent: P, part: L, quote: quote(promise, text) })) };
    }
    const onlyDetails = f.ask.clauses.every((c) => !c.demands.measures && !c.demands.quantity && !c.demands.reasons) && f.coverage === null;
    if (outer === 'so' && parent.polarity === null && (parent.status === 'unanswered' || (parent.conditionMet === null && onlyDetails))
      && (f.coverage === null || f.coverage < THRESHOLDS.affirmed)) {
      return { ...base, status: 'unanswered', evidence: [],
        ...because(M('parentUnsettled', { parent: P, part: L })) };
    }
  }

  const relevant = f.relevant;
  const substantive = (s: SentenceSignals): boolean => !s.doesNotArise && s.stems.size > 2;
  const dna = relevant.find((s) => s.doesNotArise)
    ?? (f.segment.some(substantive) ? undefined : f.segment.find((s) => s.doesNotArise));
  if (dna && !relevant.some(substantive)) {
    const conditionFailed = earlierNo !== null || parent?.polarity === 'no' || parent?.status === 'not_applicable'
      || (outer !== null && parent?.status === 'answered');
    return conditionFailed
      ? { ...base, status: 'not_applicable', evidence: [dna], ...because(M('doesNotAriseAfterNo', { quote: quote(dna, text, 60) })) }
      : { ...base, status: 'unanswered', evidence: [dna], ...because(M('doesNotAriseUnfounded', { part: L, quote: quote(dna, text, 60) })) };
  }

  // A promise made for a group ("(a) to (d): The information is being collected and will be laid on
  // the Table") defers every part of it that the passage gives nothing of its own.
  const ownContent = relevant.some((s) => s.refusal === null && s.deflection === null && s.deferral === null && s.stems.size > 2 && !s.doesNotArise);
  const deferral = relevant.find((s) => s.deferral !== null) ?? (ownContent ? undefined : f.segment.find((s) => s.deferral !== null));
  const assurance = relevant.find((s) => s.assurance !== null)?.assurance ?? null;
  if (deferral) {
    return { ...base, assurance, status: 'deferred', evidence: [deferral],
      ...because(M('promise', { quote: quote(deferral, text) })) };
  }

  // The first sentences of the passage may carry the yes or no.
  const polaritySentence = relevant.slice(0, 2).find((s) => s.polarity !== null) ?? null;
  const polarity = polaritySentence?.polarity ?? null;
  const withPolarity = { polarity, polaritySentence, assurance, conditionMet: polarity === null ? null : polarity === 'yes' };

  // Live clauses: inner "if so"/"if not" follow this part's own yes/no; alternatives follow the parent's.
  const decider = alternatives ? parent?.polarity ?? null : polarity;
  const live = f.ask.clauses.filter((c) => {
    if (c.condition === null) return true;
    if (!alternatives && c === first) return true;
    if (decider === 'no') return c.condition === 'not';
    if (decider === 'yes') return c.condition === 'so';
    return c.condition === 'so' || alternatives;
  });
  const demands = mergeDemands(live.length > 0 ? live : f.ask.clauses);
  const dataAsked = demands.details || demands.quantity || demands.breakdowns.length > 0 || demands.period;

  const isContent = (s: SentenceSignals): boolean => s.refusal === null && s.deflection === null && s.stems.size > 0 && !s.doesNotArise;
  let content = relevant.filter(isContent);
  // In a grouped reply, the sentences given to this part may be only a deflection ("Recruitment is a
  // continuous process") while a table or figures in the same passage speak to the part's own words
  // (a table of posts per service for "the details of vacant posts in each service"). A table serves
  // every part it speaks to, so the part is judged on those figures beside the deflection.
  if (content.length === 0 && !f.exclusive && relevant.some((s) => s.deflection !== null) && (f.segmentCoverage ?? 0) >= THRESHOLDS.addressed) {
    content = f.segment.filter((s) => isContent(s) && s.figure && !relevant.includes(s));
  }

  // A refusal of the data asked: refused, unless something else the part asks (steps, a yes/no) is answered.
  const refusal = relevant.find((s) => s.refusal !== null)
    ?? (dataAsked && !f.exclusive ? f.segment.find((s) => s.refusal !== null) : undefined);
  if (refusal && dataAsked) {
    const otherAnswered = content.length > 0 && (demands.measures || demands.reasons);
    if (!otherAnswered) {
      return { ...withPolarity, status: 'refused', evidence: [refusal],
        ...because(M('refused', { quote: quote(refusal, text) })) };
    }
    return { ...withPolarity, status: 'partial', evidence: [refusal, ...content.slice(0, 1)],
      ...because(M('partlyRefused', { part: L, quote: quote(refusal, text, 70) })) };
  }

  const deflection = relevant.find((s) => s.deflection !== null);
  if (content.length === 0 && polarity === null) {
    if (deflection) {
      return { ...withPolarity, status: 'unanswered', evidence: [deflection],
        ...because(M('deflects', { part: L, quote: quote(deflection, text) })) };
    }
    return { ...withPolarity, status: 'unanswered', evidence: [], ...because(nothingAddresses(f, L, null)) };
  }

  const coverage = f.coverage === null ? null : Math.max(f.coverage, f.segmentCoverage ?? 0);
  const evidence = [...(polaritySentence ? [polaritySentence] : []), ...content.filter((s) => s !== polaritySentence).slice(0, 2)];

  if (polarity === 'no' && demands.yesNo) {
    const unmet = unmetDemands(mergeDemands(live.filter((c) => c.condition === 'not')), content, f.segmentLower, true);
    if (unmet.length === 0) {
      return { ...withPolarity, status: 'answered', evidence, ...because(M('answeredNo', { part: L, quote: quote(polaritySentence ?? undefined, text) })) };
    }
  }

  // A passage written for this part alone addresses it; in a grouped reply the part's own words must show up.
  const onlySteps = demands.measures && !demands.yesNo && !demands.quantity && demands.breakdowns.length === 0;
  // A part with few words of its own is still not addressed if none of them appears (and it asks more than steps).
  const ownWordsAbsent = coverage === null && f.ownTerms > 0 && f.missingTerms.length === f.ownTerms && !onlySteps;
  const addressed = f.exclusive || polarity !== null
    || (coverage === null ? !ownWordsAbsent : coverage >= (onlySteps ? THRESHOLDS.addressedSteps : THRESHOLDS.addressed));
  if (!addressed) {
    return { ...withPolarity, status: 'unanswered', evidence: deflection ? [deflection] : [],
      ...because(nothingAddresses(f, L, deflection ? quote(deflection, text, 60) : null)) };
  }

  // A "whether" part whose reply gives no yes or no and no fact (no figure, no date), and repeats its
  // names and subject but none of the words of what it asks about, is met with a restatement: the
  // reply "talks about something else instead" (reply-analysis.md, `unanswered`).
  const whether = f.ask.clauses.some((c) => c.condition === null && c.demands.yesNo);
  const factual = content.some((s) => s.figure || s.years.length > 0 || s.annexure);
  if (whether && polarity === null && !factual && f.askCoverage.total >= THRESHOLDS.askWords && f.askCoverage.found === 0) {
    return { ...withPolarity, status: 'unanswered', evidence: deflection ? [deflection] : [],
      ...because(M('notWhatIsAsked', { part: L, terms: spelled(f.askCoverage.missing, f.ask) })) };
  }

  // A "whether" part needs a yes or no; a passage of its own, or details given for its "if so", imply the yes.
  const soClause = f.ask.clauses.find((c) => c.condition === 'so');
  // An account of what exists does not say yes to "whether the Government proposes / is planning to ...".
  const intentUntold = demands.intent && !content.some((s) => INTENT_TOLD.test(s.sentence.lower));
  const impliedYes = !intentUntold && (f.exclusive || (coverage ?? 0) >= THRESHOLDS.restated
    || (soClause !== undefined && content.some((s) => s.figure) && (coverage ?? 0) >= THRESHOLDS.impliedYes));
  const unmet: ReasonMessage[] = unmetDemands(demands, content, f.segmentLower, polarity !== null || impliedYes);
  const established = { ...withPolarity, conditionMet: polarity === null ? (impliedYes || !demands.yesNo ? true : null) : polarity === 'yes' };
  // A passage of its own that hands the part to an annexure ("the steps taken are given in
  // Annexure-II") gives it there, whatever words it repeats (the annexure is not in the text).
  const toAnnexure = content.some((s) => s.annexure);
  if (f.exclusive && polarity === null && !toAnnexure && (coverage === null ? ownWordsAbsent || (f.ownTerms > 0 && f.missingTerms.length === f.ownTerms) : coverage < THRESHOLDS.offTopic)) {
    unmet.push(f.missingTerms.length > 0 ? M('unmet.specificTerms', { terms: spelled(f.missingTerms, f.ask) }) : M('unmet.specific'));
  }
  // Beside a deflection ("is a State subject", "a continuous process") the answer is at best partial.
  if (deflection && deflection.deflection?.weak !== true) unmet.push(M('unmet.directAnswer', { quote: quote(deflection, text, 50) }));
  // The outcome was all the part asked, and the reply tells something else (measures, schemes) instead.
  // Figures may be the achievement itself ("15 AWSs installed"), so only an impact goes untold beside them.
  if (polarity === null && onlyOutcomeAsked(demands) && demands.outcome !== null && !outcomeTold(demands.outcome, content)
    && (demands.outcome === 'impact' || !content.some((s) => s.figure))) {
    return { ...established, conditionMet: null, status: 'unanswered', evidence: [],
      ...because(deflection
        ? M(demands.outcome === 'impact' ? 'impactUntoldInstead' : 'achievedUntoldInstead', { part: L, quote: quote(deflection, text, 60) })
        : M(demands.outcome === 'impact' ? 'impactUntold' : 'achievedUntold', { part: L })) };
  }
  if (unmet.length === 0) {
    const lead = polaritySentence ? quote(polaritySentence, text, 40) : null;
    const gives = content[0] ? quote(content[0], text, 80) : null;
    const message = gives !== null
      ? (lead !== null ? M('answeredSaysAndGives', { lead, part: L, quote: gives }) : M('answeredGives', { part: L, quote: gives }))
      : (lead !== null ? M('answeredSays', { lead, part: L }) : M('answeredPlain', { part: L }));
    return { ...established, status: 'answered', evidence, ...because(message) };
  }
  return { ...established, status: 'partial', evidence,
    ...because(M('leavesOut', { part: L }, unmet.slice(0, 3))) };
}
