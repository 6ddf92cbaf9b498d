import { describe, expect, it } from 'vitest';
import { readableText, slicedText } from '../../../../renderer/src/components/long-text.ts';
import { postSliced, slicedReceiver } from '../../../../renderer/src/workers/sliced-message.ts';

describe('a text read from its slices', () => {
  const text = 'ab\n\ncd\nएक\n\n\nefg\nh';
  const sliced = slicedText(['ab\n', '\ncd', '\nए', 'क\n\n', '\nefg\nh']);

  it('has the length of the text the slices make', () => {
    expect(sliced.length).toBe(text.length);
  });

  it('gives every stretch of the text, across the cuts and past its end', () => {
    for (let start = 0; start <= text.length + 1; start += 1) {
      for (let end = start; end <= text.length + 2; end += 1) expect(sliced.slice(start, end)).toBe(text.slice(start, end));
    }
  });

  it('finds what the text finds, from every offset, a match across a cut included', () => {
    for (const search of ['\n', '\n\n', 'एक', 'cd\nए', 'zz']) {
      for (let from = 0; from <= text.length + 1; from += 1) expect(sliced.indexOf(search, from)).toBe(text.indexOf(search, from));
    }
  });

  it('reads a text received in slices from them, and any other string as itself', async () => {
    const long = 'line of a reply\n'.repeat(2_000);
    const sent: unknown[] = [];
    await postSliced({ postMessage: (m) => { sent.push(m); } }, { text: long }, { limit: 5_000 });
    const received = sent.map(slicedReceiver((v): v is unknown => v !== undefined)).at(-1);
    if (!received?.ok) throw new Error('not received');
    const held = readableText(received.strings[0] ?? '');
    expect(held).not.toBeTypeOf('string');
    expect(held.length).toBe(long.length);
    expect(held.slice(4_990, 5_020)).toBe(long.slice(4_990, 5_020));
    expect(readableText('a short text')).toBe('a short text');
  });
});
