import { describe, expect, it } from 'vitest';
import { appendAll } from '../../../../shared/analysis/text-utils.ts';

describe('appendAll', () => {
  it('appends more items than a call can take as arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target: number[] = [1];
    appendAll(target, many);
    expect(target).toHaveLength(300_001);
    expect(target.at(-1)).toBe(299_999);
  });

  it('ignores a missing target', () => {
    expect(() => appendAll(undefined, [1, 2])).not.toThrow();
  });
});
