import { describe, expect, it } from 'vitest';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { exportDraft, renderDraftDocx } from '../../../../electron/services/export-draft.ts';
import type { Dialogs } from '../../../../electron/services/dialogs.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import JSZip from 'jszip';

const NOW = '2026-12-03T10:00:00.000Z';
const application = (await exampleDrafts(NOW)).find((d) => d.kind === 'rti-application' && d.language === 'en');
if (!application) throw new Error('the example has an application');

const noDialog: Dialogs = {
  chooseSavePath: async () => { throw new Error('a refused export must not ask where to save'); },
  chooseFolder: async () => null,
  chooseOpenPath: async () => null,
} as unknown as Dialogs;

/** The example's applicant with the user's own values where the example has specimens. */
const OWN = { ...EXAMPLE_PROFILE.applicant, address: '12 Example Lane\nNew Delhi 110024', phone: '+91 98100 00000', email: 'asha.verma@example.org' };

describe('exporting with placeholders left', () => {
  it('refuses a final export, listing every blank and specimen value (golden)', async () => {
    const outcome = await exportDraft({ draft: application, profileData: EXAMPLE_PROFILE, dialogs: noDialog, today: '2026-12-03', language: 'en' });
    expect(outcome).toEqual({
      kind: 'placeholders',
      // Every specimen the example carries, the address, telephone and e-mail included (review 5).
      placeholders: [
        'Asha Verma (specimen applicant)',
        '12 Example Lane (specimen)',
        '+91 98100 00000 (specimen)',
        '000000000000 (specimen)',
        'asha.verma@example.org (specimen)',
      ],
    });
  });

  // LibreOffice opens the example pack, marked drafts included, in tests/unit/templates/documents/libreoffice.test.ts.
  it('exports a marked draft, saying at its head that it is not for filing', async () => {
    const rendered = await renderDraftDocx(application, EXAMPLE_PROFILE, '2026-12-03', 'draft');
    if (!rendered.ok) throw new Error('a draft export is not refused');
    const xml = await (await JSZip.loadAsync(rendered.bytes)).file('word/document.xml')?.async('string') ?? '';
    const body = xml.replace(/<[^>]+>/g, '');
    expect(body.startsWith('DRAFT, NOT FOR FILING: 5 values are still to be filled in or replaced: Asha Verma (specimen applicant); 12 Example Lane (specimen);')).toBe(true);
  });

  it('exports as final once the values are the user\'s own', async () => {
    const own = { ...application, fields: { ...application.fields, applicantName: 'Asha Verma', applicantAddress: OWN.address, applicantPhone: OWN.phone, applicantEmail: OWN.email, feeInstrument: '12F 345678' } };
    const rendered = await renderDraftDocx(own, { ...EXAMPLE_PROFILE, applicant: { ...OWN, name: 'Asha Verma' } }, '2026-12-03');
    expect(rendered.ok).toBe(true);
  });

  it('resolves a Hindi document to the signer\'s form, and refuses a final export until it is chosen', async () => {
    const hindi = (await exampleDrafts(NOW)).find((d) => d.kind === 'rti-application' && d.language === 'hi');
    if (!hindi) throw new Error('the example has a Hindi application');
    const own = { ...hindi, fields: { ...hindi.fields, applicantName: 'आशा वर्मा', applicantAddress: OWN.address, applicantPhone: OWN.phone, applicantEmail: OWN.email, feeInstrument: '12F 345678' } };
    const { hindiForm: _unset, ...noForm } = OWN;
    const unchosen = await renderDraftDocx(own, { ...EXAMPLE_PROFILE, applicant: { ...noForm, name: 'आशा वर्मा' } }, '2026-12-03');
    expect(unchosen.ok).toBe(false);
    expect(unchosen.placeholders).toEqual(expect.arrayContaining(['करता/करती', 'भवदीय/भवदीया']));
    const chosen = await renderDraftDocx(own, { ...EXAMPLE_PROFILE, applicant: { ...noForm, name: 'आशा वर्मा', hindiForm: 'feminine' } }, '2026-12-03');
    if (!chosen.ok) throw new Error(`refused: ${chosen.placeholders.join('; ')}`);
    const body = (await (await JSZip.loadAsync(chosen.bytes)).file('word/document.xml')?.async('string') ?? '').replace(/<[^>]+>/g, '');
    expect(body).toContain('करती हूँ');
    expect(body).toContain('भवदीया');
    expect(body).not.toContain('करता/करती');
  });
});
