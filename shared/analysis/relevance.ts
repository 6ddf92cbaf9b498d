/**
 * Which sentences of a grouped reply address which part. reply-analysis.md:
 * "Grouped replies are judged per part". A sentence goes to the parts whose key
 * terms it shares, each term weighted by how rare it is among the question's
 * parts (a word every part uses says little; one only this part uses says a lot),
 * and terms of the subject line count half. A sentence sharing nothing follows the
 * sentence before it (lists and continuations); a leading one goes to the first part.
 */
import { appendAll } from './text-utils.ts';
import { STATES_AND_UTS } from '../../templates/phrases/places.ts';
import type { SentenceSignals } from './signals.ts';
import { contentStems, entityStems, unglue } from './terms.ts';

export type Weights = ReadonlyMap<string, number>;

/** Place names set the scene; whether the place itself is covered is checked apart (`demands.ts`). */
const PLACE_STEMS: ReadonlySet<string> = new Set(STATES_AND_UTS.flatMap((p) => [...contentStems(p.spellings.join(' '))]));

/** Per-part term weights: 1 / (number of parts using the term), halved for subject terms and place names. */
export function termWeights(partTexts: readonly string[], subject: string | null): Weights[] {
  const stems = partTexts.map((t) => contentStems(unglue(t.slice(0, 3000)).toLowerCase()));
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const subjectStems = contentStems((subject ?? '').toLowerCase());
  return stems.map((set) => {
    const w = new Map<string, number>();
    for (const s of set) w.set(s, (1 / (df.get(s) ?? 1)) * (subjectStems.has(s) ? 0.5 : 1) * (PLACE_STEMS.has(s) ? 0.5 : 1));
    return w;
  });
}

/**
 * Per part, the stems that say what it asks rather than what it is about: not shared with another
 * part, not in the subject line, not a place, not a name or acronym. "whether the Kerala Government
 * is dissatisfied with the preparedness of IMD" asks about "dissatisfied" and "preparedness"; a reply
 * about IMD and Kerala alone has not addressed it (reply-analysis.md, `unanswered`).
 */
export function askStems(partTexts: readonly string[], subject: string | null): Set<string>[] {
  const capped = partTexts.map((t) => unglue(t.slice(0, 3000)));
  const stems = capped.map((t) => contentStems(t.toLowerCase()));
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const topic = new Set<string>([...contentStems((subject ?? '').toLowerCase()), ...PLACE_STEMS]);
  for (const t of capped) for (const s of entityStems(t)) topic.add(s);
  return stems.map((set) => new Set([...set].filter((s) => (df.get(s) ?? 0) === 1 && !topic.has(s))));
}

/** How many of the ask stems appear in the sentences, and which are missing. */
export function askCoverage(ask: ReadonlySet<string>, sentences: readonly SentenceSignals[]): { total: number; found: number; missing: string[] } {
  const present = new Set<string>();
  for (const x of sentences) for (const s of x.stems) if (ask.has(s)) present.add(s);
  return { total: ask.size, found: present.size, missing: [...ask].filter((s) => !present.has(s)) };
}

/** Below this total weight a part has too few words of its own to be matched ("if so, the remedial measures"). */
export const MIN_VOCABULARY = 1.5;

export function vocabulary(weights: Weights): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  return total;
}

export function score(weights: Weights, stems: ReadonlySet<string>): number {
  let total = 0;
  for (const [s, w] of weights) if (stems.has(s)) total += w;
  return total;
}

export function coverage(weights: Weights, sentences: readonly SentenceSignals[]): { share: number | null; missing: string[] } {
  let all = 0;
  let found = 0;
  const present = new Set<string>();
  for (const x of sentences) for (const s of x.stems) if (weights.has(s)) present.add(s);
  const missing: { s: string; w: number }[] = [];
  for (const [s, w] of weights) {
    all += w;
    if (present.has(s)) found += w;
    else missing.push({ s, w });
  }
  missing.sort((a, b) => b.w - a.w);
  return { share: all > 0 ? found / all : null, missing: missing.map((m) => m.s) };
}

/**
 * Assign the sentences of one segment to the parts it answers.
 * Parts with too few key terms of their own ("if so, the details thereof") take the
 * sentences of the part before them in the segment.
 */
export function assignSentences(
  sentences: readonly SentenceSignals[],
  labels: readonly string[],
  weights: ReadonlyMap<string, Weights>,
): Map<string, SentenceSignals[]> {
  const out = new Map<string, SentenceSignals[]>(labels.map((l) => [l, []]));
  const own = (l: string): boolean => vocabulary(weights.get(l) ?? new Map<string, number>()) >= MIN_VOCABULARY;
  const withTerms = labels.filter(own);
  if (labels.length === 1 || withTerms.length === 0) {
    for (const l of labels) out.set(l, [...sentences]);
    return out;
  }
  // Inverted index, so each sentence costs its own length, not the parts' vocabulary.
  const index = new Map<string, { l: string; w: number }[]>();
  for (const l of withTerms) {
    for (const [stem, w] of weights.get(l) ?? new Map<string, number>()) {
      const list = index.get(stem) ?? [];
      list.push({ l, w });
      index.set(stem, list);
    }
  }
  let previous: string[] = [];
  let pendingLead: SentenceSignals[] = [];
  for (const s of sentences) {
    const totals = new Map<string, number>(withTerms.map((l) => [l, 0]));
    for (const stem of s.stems) for (const { l, w } of index.get(stem) ?? []) totals.set(l, (totals.get(l) ?? 0) + w);
    const scores = withTerms.map((l) => ({ l, v: totals.get(l) ?? 0 }));
    const best = Math.max(...scores.map((x) => x.v));
    let chosen: string[];
    if (best <= 0) {
      if (previous.length === 0) {
        pendingLead.push(s);
        continue;
      }
      chosen = previous;
    } else {
      chosen = scores.filter((x) => x.v >= best * 0.5).map((x) => x.l);
    }
    if (pendingLead.length > 0) {
      const first = withTerms[0];
      if (first !== undefined) appendAll(out.get(first), pendingLead);
      pendingLead = [];
    }
    for (const l of chosen) out.get(l)?.push(s);
    previous = chosen;
  }
  if (pendingLead.length > 0) {
    const first = withTerms[0];
    if (first !== undefined) appendAll(out.get(first), pendingLead);
  }
  // Parts with no terms of their own follow the nearest earlier part in the group.
  labels.forEach((l, i) => {
    if (own(l)) return;
    for (let k = i - 1; k >= 0; k--) {
      const prev = labels[k];
      if (prev !== undefined && own(prev)) {
        out.set(l, [...(out.get(prev) ?? [])]);
        return;
      }
    }
    out.set(l, [...sentences]);
  });
  return out;
}
