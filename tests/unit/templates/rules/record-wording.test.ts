import { describe, expect, it } from 'vitest';
import { asRecords, RECORD_WORDING } from '../../../../templates/rules/record-wording.ts';

describe('an RTI point asks for records as held, not a ranking or a cause', () => {
  it('turns a ranking into the figures by State', () => {
    expect(asRecords('the States with the highest recruitment of staff under the National Health Mission (NHM)')).toBe('the recruitment of staff under the National Health Mission (NHM), State-wise');
    expect(asRecords('districts having the lowest literacy rate')).toBe('the literacy rate, district-wise');
  });

  it('drops the causal claim and keeps the figures and their breakdown', () => {
    expect(asRecords('the reduction level achieved in maternal and infant mortality rates attributable to NHM initiatives, year-wise')).toBe('the reduction level achieved in maternal and infant mortality rates, year-wise');
  });

  it('leaves words that rank or attribute nothing as they are', () => {
    const plain = 'the doctors and nurses recruited under NHM during the last three years';
    expect(asRecords(plain)).toBe(plain);
  });

  it('names the section each rule implements and its source', () => {
    for (const r of RECORD_WORDING) {
      expect(r.implements).toMatch(/Right to Information Act, 2005, s\.2\(f\)/);
      expect(r.source).toMatch(/A\.6/);
    }
  });
});
