import { describe, expect, it } from 'vitest';
import { createStagedTexts } from '../../../../electron/services/staged-texts.ts';

describe('staged texts', () => {
  it('puts a text together from its parts, whatever order they came in', () => {
    const staged = createStagedTexts();
    expect(staged.append('key-00001', 6, 'world')).toEqual({ ok: true, value: 5 });
    expect(staged.append('key-00001', 0, 'hello ')).toEqual({ ok: true, value: 11 });
    expect(staged.get({ staged: 'key-00001', length: 11 })).toBe('hello world');
    // Asked again: the same text, now kept whole.
    expect(staged.get({ staged: 'key-00001', length: 11 })).toBe('hello world');
  });

  it('gives nothing for a key it does not hold, a length other than the parts make, or parts with a hole', () => {
    const staged = createStagedTexts();
    expect(staged.get({ staged: 'unknown-1', length: 3 })).toBeNull();
    staged.append('key-00002', 0, 'abc');
    expect(staged.get({ staged: 'key-00002', length: 4 })).toBeNull();
    staged.append('key-00003', 0, 'abc');
    staged.append('key-00003', 5, 'fg');
    expect(staged.get({ staged: 'key-00003', length: 5 })).toBeNull();
  });

  it('refuses a second part at the same offset, and any part once the text has been used whole', () => {
    const staged = createStagedTexts();
    staged.append('key-00004', 0, 'abc');
    expect(staged.append('key-00004', 0, 'xyz').ok).toBe(false);
    expect(staged.get({ staged: 'key-00004', length: 3 })).toBe('abc');
    expect(staged.append('key-00004', 3, 'def').ok).toBe(false);
  });

  it('stays within its limit by dropping the texts used longest ago, never the one being added to', () => {
    const staged = createStagedTexts(10);
    staged.append('key-older', 0, 'aaaa');
    staged.append('key-newer', 0, 'bbbb');
    // Used: now the newer of the two.
    expect(staged.get({ staged: 'key-older', length: 4 })).toBe('aaaa');
    staged.append('key-third', 0, 'cccc');
    expect(staged.get({ staged: 'key-newer', length: 4 })).toBeNull();
    expect(staged.get({ staged: 'key-older', length: 4 })).toBe('aaaa');
    expect(staged.get({ staged: 'key-third', length: 4 })).toBe('cccc');
    // A text longer than the limit is refused outright.
    expect(staged.append('key-large', 0, 'x'.repeat(11)).ok).toBe(false);
  });
});
