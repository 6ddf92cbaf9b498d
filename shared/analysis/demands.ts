/**
 * What a question part asks for, read from its own words (reply-analysis.md:
 * "Completeness is judged against the part's own words"): a yes or no for a
 * "whether" part; details; State-/district-/year-wise breakdowns; a period ("the
 * last three years"); reasons; status; numbers and amounts; steps taken; a
 * timeline; and places the part names. Conditional clauses ("if so, ...",
 * "if not, the reasons therefor") are kept apart so they can be judged against
 * the part or the clause they depend on.
 */
import { placesNamed, spellingRegex } from './places.ts';

export type Condition = 'so' | 'not';
export type Breakdown = 'state' | 'district' | 'year' | 'other';
/**
 * An outcome the part asks to be told: the `impact` of something ("the impact of such schemes",
 * "any assessment of the impact", "the extent to which X impacts Y"), or what was `achieved`
 * ("the growth achieved", "the extent of success achieved", "the physical achievements").
 * A list of measures does not tell either (reply-analysis.md, `unanswered`: "the reply talks
 * about something else instead").
 */
export type Outcome = 'impact' | 'achieved';

export type Demands = {
  readonly yesNo: boolean;
  readonly details: boolean;
  readonly breakdowns: readonly Breakdown[];
  readonly period: boolean;
  readonly reasons: boolean;
  readonly status: boolean;
  readonly quantity: boolean;
  readonly measures: boolean;
  readonly timeline: boolean;
  /** Places the clause names: States/UTs, constituencies, "including X". */
  readonly places: readonly string[];
  /** Places the clause is about ("in Assam"), as opposed to "including X" asides. */
  readonly focusPlaces: readonly string[];
  /** Financial years the clause names ("2024-25"): figures for another year do not answer it. */
  readonly financialYears: readonly string[];
  readonly outcome: Outcome | null;
  /**
   * "whether the Government proposes / is planning to ...": a question about an intention, which an
   * account of what already exists does not answer yes or no.
   */
  readonly intent: boolean;
};

export type Clause = {
  /** Null for the part's main clause; otherwise the condition the clause hangs on. */
  readonly condition: Condition | null;
  readonly text: string;
  readonly demands: Demands;
};

export type PartAsk = {
  /** The condition the whole part hangs on ("(b) if so, ..."), or null. */
  readonly outer: Condition | null;
  readonly clauses: readonly Clause[];
};

const IF_CLAUSE = /\b(?:and\s+|or\s+)?if\s+(so|yes|not|no)\b\s*[,:;]?/g;

function placesIn(original: string): { places: string[]; focus: string[] } {
  const lower = original.toLowerCase();
  const places = new Set<string>();
  const focus = new Set<string>();
  for (const place of placesNamed(lower)) {
    for (const sp of place.spellings) {
      const m = spellingRegex(sp).exec(lower);
      if (!m) continue;
      places.add(sp);
      const before = lower.slice(Math.max(0, m.index - 30), m.index + 1);
      if (!/\b(including|like|such as|especially|particularly|and|viz)\s*$/.test(before)) focus.add(sp);
      break;
    }
  }
  // Constituencies and places singled out with "including"/"like": "Sidhi Parliamentary Constituency", "including Chatra".
  for (const m of original.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Parliamentary|Assembly|Lok Sabha) [Cc]onstituency\b/g)) {
    places.add((m[1] ?? '').toLowerCase());
  }
  for (const m of original.matchAll(/\b(?:including|like|especially|particularly in) ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (/^(the|government|union|state|states|centre|central|national|ministry|india)\b/.test(name)) continue;
    places.add(name.split(' ')[0] ?? name);
  }
  return { places: [...places], focus: [...focus] };
}

// The impact or the achievement must be the thing asked ("the impact of such schemes"), not the
// topic of a measures question ("steps to check the adverse effects of ...").
const IMPACT_ASKED = /\b(the|any|its|their|such|an) (impacts?|effects?) (of|on)\b|\bimpact assessment\b|\b(assessment|evaluation) (of|on)\b|\b(assessed|evaluated)\b|\bextent to which\b|\bhow far\b/;
const ACHIEVED_ASKED = /\b(achievements?|(growth|success|progress|results?|targets?)( \w+){0,2} achieved|(extent|rate|degree) of success|any success|benefits? (delivered|accrued|derived|reaped)|outcomes? (of|achieved))\b/;
const INTENT_ASKED = /\bwhether\b[^;]{0,80}?\b(propos(e|es|ing) to|plans? to|planning|intends? to|contemplat(e|es|ing)|considering|going to|likely to)\b/;

export function readDemands(original: string): Demands {
  const t = original.toLowerCase().replace(/\s+/g, ' ');
  const outcome: Outcome | null = IMPACT_ASKED.test(t) ? 'impact' : ACHIEVED_ASKED.test(t) ? 'achieved' : null;
  // "the extent to which X impacts Y" asks for an effect, not a quantity.
  const quantityText = t.replace(/\bextent to which\b/g, ' ');
  const breakdowns = new Set<Breakdown>();
  for (const m of t.matchAll(/\b([a-z]+)(?:\s*\/\s*[a-z]+)?\s*-?\s*wise\b/g)) {
    const k = m[1] ?? '';
    if (k === 'other' || k === 'like' || k === 'otherwise') continue;
    breakdowns.add(k === 'state' || k === 'ut' ? 'state' : k === 'district' ? 'district' : k === 'year' || k === 'month' ? 'year' : 'other');
  }
  for (const m of t.matchAll(/\b(?:in |of |for )?each (state|district|year|service|scheme|project|category|zone|division|of the)\b/g)) {
    const k = m[1] ?? '';
    breakdowns.add(k === 'state' ? 'state' : k === 'district' ? 'district' : k === 'year' ? 'year' : 'other');
  }
  const { places, focus } = placesIn(original);
  return {
    yesNo: /\bwhether\b/.test(t),
    details: /\bdetails?\b|\bparticulars\b/.test(t),
    breakdowns: [...breakdowns],
    period: /\b(last|past|previous|preceding)\s+(\w+\s+)?(financial\s+)?(years|decade)\b/.test(t) || breakdowns.has('year'),
    reasons: /\breasons?\b|\bwhy\b|\bgrounds\b/.test(t),
    status: /\bstatus\b|\bprogress\b|\bstage\b/.test(t),
    quantity: /\b(number|amount|funds?|total|expenditure|how many|how much|percentage|ratio|cost|budget|allocat\w*|sanctioned strength|figures?|quantum|extent)\b/.test(quantityText),
    measures: /\b(steps|measures|action|efforts|initiatives|manner|action plan|remedial)\b/.test(t),
    timeline: /\b(timeline|time[- ]?frame|time[- ]?limit|by when|target date|likely date|deadline|time[- ]?bound)\b/.test(t),
    places,
    focusPlaces: focus,
    financialYears: [...new Set(t.match(/\b20\d\d-\d\d\b/g) ?? [])],
    outcome,
    intent: INTENT_ASKED.test(t),
  };
}

/** Split a part into its main clause and its "if so" / "if not" clauses. */
export function readPart(fullText: string): PartAsk {
  // Real parts run to a few hundred characters; the cap keeps junk input cheap.
  const text = fullText.slice(0, 3000);
  const lower = text.toLowerCase();
  const pieces: { condition: Condition | null; start: number; end: number }[] = [];
  let cursor = 0;
  let condition: Condition | null = null;
  IF_CLAUSE.lastIndex = 0;
  for (let m = IF_CLAUSE.exec(lower); m !== null; m = IF_CLAUSE.exec(lower)) {
    pieces.push({ condition, start: cursor, end: m.index });
    condition = m[1] === 'so' || m[1] === 'yes' ? 'so' : 'not';
    cursor = m.index + m[0].length;
  }
  pieces.push({ condition, start: cursor, end: text.length });
  const clauses: Clause[] = pieces
    .map((p) => ({ condition: p.condition, text: text.slice(p.start, p.end).replace(/^[\s,;:]+|[\s,;:]+$/g, '').replace(/\s+(and|or)$/i, '') }))
    .filter((c, i) => i === 0 || c.text.length > 0)
    .map((c) => ({ ...c, demands: readDemands(c.text) }));
  const first = clauses[0];
  const outer = first && first.condition === null && first.text.trim().length === 0 ? clauses[1]?.condition ?? null : null;
  return { outer, clauses: clauses.filter((c) => c.condition !== null || c.text.trim().length > 0) };
}
