import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { formatTable } from '../../../../shared/analysis/format-table.ts';

describe('formatTable', () => {
  it('shows the header, one row per part, and assurances with their due date', () => {
    const text = 'LOK SABHA\nSTARRED QUESTION NO. 5\nTO BE ANSWERED ON 30.11.2023\n\nPORT DUES\n\nWill the Minister of SHIPPING be pleased to state:\n(a) whether port dues will be cut; and\n(b) if so, the details thereof?\n\nANSWER\n(a) & (b): The matter is under consideration.';
    const table = formatTable(analyze({ kind: 'combined', text }));
    expect(table).toContain('Lok Sabha Starred Question No. 5');
    expect(table).toContain('Answered on: 2023-11-30');
    expect(table).toMatch(/\(a\)\s+\| Deferred/);
    expect(table).toMatch(/\(b\)\s+\|/);
    expect(table).toContain('due by 2024-02-29');
  });

  it('says so when no parts were found', () => {
    expect(formatTable(analyze({ kind: 'combined', text: 'hello' }))).toBe('No lettered question parts were found.');
  });
});
