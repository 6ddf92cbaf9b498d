/**
 * Which States and Union territories a lower-cased text names, in one regex pass over the text
 * (all spellings from `templates/phrases/places.ts` in one alternation, longest first) instead of
 * one regex per spelling: the analyser asks this of every sentence and every question clause.
 */
import { STATES_AND_UTS, type PlaceName } from '../../templates/phrases/places.ts';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

const PLACE_OF_SPELLING = new Map(STATES_AND_UTS.flatMap((p) => p.spellings.map((sp) => [sp, p] as const)));
const ANY_PLACE = new RegExp(
  `(?<![a-z])(?:${[...PLACE_OF_SPELLING.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![a-z])`,
  'g',
);

/** The places named, in the order of the list. */
export function placesNamed(lower: string): PlaceName[] {
  const found = new Set<PlaceName>();
  for (const m of lower.matchAll(ANY_PLACE)) {
    const p = PLACE_OF_SPELLING.get(m[0]);
    if (p !== undefined) found.add(p);
  }
  return found.size === 0 ? [] : STATES_AND_UTS.filter((p) => found.has(p));
}

const spellingRegexes = new Map<string, RegExp>();

/** A word-bounded regex for one spelling, compiled on first use and kept. */
export function spellingRegex(spelling: string): RegExp {
  let re = spellingRegexes.get(spelling);
  if (re === undefined) {
    re = new RegExp(`(^|[^a-z])${escapeRe(spelling)}($|[^a-z])`, 'g');
    if (spellingRegexes.size < 1000) spellingRegexes.set(spelling, re);
  }
  re.lastIndex = 0;
  return re;
}
