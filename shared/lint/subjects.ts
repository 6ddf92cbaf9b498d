import { SUBJECT_STOPWORDS } from '../../templates/rules/rti-rules.ts';

/**
 * Heuristic for the one-subject rules (Karnataka r.14, Maharashtra 2012, `rti-law-and-anchors.md`
 * A.5): points that share a key word are taken to be about the same subject; points that share
 * none with any other group form another subject. Returns the groups of point indexes, in order.
 *
 * It can only suggest: two points about one incident may use different words. The finding says so.
 */
const STOP = new Set(SUBJECT_STOPWORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

export function keyWords(point: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of point.matchAll(WORD)) {
    let w = m[0].toLowerCase().replace(/-+$/, '');
    if (w.length < 4 || STOP.has(w) || /^\d+$/.test(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.add(w);
  }
  return out;
}

export function distinctSubjects(points: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<number>> {
  const idx = points.map((p, i) => ({ i, words: keyWords(p) })).filter((p) => p.words.size > 0);
  const parent = new Map<number, number>(idx.map((p) => [p.i, p.i]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const owner = new Map<string, number>();
  for (const p of idx) {
    for (const w of p.words) {
      const o = owner.get(w);
      if (o === undefined) owner.set(w, p.i);
      else parent.set(find(p.i), find(o));
    }
  }
  const groups = new Map<number, number[]>();
  for (const p of idx) {
    const root = find(p.i);
    const g = groups.get(root) ?? [];
    g.push(p.i);
    groups.set(root, g);
  }
  return [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
