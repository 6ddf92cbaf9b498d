import { slicesOf } from '../workers/sliced-message.ts';

/**
 * What the reply view reads of its text: its length, a stretch of it, where a line break is. A
 * string is one; so is a long text read from the slices it came in from a worker (issue 12). Such
 * a text is the slices put end to end without copying (a rope, sliced-message.ts), and the first
 * read of a rope's characters makes V8 copy it into one string: for a 10 MB reply with Hindi, a
 * 20 MB copy of ~55 ms on this project's 2-core machine, in the task that drew the verdicts. Read
 * from its slices, the view copies only the few pages it lays out at a time.
 */
export type ReadableText = {
  readonly length: number;
  slice(start: number, end: number): string;
  indexOf(search: string, from: number): number;
};

/** `text` to read: from its slices if it came in slices (and is still held), else the string itself. */
export function readableText(text: string): ReadableText {
  const slices = slicesOf(text);
  return slices !== null && slices.length > 1 ? slicedText(slices) : text;
}

/** The slices, read as the one text they make end to end. */
export function slicedText(slices: ReadonlyArray<string>): ReadableText {
  const starts: number[] = [];
  let length = 0;
  for (const s of slices) {
    starts.push(length);
    length += s.length;
  }
  /** The index of the slice holding offset `at` (the last slice for `at` at or past the end). */
  const sliceAt = (at: number): number => {
    let lo = 0;
    let hi = slices.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const slice = (start: number, end: number): string => {
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    let out = '';
    for (let i = sliceAt(from); i < slices.length && (starts[i] ?? 0) < to; i += 1) {
      const at = starts[i] ?? 0;
      out += (slices[i] ?? '').slice(Math.max(0, from - at), to - at);
    }
    return out;
  };
  const indexOf = (search: string, from: number): number => {
    const start = Math.max(0, from);
    for (let i = sliceAt(start); i < slices.length; i += 1) {
      const at = starts[i] ?? 0;
      const found = (slices[i] ?? '').indexOf(search, Math.max(0, start - at));
      if (found >= 0) return at + found;
      // A match across the cut between this slice and the next.
      const next = starts[i + 1];
      if (next === undefined || search.length < 2) continue;
      const edgeStart = Math.max(start, next - search.length + 1);
      const across = slice(edgeStart, next + search.length - 1).indexOf(search);
      if (across >= 0) return edgeStart + across;
    }
    return -1;
  };
  return { length, slice, indexOf };
}
