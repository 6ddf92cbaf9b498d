import { describe, expect, it } from 'vitest';
import { readLabelGroup } from '../../../../shared/analysis/labels.ts';

describe('readLabelGroup', () => {
  it.each([
    ['(a):', ['a']],
    ['(a) to (d): text', ['a', 'b', 'c', 'd']],
    ['(a)to (g): text', ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    ['(a) & (b): text', ['a', 'b']],
    ['(a) and (b): text', ['a', 'b']],
    ['(a), (b) and (c): text', ['a', 'b', 'c']],
    ['(a), (b) & (c): text', ['a', 'b', 'c']],
    ['(a) to (c) and (e): text', ['a', 'b', 'c', 'e']],
    ['(a)-(b)   text', ['a', 'b']],
    ['(e)-(f)   No communication', ['e', 'f']],
    ['(A) TO (C): TEXT', ['a', 'b', 'c']],
  ])('%s', (text, labels) => {
    expect(readLabelGroup(text, 0)?.labels).toEqual(labels);
  });

  it('places the end after the colon and spaces', () => {
    const g = readLabelGroup('(a) to (c) :  A statement', 0);
    expect(g?.end).toBe('(a) to (c) :  '.length);
  });

  it('reads a bare "a)" only when allowed', () => {
    expect(readLabelGroup('a) whether', 0)).toBeNull();
    expect(readLabelGroup('a) whether', 0, true)?.labels).toEqual(['a']);
  });

  it('rejects non-labels', () => {
    expect(readLabelGroup('(ab) x', 0)).toBeNull();
    expect(readLabelGroup('(1) x', 0)).toBeNull();
    expect(readLabelGroup('(b) to (a)', 0)).toBeNull();
    expect(readLabelGroup('(a)bc', 0)).toBeNull();
  });
});
