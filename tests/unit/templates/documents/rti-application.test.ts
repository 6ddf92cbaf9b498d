import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../shared/domain/draft.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

const ctx = { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY };

function render(draft: Draft, profile = SAMPLE_PROFILE): string {
  return renderText(TEMPLATES[draft.kind].render(draft, { ...ctx, profile }));
}

function withFields(draft: Draft, fields: { readonly [key: string]: string }): Draft {
  return { ...draft, fields: { ...draft.fields, ...fields } };
}

describe('RTI application', () => {
  const base = sampleDraft('rti-application', 'en');

  it('pays by IPO to the Accounts Officer under central r.6', () => {
    expect(render(base)).toContain('by Indian Postal Order No. 45F 123456, payable to the Accounts Officer, Ministry of Health and Family Welfare, as Rule 6(b) of the Right to Information Rules, 2012 provides.');
  });

  it('claims the BPL exemption with the certificate, and encloses its copy', () => {
    const text = render(withFields(base, { feeMode: 'bpl', bplCertificate: 'No. 77/2025, Tahsildar, Bengaluru North' }));
    expect(text).toContain('A copy of my BPL certificate (No. 77/2025, Tahsildar, Bengaluru North) is enclosed. Under Section 7(5) of the Act and Rule 5 of the Right to Information Rules, 2012, no fee is payable by me.');
    expect(text).toContain('Enclosure: copy of BPL certificate (No. 77/2025, Tahsildar, Bengaluru North)');
  });

  it("addresses a State authority's SPIO and cites the State's rules, not the central ones", () => {
    const text = render(withFields(base, { state: 'Maharashtra', feeMode: 'court-fee-stamp' }));
    expect(text).toContain('The State Public Information Officer');
    expect(text).toContain('court-fee stamp of Rs 10 (Rupees ten only) to this application towards the application fee, as the Right to Information Rules of Maharashtra allow.');
    expect(text).not.toContain('Rules, 2012');
    expect(render(withFields(base, { state: 'Kerala' }))).toContain('No. 45F 123456, drawn as the Right to Information Rules of Kerala require.');
  });

  it('states a different fee amount in figures', () => {
    expect(render(withFields(base, { state: 'Maharashtra', feeMode: 'dd', feeAmount: '20' }))).toContain('Rs 20 (Rupees 20 only) by Demand Draft No. 45F 123456');
  });

  it('asks for a reply within 48 hours when life or liberty is at stake', () => {
    expect(render(base)).not.toContain('forty-eight hours');
    expect(render(withFields(base, { lifeOrLiberty: 'yes' }))).toContain('Under the proviso to Section 7(1) of the Act it must be provided within forty-eight hours');
    expect(render(withFields(sampleDraft('rti-application', 'hi'), { lifeOrLiberty: 'yes' }))).toContain('अड़तालीस घंटे');
  });

  it('asks for electronic copies even without an e-mail address', () => {
    const { applicantEmail: _dropped, ...fields } = base.kind === 'rti-application' ? base.fields : {};
    expect(render({ ...base, fields })).toContain('in electronic form (PDF by e-mail), as Section 7(9) of the Act allows.');
  });

  it('shows bracketed placeholders in a preview of an unfilled draft', () => {
    const text = render({ ...base, fields: {}, points: [] });
    expect(text).toContain('[Public authority (ministry / department)]');
    expect(text).toContain("[CPIO's postal address]");
    expect(text).toContain('1. [Information sought]');
    expect(text).toContain(`Date: 22.11.2026`);
  });
});

describe('letterhead', () => {
  const office = { ...SAMPLE_PROFILE, letterhead: { organisation: 'Office of Shri Example Member, M.P.', lines: ['12, Janpath', 'New Delhi 110001'] } };

  it('heads lawyers’ papers, never a Member\'s notice (the Member\'s own form, issue 11)', () => {
    for (const kind of ['list-of-dates', 'points-table'] as const) {
      expect(render(sampleDraft(kind, 'en'), office).startsWith('Office of Shri Example Member, M.P.\n12, Janpath\nNew Delhi 110001\n\n')).toBe(true);
    }
    for (const kind of ['pq-notice', 'half-an-hour-notice'] as const) {
      expect(render(sampleDraft(kind, 'en'), office)).not.toContain('Office of Shri Example Member, M.P.');
    }
  });

  it('stays off RTI documents, which are the citizen’s own', () => {
    for (const kind of ['rti-application', 'rti-first-appeal', 'rti-second-appeal', 'rti-complaint'] as const) {
      expect(render(sampleDraft(kind, 'en'), office)).not.toContain('Office of Shri Example Member');
    }
  });
});

describe('question notice', () => {
  it('punctuates parts with semicolons, "; and" and "?" however they were typed', () => {
    const draft = { ...sampleDraft('pq-notice', 'en'), points: ['whether X.', 'if so, Y;', 'Z; and', '  W?  '] };
    expect(render(draft)).toContain('(a) whether X;\n(b) if so, Y;\n(c) Z; and\n(d) W?');
    expect(render({ ...draft, points: ['only one;'] })).toContain('(a) only one?');
  });

  it('addresses the Prime Minister by office', () => {
    expect(render(withFields(sampleDraft('pq-notice', 'en'), { ministry: 'Prime Minister' }))).toContain('*Will the PRIME MINISTER be pleased to state:');
  });

  it('marks only a starred question with an asterisk', () => {
    expect(render(withFields(sampleDraft('pq-notice', 'en'), { questionKind: 'unstarred' }))).toContain('\nWill the Minister of HEALTH AND FAMILY WELFARE');
  });
});

describe('appeals for a State authority', () => {
  it('name the State PIO and add the Maharashtra appeal fee', () => {
    const first = render(withFields(sampleDraft('rti-first-appeal', 'en'), { state: 'Maharashtra' }));
    expect(first).toContain('the burden of proving that a denial of the request was justified lies on the State Public Information Officer');
    expect(first).toContain('court-fee stamp of Rs 20 to this appeal');
    const second = render(withFields(sampleDraft('rti-second-appeal', 'hi'), { state: 'Maharashtra' }));
    expect(second).toContain('राज्य सूचना आयोग, Maharashtra');
    expect(second).toContain('₹20 का कोर्ट फीस स्टाम्प');
    expect(render(sampleDraft('rti-first-appeal', 'en'))).not.toContain('court-fee stamp');
  });
});
