import { describe, expect, it } from 'vitest';
import { draftListLabels } from '../../../../../renderer/src/screens/drafting/draft-list-labels.ts';
import { exampleCase } from '../../../../../electron/services/example-case.ts';
import { withField, type Draft } from '../../../../../shared/domain/draft.ts';
import { FilingSchema, type Filing } from '../../../../../shared/domain/filing.ts';
import { EMPTY_PROFILE } from '../../../../../shared/domain/profile.ts';
import { draftFromFiling } from '../../../../../shared/workflows/draft-from-filing.ts';
import { newDraft } from '../../../../../shared/workflows/new-draft.ts';

const NOW = '2026-03-01T06:00:00.000Z';
const COWIN = exampleCase(NOW);

function application(id: string, publicAuthority: string, registrationNumber: string): Filing {
  return FilingSchema.parse({ id, createdAt: NOW, kind: 'rti-application', publicAuthority, registrationNumber, history: [{ status: 'filed', date: '2025-01-06' }] });
}

function firstAppeal(id: string, app: Filing, now = NOW): Draft {
  const draft = draftFromFiling({ ...COWIN, filings: [app] }, app, 'draft-first-appeal', { now, id, profile: EMPTY_PROFILE });
  if (!draft) throw new Error('an RTI application always has a first appeal');
  return draft;
}

const MEITY = application('app-a', 'Ministry of Electronics and Information Technology', 'MOEIT/R/E/25/00123');
const MOHFW = application('app-b', 'Ministry of Health and Family Welfare', 'MOHFW/R/E/25/00456');
const RTI = newDraft('rti-application', COWIN, { parts: ['a'], language: 'en', profile: EMPTY_PROFILE, now: NOW, id: 'rti' });

const detailsOf = (drafts: ReadonlyArray<Draft>) => draftListLabels(drafts).map((l) => l.detail);

describe('draftListLabels', () => {
  it('adds nothing when every title is its own', () => {
    expect(detailsOf([RTI, firstAppeal('fa', MEITY)])).toEqual([null, null]);
  });

  it('tells two first appeals with the same title apart by the authority each goes to', () => {
    const a = firstAppeal('fa-1', MEITY);
    const b = firstAppeal('fa-2', MOHFW);
    expect(a.title).toBe(b.title);
    expect(detailsOf([RTI, a, b])).toEqual([null, 'Ministry of Electronics and Information Technology', 'Ministry of Health and Family Welfare']);
  });

  it('falls back to the application number when the authority is the same', () => {
    const again = application('app-c', 'Ministry of Electronics and Information Technology', 'MOEIT/R/E/25/00999');
    expect(detailsOf([firstAppeal('fa-1', MEITY), firstAppeal('fa-2', again)])).toEqual(['MOEIT/R/E/25/00123', 'MOEIT/R/E/25/00999']);
  });

  it('then to when each was made, in India\'s time, and last to the place in the list', () => {
    const one = withField(firstAppeal('fa-1', MEITY), 'applicationRef', '');
    const later = { ...one, id: 'fa-2', createdAt: '2026-03-02T10:15:00.000Z' };
    expect(detailsOf([one, later])).toEqual(['01.03.2026, 11:30', '02.03.2026, 15:45']);
    expect(detailsOf([one, { ...one, id: 'fa-3' }])).toEqual(['#1', '#2']);
  });

  it('counts titles as the same whatever their case and spacing', () => {
    const a = firstAppeal('fa-1', MEITY);
    const b = { ...firstAppeal('fa-2', MOHFW), title: `  ${a.title.toUpperCase().replace(/ /g, '  ')} ` };
    expect(detailsOf([a, b]).every((d) => d !== null)).toBe(true);
  });
});
