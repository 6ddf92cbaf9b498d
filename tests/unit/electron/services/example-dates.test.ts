import { describe, expect, it } from 'vitest';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import type { Draft, DraftKind } from '../../../../shared/domain/draft.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';

/**
 * The example's RTI chain carries one set of dates: the application of 05.01.2026, the first
 * appeal of 16.02.2026 (in time on deemed refusal), and a second appeal dated today, which by
 * then is time-barred under s.19(3) and so says so and asks for condonation.
 */
// 22:00 UTC on 3 December is 03:30 on 4 December in India: the documents say 04.12.2026.
const NOW = '2026-12-03T22:00:00.000Z';
const drafts = await exampleDrafts(NOW);
const first = (kind: DraftKind): Draft => {
  const d = drafts.find((x) => x.kind === kind && x.language === 'en');
  if (!d) throw new Error(kind);
  return d;
};
const text = (d: Draft): string => renderText(TEMPLATES[d.kind].render(d, { profile: EXAMPLE_PROFILE, today: '2026-12-04' }));

describe('the example pack dates', () => {
  it('gives each document its filing date, and the later ones the same earlier dates', () => {
    expect(first('rti-application').fields['date']).toBe('2026-01-05');
    expect(first('rti-first-appeal').fields).toMatchObject({ date: '2026-02-16', applicationDate: '2026-01-05' });
    expect(first('rti-second-appeal').fields).toMatchObject({ date: '2026-12-04', applicationDate: '2026-01-05', firstAppealDate: '2026-02-16' });
    expect(first('pq-notice').fields['date']).toBe('2026-12-04');
  });

  it('prints the registration number of the application in the appeals', () => {
    expect(text(first('rti-first-appeal'))).toContain('dated 05.01.2026 (No. MOHFW/R/E/26/00000 (specimen))');
  });

  it('files the first appeal in time, with no plea of delay', () => {
    expect(text(first('rti-first-appeal'))).not.toMatch(/Condonation of delay/);
  });

  it('says the second appeal is time-barred and offers a condonation paragraph (golden text)', () => {
    expect(text(first('rti-second-appeal'))).toContain([
      'Condonation of delay',
      '',
      'This appeal is dated 04.12.2026. The 90 days allowed by Section 19(3) ran from 02.04.2026, the last of the 45 days Section 19(6) allows for deciding the first appeal of 16.02.2026, and ended on 01.07.2026, so it is 156 days late.',
      '',
      'I request that the delay be condoned, as Section 19(3) permits an appeal to be admitted after the period where there was sufficient cause for not filing it in time. The cause: [Reason for any delay in filing (condonation)]',
    ].join('\n'));
  });
});
