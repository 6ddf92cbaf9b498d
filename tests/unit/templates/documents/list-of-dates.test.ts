import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, type Case } from '../../../../shared/domain/case.ts';
import { runAnalysis, withAnalysis } from '../../../../shared/workflows/apply-analysis.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { EXAMPLE_PROFILE, EXAMPLE_PROFILE_HI } from '../../../../shared/example/example-profile.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';

const NOW = '2026-12-05T06:00:00.000Z';
const TEXT = `RAJYA SABHA
UNSTARRED QUESTION NO. 2469
TO BE ANSWERED ON 11.12.2009
CORRUPTION IN DMS

(a) whether CBI has unearthed a scam in Delhi Milk Scheme; (b) if so, the details of the scam; (c) whether Government proposes to fix responsibility; and (d) if so, the details thereof?

THE MINISTER OF STATE FOR AGRICULTURE (PROF. K.V. THOMAS) (a) to (d) No Sir. However, CBI has registered a case No. RC.48(A)/2009-ACV-Delhi. Further action will depend on the outcome of the investigation.
`;

function dmsCase(verdicts: Readonly<Record<string, PartStatus>>): Case {
  const empty: Case = { schemaVersion: CASE_SCHEMA_VERSION, id: 'dms', title: 'DMS', createdAt: NOW, updatedAt: NOW, isExample: false, matter: { summary: '', notes: '' }, sources: [], question: null, analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] }, drafts: [], filings: [], evidence: [] };
  const analysed = runAnalysis({ kind: 'combined', qa: { text: TEXT, origin: { kind: 'paste', fileName: null, importedAt: NOW }, title: 'RS 2469', note: '', reported: false } });
  if (!analysed.ok) throw new Error(`analysis failed: ${analysed.error}`);
  const c = withAnalysis(empty, analysed.value, { now: NOW, idSuffix: 't' });
  const overrides = Object.entries(verdicts).map(([label, status]) => ({ label, status, reason: 'Checked.', at: NOW }));
  return { ...c, analysis: { ...c.analysis, overrides } };
}

describe('the list of dates: what the answer did', () => {
  const c = dmsCase({ a: 'answered', b: 'not_applicable', c: 'deferred', d: 'unanswered' });

  it('counts a part that did not arise apart from the parts answered in full (review 12)', () => {
    const draft = newDraft('list-of-dates', c, { parts: ['c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'lod' });
    const answer = draft.points.find((p) => p.includes('answered on 11.12.2009:')) ?? JSON.stringify(draft);
    expect(answer).toMatch(/The reply answers 1 of the 4 parts in full \(\(b\) did not arise\); \(c\) deferred, \(d\) unanswered\./);
  });

  it('says the same in Hindi', () => {
    const draft = newDraft('list-of-dates', c, { parts: ['c', 'd'], language: 'hi', profile: EXAMPLE_PROFILE_HI, now: NOW, id: 'lod-hi' });
    expect(JSON.stringify(draft)).toMatch(/उत्तर 4 में से 1 भाग का पूरा उत्तर देता है \(\(ख\) का प्रश्न नहीं उठा\)/);
  });
});
