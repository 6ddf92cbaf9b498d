/**
 * Messages to and from a worker with their long strings sent in slices, or not at all when the
 * other side already has them (issue 12).
 *
 * postMessage copies its message in one task on each side: the sender serialises it and the
 * receiver deserialises it when it reads `event.data`. A 10 MB reply with Hindi in it is a 20 MB
 * string in V8, and measured in Chromium on this project's 2-core machine each of those copies
 * took about 50 ms, longer than a frame (the bench's paste-frames figure); so did making one
 * 20 MB string out of its slices again. So:
 * - every string longer than SLICE_CHARS travels as its own run of messages, one slice each, and
 *   the message itself follows with a marker where each string was; the sender yields to the
 *   event loop between slices, and the receiver reads each slice in a task of its own;
 * - a long string the receiver already has (an answer holds the texts it was sent: the checked
 *   paste, unchanged; the analysis, the texts it read) is not sent back: a marker names which of
 *   the receiver's strings it is, and the receiver puts its own in.
 *
 * The message is plain data (what structured clone takes: objects, arrays, Maps, strings,
 * numbers, booleans, null); nothing else is walked. A long string met twice is sent once.
 */
export const SLICE_CHARS = 512 * 1024;

type Port = { postMessage: (message: unknown) => void };

/** One slice of a long string; a message's slices come in order, string after string. */
type SliceWire = { readonly sliced: 'slice'; readonly chunk: string };
/** The message, with `{ [SENT]: n }` where the n-th long string sent was, `{ [KNOWN]: n }` for the receiver's n-th. */
type WholeWire = { readonly sliced: 'whole'; readonly value: unknown; readonly lengths: ReadonlyArray<number> };

const SENT = '\u0000sliced-string';
const KNOWN = '\u0000known-string';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map);

/**
 * The message with its long strings replaced by markers, and those to send in walk order.
 * `known` are the receiver's own long strings (what it sent this side): one of them met again
 * (the same string, or an equal one) is named, not sent.
 */
export function packLongStrings(value: unknown, known: ReadonlyArray<string> = [], limit = SLICE_CHARS): { value: unknown; strings: string[] } {
  const strings: string[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length <= limit) return v;
      // Strict equality: the same string costs nothing to find, and strings of another length
      // are told apart at once; only an equal length compares characters, without copying.
      const theirs = known.indexOf(v);
      if (theirs >= 0) return { [KNOWN]: theirs };
      const seen = strings.indexOf(v);
      if (seen >= 0) return { [SENT]: seen };
      strings.push(v);
      return { [SENT]: strings.length - 1 };
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x)]));
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return { value: walk(value), strings };
}

/** The inverse of packLongStrings, given the strings sent and the receiver's own. */
export function unpackLongStrings(value: unknown, strings: ReadonlyArray<string>, known: ReadonlyArray<string> = []): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x)]));
    if (isRecord(v)) {
      if (Object.keys(v).length === 1) {
        const sent = v[SENT];
        if (typeof sent === 'number') return strings[sent] ?? '';
        const theirs = v[KNOWN];
        if (typeof theirs === 'number') return known[theirs] ?? '';
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value);
}

/**
 * The long strings this thread received in slices and holds as the slices put end to end, never
 * joined (issue 12). Joining a 10 MB text with Hindi in it (20 MB in V8) took 54–97 ms in one
 * task on the window's thread, in the bench's paste; `a + b` makes a rope instead, in no time,
 * and V8 copies it into one string only where something reads its characters. So the window
 * reads a received text through these: its beginning (headOf) from the first slice, and sending
 * it on (postSliced) by the slices it came in. Equal strings are found without reading them: the
 * same string is the same reference, and one of another length differs at once.
 *
 * The last few only: each holds its text's slices, which once something has made the text one
 * string are a second copy of it.
 */
const HELD_STRINGS = 2;
const held: Array<{ readonly text: string; readonly slices: ReadonlyArray<string> }> = [];

/** The slices `text` came in, if it came in slices and is one of the last held. */
export function slicesOf(text: string): ReadonlyArray<string> | null {
  return held.find((h) => h.text === text)?.slices ?? null;
}

/** The slices put end to end as one string value, without copying their characters. */
function rope(slices: ReadonlyArray<string>): string {
  let text = '';
  for (const slice of slices) text += slice;
  held.unshift({ text, slices });
  held.length = Math.min(held.length, HELD_STRINGS);
  return text;
}

/**
 * The first `chars` characters of `text`: of a text received in slices, read from its first slice,
 * so showing the beginning of a 10 MB text does not make it one string first.
 */
export function headOf(text: string, chars: number): string {
  const first = slicesOf(text)?.[0];
  return first !== undefined && first.length >= chars ? first.slice(0, chars) : text.slice(0, chars);
}

/** `text` in slices of at most `limit`: a text received in slices goes on in those, as cutting it afresh would first make it one string. */
function* slicesToSend(text: string, limit: number): Generator<string> {
  const received = slicesOf(text);
  if (received !== null && received.every((slice) => slice.length <= limit)) {
    yield* received;
    return;
  }
  for (let at = 0; at < text.length; at += limit) yield text.slice(at, at + limit);
}

/** Lets the event loop run (input, frames) before the next slice goes out. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Posts `value` to `port` with its long strings in slices, leaving out those in `known` (the
 * receiver's own). Resolves with the long strings of `value` once everything is posted, so an
 * answer can name them back. `cancelled` is asked between slices, so a stopped worker is not fed
 * the rest.
 */
export async function postSliced(port: Port, value: unknown, options: { readonly known?: ReadonlyArray<string>; readonly cancelled?: () => boolean; readonly limit?: number } = {}): Promise<ReadonlyArray<string>> {
  const limit = options.limit ?? SLICE_CHARS;
  const cancelled = options.cancelled ?? (() => false);
  const packed = packLongStrings(value, options.known ?? [], limit);
  for (const s of packed.strings) {
    for (const chunk of slicesToSend(s, limit)) {
      if (cancelled()) return packed.strings;
      port.postMessage({ sliced: 'slice', chunk } satisfies SliceWire);
      await nextTask();
    }
  }
  if (!cancelled()) port.postMessage({ sliced: 'whole', value: packed.value, lengths: packed.strings.map((s) => s.length) } satisfies WholeWire);
  return packed.strings;
}

export type Received<T> = { readonly ok: true; readonly value: T; readonly strings: ReadonlyArray<string> } | { readonly ok: false };

/**
 * A receiver for postSliced's messages: feed it every message's data; it returns the message once
 * its last part has come, and null before. Slices are kept as they come, and each string is put
 * together once, when the message is whole, as a rope of its slices (see `held`). `known()` gives this side's own long strings, which the sender
 * named instead of sending. `accept` says whether the whole message is what the caller expects;
 * one that is not comes back as `{ ok: false }`. With the value come its long strings that were
 * sent, so an answer can name them back.
 */
export function slicedReceiver<T>(accept: (v: unknown) => v is T, known: () => ReadonlyArray<string> = () => []): (data: unknown) => Received<T> | null {
  let chunks: string[] = [];
  return (data) => {
    if (!isRecord(data)) return { ok: false };
    if (data['sliced'] === 'slice' && typeof data['chunk'] === 'string') {
      chunks.push(data['chunk']);
      return null;
    }
    const lengths = data['lengths'];
    if (data['sliced'] !== 'whole' || !Array.isArray(lengths)) return { ok: false };
    const strings: string[] = [];
    let at = 0;
    for (const length of lengths) {
      if (typeof length !== 'number') return { ok: false };
      const parts: string[] = [];
      for (let got = 0; got < length && at < chunks.length; at += 1) {
        const chunk = chunks[at] ?? '';
        parts.push(chunk);
        got += chunk.length;
      }
      strings.push(parts.length === 1 ? parts[0] ?? '' : rope(parts));
    }
    chunks = [];
    const value = unpackLongStrings(data['value'], strings, known());
    return accept(value) ? { ok: true, value, strings } : { ok: false };
  };
}
