import { describe, expect, it } from 'vitest';
import { numberList, pointsRef, typedPoints } from '../../../../templates/documents/rti-common.ts';

describe('naming the points of an RTI paper', () => {
  it('writes a run of three or more as a range, and joins the rest with "and"', () => {
    expect(numberList([1, 2, 3, 4, 5, 6], 'en')).toBe('1 to 6');
    expect(numberList([3, 4, 6], 'en')).toBe('3, 4 and 6');
    expect(numberList([6, 1, 2, 3, 9], 'en')).toBe('1 to 3, 6 and 9');
    expect(numberList([1, 2, 3, 4, 5, 6], 'hi')).toBe('1 से 6');
    expect(numberList([3, 4, 6], 'hi')).toBe('3, 4 और 6');
    expect(numberList([2], 'en')).toBe('2');
  });

  it('says "point" for one and "points" for more in English, and leaves the noun to the Hindi template', () => {
    expect(pointsRef([2], 'en')).toBe('point 2');
    expect(pointsRef([1, 2, 3, 4, 5, 6], 'en')).toBe('points 1 to 6');
    expect(pointsRef([3, 4], 'hi')).toBe('3 और 4');
  });

  it('reads the points a user typed, and nothing that is not a list of points', () => {
    expect(typedPoints('3, 4, 6')).toEqual([3, 4, 6]);
    expect(typedPoints('3 and 4')).toEqual([3, 4]);
    expect(typedPoints('3 और 4')).toEqual([3, 4]);
    expect(typedPoints('the files on the audit')).toBeNull();
    expect(typedPoints('')).toBeNull();
  });
});
