/**
 * What one reply sentence says, read once: phrase knowledge from
 * `templates/phrases` (deflections, deferrals, refusals, assurances), a yes or a
 * no, "does not arise", figures, years, States, annexure references and reason
 * words.
 */
import { ASSURANCE_EXPRESSIONS, type AssuranceExpression } from '../../templates/phrases/assurances.ts';
import { DEFERRALS } from '../../templates/phrases/deferrals.ts';
import { DEFLECTIONS } from '../../templates/phrases/deflections.ts';
import type { PhraseEntry } from '../../templates/phrases/phrase-entry.ts';
import { placesNamed } from './places.ts';
import type { Sentence } from './sentences.ts';
import { contentStems } from './terms.ts';
import { REFUSALS } from '../../templates/phrases/refusals.ts';

export type Polarity = 'yes' | 'no' | null;

export type SentenceSignals = {
  readonly sentence: Sentence;
  readonly stems: ReadonlySet<string>;
  readonly deflection: PhraseEntry | null;
  readonly deferral: PhraseEntry | null;
  readonly refusal: PhraseEntry | null;
  readonly assurance: AssuranceExpression | null;
  readonly doesNotArise: boolean;
  readonly polarity: Polarity;
  /** A figure that is not just a year: "33.22 lakh", "Rs. 913.25 crores", "8,218", "76.2%". */
  readonly figure: boolean;
  readonly years: readonly string[];
  readonly states: readonly string[];
  readonly annexure: boolean;
  readonly reason: boolean;
  /** "State-wise", "district-wise", "year-wise" said affirmatively. */
  readonly wise: readonly string[];
  /** "not State-wise or district-wise": the reply says the breakdown does not exist. */
  readonly wiseDenied: boolean;
};

const NEGATION_BEFORE = /\b(no|not|nor|never|neither)\b/;

/**
 * The longest piece of plain text every match of a pattern must contain ("consideration" for
 * /\bunder (active |the )?consideration\b/), or null when there is none (a top-level "|").
 * Read from the pattern's source: letters, spaces and apostrophes outside groups and classes,
 * a letter before a quantifier dropped.
 */
export function literalCue(re: RegExp): string | null {
  const src = re.source;
  let depth = 0;
  let best = '';
  let run = '';
  const end = (): void => {
    const t = run.trim();
    if (t.length > best.length) best = t;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '\\') {
      end();
      i++;
      continue;
    }
    if (c === '[') {
      end();
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') { end(); depth++; continue; }
    if (c === ')') { end(); depth--; continue; }
    if (c === '|' && depth === 0) return null;
    if (c === '?' || c === '*' || c === '{') {
      run = run.slice(0, -1);
      end();
      if (c === '{') while (i < src.length && src[i] !== '}') i++;
      continue;
    }
    if (depth === 0 && /[a-z' ]/.test(c)) run += c;
    else end();
  }
  end();
  return best.length >= 3 ? best : null;
}

/**
 * A phrase list with a plain-text cue per pattern: most sentences hold none of the cues, and
 * `includes` tells so without running (or compiling) the pattern.
 */
type PhraseList<T> = readonly { readonly entry: T; readonly cue: string | null }[];

function phraseList<T extends { readonly pattern: RegExp }>(entries: readonly T[]): PhraseList<T> {
  return entries.map((entry) => ({ entry, cue: literalCue(entry.pattern) }));
}

const DEFLECTION_LIST = phraseList<PhraseEntry>(DEFLECTIONS);
const DEFERRAL_LIST = phraseList<PhraseEntry>(DEFERRALS);
const REFUSAL_LIST = phraseList<PhraseEntry>(REFUSALS);
const ASSURANCE_LIST = phraseList<AssuranceExpression>(ASSURANCE_EXPRESSIONS);

function firstMatch<T extends { readonly pattern: RegExp }>(list: PhraseList<T>, lower: string, negatable: boolean): T | null {
  for (const { entry, cue } of list) {
    if (cue !== null && !lower.includes(cue)) continue;
    const m = entry.pattern.exec(lower);
    if (!m) continue;
    if (negatable) {
      // "There is no such proposal under consideration" answers no; "I have no information; but I am
      // prepared to look into the matter" (Annex 3 item 19) is still an assurance.
      const before = lower.slice(Math.max(0, m.index - 40), m.index).split(/;|\bbut\b/).pop() ?? '';
      if (NEGATION_BEFORE.test(before)) continue;
    }
    return entry;
  }
  return null;
}

const NO_PATTERNS = [
  /^(no|nil|none)\b/,
  /^(there|it) (is|are|was|were|has been|have been) (no|not any|nothing)\b/,
  /^no\s*,\s*(sir|madam)\b/,
  /^(the )?(government|ministry|department)?\s*(is|are|has|have|had|was) not\b/,
  /\bno such (proposal|report|case|incident|decision|plan|scheme|instance|complaint|communication|request|study|survey|assessment)\b/,
  /\b(has|have|had) not (yet )?been (received|decided|taken|made|finali[sz]ed|conducted|undertaken|reported|issued|found)\b/,
  /\bno (proposal|decision|communication|report|complaint|request)\b[^.]{0,60}\b(is|has been|was|have been|are)\b[^.]{0,30}\b(received|taken|made|pending|reported|under)\b/,
  /\b(is|are) not aware\b/,
];
const YES_PATTERNS = [
  /^yes\b/,
  /^(it is|this is) (true|correct|a fact)\b/,
  /^(the )?(government|ministry|department) (is|are) aware\b/,
];

/**
 * The source a reply cites before its answer ("According to the information furnished by the UGC,
 * there are no such proposals"; "As informed by NABARD, ..."): the answer is what follows it.
 */
const ATTRIBUTION = /^(?:according to|as per|as informed by|as reported by)\b[^,;]{0,120},\s*/;

function polarityOf(lower: string): Polarity {
  const s = lower.replace(/^[\s\-–:.,]+/, '').replace(ATTRIBUTION, '');
  if (YES_PATTERNS.some((re) => re.test(s))) return 'yes';
  if (NO_PATTERNS.some((re) => re.test(s))) return 'no';
  return null;
}

export function readSentence(sentence: Sentence): SentenceSignals {
  const lower = sentence.lower;
  const joined = sentence.joined;
  // A phrase broken by a line-end hyphen ("not col-\nlecting information") is found in the joined reading.
  const either = <T extends { readonly pattern: RegExp }>(list: PhraseList<T>, negatable: boolean): T | null =>
    firstMatch(list, lower, negatable) ?? (joined === undefined ? null : firstMatch(list, joined, negatable));
  const years = [...new Set(lower.match(/\b(?:19|20)\d\d(?:\s*-\s*\d{2,4})?\b/g) ?? [])].map((y) => y.replace(/\s+/g, ''));
  const withoutDates = lower
    .replace(/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/g, ' ')
    .replace(/\b(?:19|20)\d\d(?:\s*-\s*\d{2,4})?\b/g, ' ')
    .replace(/\b(?:section|rule|regulation|para|article|no\.?|s\.o\.?|g\.s\.r\.?)\s*\d+/g, ' ');
  const figure = /\d/.test(withoutDates.replace(/\b\d{1,2}(st|nd|rd|th)\b/g, ' ')) || /\b(lakh|crore|million|billion|per ?cent|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\b|%|₹/.test(lower);
  const wise = [...lower.matchAll(/\b(state|ut|district|year|month|party|category|scheme|sector|zone)[a-z/ ]{0,12}-?\s?wise\b/g)].map((m) => m[1] ?? '');
  return {
    sentence,
    stems: joined === undefined ? contentStems(lower) : new Set([...contentStems(lower), ...contentStems(joined)]),
    deflection: either(DEFLECTION_LIST, false),
    deferral: either(DEFERRAL_LIST, true),
    refusal: either(REFUSAL_LIST, false),
    assurance: either(ASSURANCE_LIST, true),
    doesNotArise: /\b(does|do) not arise\b|\bdoesn't arise\b|\bnot arise\b/.test(lower),
    polarity: polarityOf(lower),
    figure,
    years,
    states: placesNamed(lower).map((p) => p.name),
    annexure: /\bannex(ure)?\b|\bannexed\b|\bappendix\b|\bplaced in the library\b|\bstatement (enclosed|attached)\b/.test(lower),
    reason: /\b(due to|because|owing to|on account of|reasons?|as a result of|attributed to|caused by|in view of)\b/.test(lower),
    wise: /\bnot\b[^.]{0,30}-?wise\b/.test(lower) ? [] : wise,
    wiseDenied: /\bnot\b[^.]{0,40}\b(state|district|year)[a-z/ ]{0,12}-?\s?wise\b/.test(lower),
  };
}
