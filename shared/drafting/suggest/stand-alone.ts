/**
 * A part's words made to stand alone: "their", "them", "these workers" and "the said scheme" point
 * back to an earlier part of the same question, and mean nothing in a new notice or application
 * that does not carry that part (review 12: "compensation to provide relief to their families",
 * "payable to them", "recruitment of staff under the said scheme"). Each is replaced by what it
 * points to, read off the earlier parts; where nothing can be found the words stay as they are.
 */
import { parsePart } from './part-text.ts';

/** A programme named in full, with its acronym if given: "National Health Mission (NHM)". */
const NAMED_PROGRAMME = /\b((?:[A-Z][A-Za-z-]+\s+){1,6}(?:Scheme|Mission|Programme|Program|Yojana|Package|Abhiyan)(?:\s*\([A-Z-]{2,}\))?)/g;
/** "the said scheme", "such scheme", "this Mission". */
const SAID_PROGRAMME = /\b(?:the\s+said|such|this|that|the\s+above)\s+(?:scheme|mission|programme|program|yojana|package|abhiyan)\b/gi;
/** The people a part counts, whom a later part calls "they". */
const PEOPLE = /\b(?:workers|farmers|persons|people|students|children|women|officials|officers|employees|doctors|nurses|patients|victims|families|beneficiaries|labourers|teachers|members|pensioners|migrants|fishermen|artisans|weavers)\b/i;

function lastProgramme(earlier: ReadonlyArray<string>): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const found = [...(earlier[i] ?? '').matchAll(NAMED_PROGRAMME)].at(-1);
    if (found?.[1]) return found[1].replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * The people an earlier part asks about, as its own noun phrase: "the number of Asha workers, other
 * healthcare and frontline workers who died during the Covid-19 period, State/UT-wise" gives "the
 * Asha workers, other healthcare and frontline workers who died during the Covid-19 period".
 */
function lastPeople(earlier: ReadonlyArray<string>): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const topic = parsePart(earlier[i] ?? '').topic;
    if (topic === null) continue;
    const phrase = topic.replace(/,\s*[\w/]+-wise\b.*$/i, '').replace(/\s+/g, ' ').trim();
    // Its head, before any preposition or relative clause, must be people: "the compensation paid
    // to these workers" is about compensation.
    const head = phrase.split(/\s+(?:of|to|for|under|in|during|by|from|with|on|at|paid|made|given|who|which|that|whose)\s+/)[0] ?? '';
    if (!PEOPLE.test(head)) continue;
    return /^the\s/i.test(phrase) ? phrase.replace(/^The\s/, 'the ') : `the ${phrase}`;
  }
  return null;
}

/** `text` with its pointers back replaced, given the question's earlier parts. */
export function standAlone(text: string, earlier: ReadonlyArray<string>): string {
  let out = text;
  if (SAID_PROGRAMME.test(out)) {
    const programme = lastProgramme(earlier);
    if (programme) out = out.replace(SAID_PROGRAMME, `the ${programme}`);
  }
  SAID_PROGRAMME.lastIndex = 0;
  if (/\b(?:their|them|these|those)\b/i.test(out)) {
    const people = lastPeople(earlier);
    if (people) {
      out = out
        .replace(/\btheir\s+([a-z][\w-]*)/gi, (_, noun: string) => `the ${noun} of ${people}`)
        .replace(/\b(to|for|of|by|from|with|on|among|towards)\s+them\b/gi, (_, prep: string) => `${prep} ${people}`)
        .replace(/\b(?:these|those)\s+((?:[a-z-]+\s+){0,2}(?:workers|farmers|persons|people|students|children|women|officials|officers|employees|doctors|nurses|patients|victims|families|beneficiaries))\b/gi, () => people);
    }
  }
  return out;
}
