import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { emptyCase } from '../../../../electron/services/handlers/case-handlers.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { noticeAddresseesFor } from '../../../../shared/workflows/notice-addressees.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';

const NOW = '2026-12-04T06:00:00.000Z';

describe('noticeAddresseesFor: whom a new notice may go to', () => {
  it('offers the owner of a system the case names (the CoWIN portal: the Minister of Health)', () => {
    expect(noticeAddresseesFor(exampleCase(NOW)).map((a) => [a.id, a.ministry])).toEqual([
      ['reply', null],
      ['police-investigation', 'Home Affairs'],
      ['system-owner-cowin', 'Health and Family Welfare'],
    ]);
  });

  it('offers no system owner where the case names no system', () => {
    expect(noticeAddresseesFor(emptyCase('Handloom weavers', NOW)).map((a) => a.id)).toEqual(['reply', 'police-investigation']);
  });

  it('makes a notice to that Minister carry the system\'s audit, security and API parts, and the complaint its Ministry lodged, only', () => {
    const c = exampleCase(NOW);
    const parts = (c.question?.parts ?? []).map((p) => p.label);
    const notice = newDraft('pq-notice', c, { parts, language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'n', ministry: 'Health and Family Welfare' });
    expect(notice.points.length).toBeGreaterThan(0);
    // The portal is the Ministry's system (system-owners.ts); the complaint is the one it lodged (complainant.ts).
    for (const p of notice.points) expect(p, p).toMatch(/CoWIN portal|complaint|First Information Report/);
    expect(notice.points.join(' ')).toMatch(/audited/);
  });
});
