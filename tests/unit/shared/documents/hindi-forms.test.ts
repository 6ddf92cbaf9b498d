import { describe, expect, it } from 'vitest';
import { paragraph, signature } from '../../../../shared/documents/blocks.ts';
import { resolveFormsInText, resolveHindiForms, signerForm, unresolvedForms } from '../../../../shared/documents/hindi-forms.ts';
import { placeholdersIn } from '../../../../shared/documents/placeholders.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { DRAFT_KINDS } from '../../../../shared/domain/draft.ts';
import { EMPTY_PROFILE } from '../../../../shared/domain/profile.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { HINDI_FORM_PAIRS } from '../../../../templates/phrases/hindi-forms.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

describe('Hindi forms of the signer', () => {
  it('keeps the masculine or the feminine of each pair, and leaves the addressee\'s महोदय/महोदया', () => {
    const text = 'महोदय/महोदया, मैं घोषणा करता/करती हूँ कि मैं भारत का/की नागरिक हूँ। भवदीय/भवदीया,';
    expect(resolveFormsInText(text, 'feminine')).toBe('महोदय/महोदया, मैं घोषणा करती हूँ कि मैं भारत की नागरिक हूँ। भवदीया,');
    expect(resolveFormsInText(text, 'masculine')).toBe('महोदय/महोदया, मैं घोषणा करता हूँ कि मैं भारत का नागरिक हूँ। भवदीय,');
  });

  it('does not touch a pair inside a longer word', () => {
    expect(resolveFormsInText('सीडी/डीवीडी और अकरता/करती', 'masculine')).toBe('सीडी/डीवीडी और अकरता/करती');
  });

  it('resolves every kind of block', () => {
    const blocks = resolveHindiForms([paragraph('मैं अनुरोध करता/करती हूँ।'), signature(['नई दिल्ली'], ['भवदीय/भवदीया,'])], 'feminine');
    expect(renderText(blocks)).toContain('मैं अनुरोध करती हूँ।');
    expect(renderText(blocks)).toContain('भवदीया,');
    expect(renderText(blocks)).not.toContain('/');
  });

  it('counts an unresolved pair as a value still to be replaced, so a final export is refused', () => {
    const blocks = [paragraph('मैं अनुरोध करता/करती हूँ। भवदीय/भवदीया,')];
    expect(unresolvedForms(renderText(blocks))).toEqual(['करता/करती', 'भवदीय/भवदीया']);
    expect(placeholdersIn(blocks)).toEqual(expect.arrayContaining(['करता/करती', 'भवदीय/भवदीया']));
    expect(placeholdersIn(resolveHindiForms(blocks, 'masculine'))).toEqual([]);
  });

  it('takes the Member\'s form for notices and the applicant\'s for everything else', () => {
    const profile = { ...EMPTY_PROFILE, applicant: { ...EMPTY_PROFILE.applicant, hindiForm: 'feminine' as const }, member: { ...EMPTY_PROFILE.member, hindiForm: 'masculine' as const } };
    expect(signerForm('pq-notice', profile)).toBe('masculine');
    expect(signerForm('half-an-hour-notice', profile)).toBe('masculine');
    expect(signerForm('rti-first-appeal', profile)).toBe('feminine');
    expect(signerForm('rti-application', EMPTY_PROFILE)).toBeUndefined();
  });

  it('leaves no signer pair in any Hindi template once a form is chosen', () => {
    const pairs = new RegExp(HINDI_FORM_PAIRS.map((p) => `${p.masculine}/${p.feminine}`).join('|'));
    for (const kind of DRAFT_KINDS) {
      const rendered = TEMPLATES[kind].render(sampleDraft(kind, 'hi'), { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY });
      for (const form of ['masculine', 'feminine'] as const) {
        const text = renderText(resolveHindiForms(rendered, form));
        expect(text, `${kind} ${form}`).not.toMatch(pairs);
        // Any other Devanagari "x/y" left is one the table does not know: it must be added there.
        const others = [...text.matchAll(/[\u0900-\u097F]+\/[\u0900-\u097F]+/g)].map((m) => m[0]).filter((p) => p !== 'महोदय/महोदया' && p !== 'सीडी/डीवीडी');
        expect(others, `${kind} ${form}`).toEqual([]);
      }
    }
  });
});

describe('Hindi specimen values', () => {
  it('count as values still to be replaced', () => {
    expect(placeholdersIn([paragraph('नाम: आशा वर्मा (नमूना आवेदक)')])).toEqual(['आशा वर्मा (नमूना आवेदक)']);
  });
});
