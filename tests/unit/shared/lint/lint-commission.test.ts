import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../shared/domain/draft.ts';
import { lintCommissionOverlap } from '../../../../shared/lint/lint-commission.ts';
import { englishText } from '../../../../shared/messages/texts.ts';

const paper = (id: string, kind: 'rti-second-appeal' | 'rti-complaint' | 'rti-first-appeal', fields: { [key: string]: string }): Draft => ({
  id, kind, title: id, language: 'en', createdAt: '', updatedAt: '', forParts: [], points: [],
  fields: { publicAuthority: 'Ministry of Health and Family Welfare', applicationDate: '2026-01-05', ...fields },
});

describe('lintCommissionOverlap', () => {
  const appeal = paper('sa', 'rti-second-appeal', { applicationRef: 'MOHFW/R/E/26/00042' });
  const complaint = paper('c', 'rti-complaint', {});

  it('warns on the second appeal and on the complaint when both are on the same application', () => {
    const onAppeal = lintCommissionOverlap(appeal, [appeal, complaint]);
    expect(onAppeal.map((f) => f.ruleId)).toEqual(['commission-one-proceeding']);
    expect(englishText(onAppeal[0]?.message ?? { key: 'lint.commission.withComplaint', params: {} })).toContain('The case also holds a complaint to the Commission on the same application.');
    expect(lintCommissionOverlap(complaint, [appeal, complaint]).map((f) => f.ruleId)).toEqual(['commission-one-proceeding']);
  });

  it('is silent for papers on different applications, on another authority, or of other kinds', () => {
    expect(lintCommissionOverlap(appeal, [appeal, paper('c2', 'rti-complaint', { applicationDate: '2026-03-01' })])).toEqual([]);
    expect(lintCommissionOverlap(appeal, [appeal, paper('c3', 'rti-complaint', { publicAuthority: 'Delhi Police' })])).toEqual([]);
    expect(lintCommissionOverlap(appeal, [appeal, paper('fa', 'rti-first-appeal', {})])).toEqual([]);
    expect(lintCommissionOverlap(paper('fa', 'rti-first-appeal', {}), [appeal, complaint])).toEqual([]);
  });
});
