import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, type Draft, type DraftKind } from '../../../../shared/domain/draft.ts';
import { placeholdersIn } from '../../../../shared/documents/placeholders.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { HINDI_SLOTS, POINTS_SLOT } from '../../../../templates/documents/slots.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Issue 11 ("Complete Hindi"): a Hindi document prints the placeholder of an empty field in Hindi,
 * never its English label ("कारण: [Reason for any delay in filing (condonation)]" was the defect).
 */
const LATIN = /[A-Za-z]/;

function slotsOf(draft: Draft): ReadonlyArray<string> {
  const blocks = TEMPLATES[draft.kind].render(draft, { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY });
  return placeholdersIn(blocks).filter((p) => p.startsWith('['));
}

function emptyHindi(kind: DraftKind): Draft {
  return { id: 'd', kind, title: 't', language: 'hi', createdAt: '', updatedAt: '', forParts: [], fields: {}, points: [] };
}

/** The sample draft with only its required fields: every optional or conditional field empty. */
function requiredOnly(kind: DraftKind): Draft {
  const draft = sampleDraft(kind, 'hi');
  const template = TEMPLATES[kind];
  const required = new Set<string>(template.requiredFields.map((f) => f.key));
  const fields: { readonly [key: string]: string | undefined } = draft.fields;
  return { ...draft, fields: Object.fromEntries(Object.entries(fields).filter(([key]) => required.has(key))) };
}

describe('placeholders in a Hindi document', () => {
  it.each(DRAFT_KINDS)('%s with nothing filled prints every placeholder in Hindi', (kind) => {
    const slots = slotsOf(emptyHindi(kind));
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.filter((s) => LATIN.test(s))).toEqual([]);
  });

  it.each(DRAFT_KINDS)('%s with every optional field empty prints no Latin letter in a placeholder', (kind) => {
    expect(slotsOf(requiredOnly(kind)).filter((s) => LATIN.test(s))).toEqual([]);
  });

  it('asks for the reason for a late second appeal in Hindi', () => {
    const late = { ...requiredOnly('rti-second-appeal'), fields: { ...requiredOnly('rti-second-appeal').fields, firstAppealDate: '2026-02-16', date: '2026-12-04' } };
    expect(slotsOf(late)).toContain('[विलंब का कारण लिखें]');
  });

  it('has a Hindi placeholder, in Devanagari, for every field key and every kind of points', () => {
    for (const text of [...Object.values(HINDI_SLOTS), ...Object.values(POINTS_SLOT).map((p) => p.hi)]) {
      expect(text).toMatch(/\p{Script=Devanagari}/u);
      expect(text).not.toMatch(LATIN);
    }
  });

  it('keeps the English placeholder in an English document', () => {
    const english = { ...emptyHindi('rti-second-appeal'), language: 'en' as const, fields: { firstAppealDate: '2026-02-16', date: '2026-12-04' } };
    expect(slotsOf(english)).toContain('[Reason for any delay in filing (condonation)]');
  });
});
