import { describe, expect, it } from 'vitest';
import { headOf, packLongStrings, postSliced, slicedReceiver, unpackLongStrings } from '../../../../renderer/src/workers/sliced-message.ts';

type Message = { readonly sliced?: string; readonly chunk?: string };
const isAnything = (v: unknown): v is unknown => v !== undefined;

/** A port that keeps what is posted, as structured clone would deliver it. */
function port(): { posted: unknown[]; postMessage: (m: unknown) => void } {
  const posted: unknown[] = [];
  return { posted, postMessage: (m) => posted.push(structuredClone(m)) };
}

describe('sliced messages', () => {
  const long = 'कोविन '.repeat(5_000) + 'x'.repeat(7_001);

  it('sends each long string in slices no longer than the limit, and rebuilds the message as sent', async () => {
    const p = port();
    const value = { kind: 'separate', question: { text: long, title: 'Q' }, texts: new Map([['reply', long + 'y']]), n: 3, list: ['short', null, true] };
    await postSliced(p, value, { limit: 4_000 });
    const slices = p.posted.filter((m): m is Message => (m as Message).sliced === 'slice');
    expect(slices.length).toBe(Math.ceil(long.length / 4_000) + Math.ceil((long.length + 1) / 4_000));
    expect(slices.every((s) => (s.chunk ?? '').length <= 4_000)).toBe(true);
    const receive = slicedReceiver(isAnything);
    const results = p.posted.map(receive);
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    const whole = results.at(-1);
    expect(whole).toEqual({ ok: true, value, strings: [long, long + 'y'] });
  });

  it('sends a long string met twice once', () => {
    const packed = packLongStrings({ a: long, b: [long] }, [], 1_000);
    expect(packed.strings).toEqual([long]);
    expect(unpackLongStrings(packed.value, packed.strings)).toEqual({ a: long, b: [long] });
  });

  it('names a string the receiver already has instead of sending it, even an equal copy', async () => {
    const theirs = [long];
    const copy = (' ' + long).slice(1);
    const p = port();
    await postSliced(p, { ok: true, value: { text: copy } }, { known: theirs, limit: 1_000 });
    expect(p.posted).toHaveLength(1);
    const got = slicedReceiver(isAnything, () => theirs)(p.posted[0]);
    expect(got).toEqual({ ok: true, value: { ok: true, value: { text: long } }, strings: [] });
  });

  it('leaves short strings in the message itself', async () => {
    const p = port();
    await postSliced(p, { text: 'short' });
    expect(p.posted).toEqual([{ sliced: 'whole', value: { text: 'short' }, lengths: [] }]);
  });

  it('refuses a whole message its reader does not accept, and a message of another kind', async () => {
    const p = port();
    await postSliced(p, { n: 1 });
    const onlyStrings = slicedReceiver((v): v is string => typeof v === 'string');
    expect(onlyStrings(p.posted[0])).toEqual({ ok: false });
    expect(onlyStrings('not a sliced message')).toEqual({ ok: false });
  });

  it('stops sending between slices once cancelled', async () => {
    const p = port();
    let stop = false;
    const done = postSliced(p, { text: long }, { limit: 1_000, cancelled: () => stop });
    stop = true;
    await done;
    expect(p.posted).toHaveLength(1);
    expect((p.posted[0] as Message).sliced).toBe('slice');
  });

  it('sends a text it received in slices on in the same slices, and reads its beginning from the first', async () => {
    const there = port();
    await postSliced(there, { text: long }, { limit: 4_000 });
    const received = there.posted.map(slicedReceiver(isAnything)).at(-1);
    if (!received?.ok) throw new Error('not received');
    const text = received.strings[0] ?? '';
    expect(text).toBe(long);
    expect(headOf(text, 10)).toBe(long.slice(0, 10));
    // Longer than the first slice: read from the text itself.
    expect(headOf(text, 5_000)).toBe(long.slice(0, 5_000));
    const back = port();
    await postSliced(back, { text }, { limit: 4_000 });
    const sent = there.posted.slice(0, -1);
    expect(back.posted.slice(0, -1)).toEqual(sent);
    // With a smaller limit than the slices it came in, it is cut afresh.
    const smaller = port();
    await postSliced(smaller, { text }, { limit: 1_000 });
    expect(smaller.posted.filter((m) => (m as Message).sliced === 'slice')).toHaveLength(Math.ceil(long.length / 1_000));
    expect(smaller.posted.map(slicedReceiver(isAnything)).at(-1)).toEqual({ ok: true, value: { text: long }, strings: [long] });
  });

  it('reads the beginning of a text it holds no slices of from the text', () => {
    expect(headOf('a short text', 7)).toBe('a short');
    expect(headOf(long, 8_000)).toBe(long.slice(0, 8_000));
  });
});
