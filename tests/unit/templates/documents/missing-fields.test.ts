import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, type Draft, type DraftKind } from '../../../../shared/domain/draft.ts';
import { missingFields, TEMPLATES } from '../../../../templates/documents/index.ts';
import { sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

function empty(kind: DraftKind): Draft {
  return { id: 'd', kind, title: 't', language: 'en', createdAt: '', updatedAt: '', forParts: [], fields: {}, points: [] };
}

function keys(draft: Draft): ReadonlyArray<string> {
  return missingFields(draft).map((m) => m.key);
}

function withFields(draft: Draft, fields: { readonly [key: string]: string | undefined }): Draft {
  const merged = Object.entries({ ...draft.fields, ...fields });
  return { ...draft, fields: Object.fromEntries(merged.flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]))) };
}

describe('missingFields', () => {
  it.each(DRAFT_KINDS)('blocks an empty %s on every required field and on points', (kind) => {
    const missing = keys(empty(kind));
    for (const spec of TEMPLATES[kind].requiredFields) expect(missing).toContain(spec.key);
    expect(missing).toContain('points');
  });

  it.each(DRAFT_KINDS.flatMap((k) => [[k, 'en'], [k, 'hi']] as const))('lets a filled %s (%s) through', (kind, language) => {
    expect(missingFields(sampleDraft(kind, language))).toEqual([]);
  });

  it('unblocks only when the last required field is filled', () => {
    let draft = empty('rti-application');
    const required = TEMPLATES['rti-application'].requiredFields;
    for (const spec of required) {
      expect(keys(draft)).toContain(spec.key);
      draft = withFields(draft, { [spec.key]: spec.key === 'feeMode' ? 'bpl' : 'x' });
    }
    // BPL makes the certificate necessary (r.5); points still missing.
    expect(keys(draft)).toEqual(['bplCertificate', 'points']);
    draft = { ...withFields(draft, { bplCertificate: 'BPL/123 issued by Tahsildar' }), points: ['Copies of file notings'] };
    expect(keys(draft)).toEqual([]);
  });

  it('treats whitespace as empty, in fields and points', () => {
    const draft = { ...withFields(sampleDraft('rti-application', 'en'), { place: '   ' }), points: ['  ', '\n'] };
    expect(keys(draft)).toEqual(['place', 'points']);
  });

  it('asks for the instrument for IPO/DD and the State for a court-fee stamp', () => {
    const base = sampleDraft('rti-application', 'en');
    expect(keys(withFields(base, { feeInstrument: undefined }))).toEqual(['feeInstrument']);
    expect(keys(withFields(base, { feeMode: 'dd', feeInstrument: undefined }))).toEqual(['feeInstrument']);
    expect(keys(withFields(base, { feeMode: 'court-fee-stamp', feeInstrument: undefined }))).toEqual(['state']);
    expect(keys(withFields(base, { feeMode: 'court-fee-stamp', state: 'Maharashtra' }))).toEqual([]);
  });

  it('rejects a value outside a closed set', () => {
    const missing = missingFields(withFields(sampleDraft('rti-application', 'en'), { feeMode: 'cheque' }));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.key).toBe('feeMode');
    expect(missing[0]?.label).toContain('"cheque" is not one of');
    expect(keys(withFields(sampleDraft('pq-notice', 'en'), { house: 'Vidhan Sabha' }))).toEqual(['house']);
    expect(keys(withFields(sampleDraft('rti-first-appeal', 'en'), { ground: 'because' }))).toEqual(['ground']);
  });

  it('needs the reply date unless the appeal is against a deemed refusal', () => {
    const appeal = withFields(sampleDraft('rti-first-appeal', 'en'), { replyDate: undefined });
    expect(keys(appeal)).toEqual(['replyDate']);
    expect(keys(withFields(appeal, { ground: 'no-reply' }))).toEqual([]);
    expect(keys(withFields(appeal, { ground: 'fee-demand', replyDate: '2026-08-20' }))).toEqual(['feeDemanded']);
    expect(keys(withFields(appeal, { ground: 'other', replyDate: '2026-08-20' }))).toEqual(['groundDetails']);
  });

  it('needs the division number for Lok Sabha only', () => {
    const notice = withFields(sampleDraft('pq-notice', 'en'), { divisionNumber: undefined });
    expect(keys(notice)).toEqual(['divisionNumber']);
    expect(keys(withFields(notice, { house: 'Rajya Sabha' }))).toEqual([]);
  });
});

describe('choices', () => {
  it.each(DRAFT_KINDS)('%s labels every choice it offers', (kind) => {
    const template = TEMPLATES[kind];
    for (const [key, labels] of Object.entries(template.choiceLabels ?? {})) {
      const allowed = (template.choices as { readonly [key: string]: ReadonlyArray<string> | undefined } | undefined)?.[key] ?? [];
      expect(Object.keys(labels).sort()).toEqual([...allowed].sort());
      for (const label of Object.values(labels)) expect(label.length).toBeGreaterThan(3);
    }
  });
});
