import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/lint/finding.ts';
import { questionLayout, rtiLayout } from '../../../shared/lint/layout.ts';
import { lintQuestion, type QuestionDraft } from '../../../shared/lint/lint-question.ts';
import { lintRti, type RtiDraft } from '../../../shared/lint/lint-rti.ts';
import { applyMutations, mutationArb, nastyText } from './mutate.ts';
import { findingSentence } from '../../../shared/lint/finding-text.ts';
import { englishText } from '../../../shared/messages/texts.ts';
import { runs, SOURCES, splitAtAnswer } from './sources.ts';

/**
 * The linters run on every keystroke, so they must never fail. Both catch their own bugs and
 * report them as a `lint-internal` finding, so "never throws" here means: no exception AND no
 * lint-internal finding, with every offset inside the text linted. Inputs: real question parts
 * from the corpus, mutated; anything an untyped caller could pass; and long hostile fields.
 */

function expectSound(findings: ReadonlyArray<Finding>, textLength: number): void {
  expect(findings.map((f) => f.ruleId)).not.toContain('lint-internal');
  for (const f of findings) {
    // Every parameter its templates name is given: nothing renders as a bare {{name}}.
    expect(findingSentence(englishText, f)).not.toMatch(/\{\{/);
    if (f.start !== undefined) expect(f.start).toBeGreaterThanOrEqual(0);
    if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(textLength);
    if (f.start !== undefined && f.end !== undefined) expect(f.start).toBeLessThanOrEqual(f.end);
  }
}

/** The lettered parts of a corpus question, as a member's staff would paste them into parts. */
function partsOf(text: string): string[] {
  return splitAtAnswer(text).question.split(/\n\s*\n|(?=\([a-h]\)\s)/).map((p) => p.trim()).filter((p) => p.length > 0).slice(-8);
}

const realParts = fc.constantFrom(...SOURCES.texts.map(partsOf).filter((ps) => ps.length > 0));
const mutatedParts = fc.tuple(realParts, fc.array(fc.array(mutationArb, { maxLength: 3 }), { maxLength: 8 }))
  .map(([parts, edits]) => parts.map((p, i) => applyMutations(p, edits[i] ?? [])));
const houses = fc.constantFrom<QuestionDraft['house']>('Lok Sabha', 'Rajya Sabha');
const jurisdictions = fc.oneof(fc.constantFrom('central', 'MH', 'KA', 'TN', 'KL', 'UP', 'DL', 'BR', 'MP', 'mh', ' central '), nastyText(12));
const authorityIds = fc.option(fc.oneof(fc.constantFrom('cert-in', 'mohfw', 'meity', 'delhi-police', 'gnctd'), nastyText(20)), { nil: undefined });

describe('lintQuestion under fuzzing', () => {
  it('is sound on mutated real question parts', () => {
    fc.assert(
      fc.property(houses, nastyText(60), mutatedParts, fc.option(nastyText(200), { nil: undefined }), (house, ministry, parts, stem) => {
        const q: QuestionDraft = stem === undefined ? { house, ministry, parts } : { house, ministry, parts, stem };
        expectSound(lintQuestion(q), questionLayout(q).text.length);
      }),
      { numRuns: runs(300) },
    );
  });

  it('is sound on anything an untyped caller could pass', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (house, ministry, parts, stem) => {
        const q = { house, ministry, parts, stem } as unknown as QuestionDraft;
        expect(lintQuestion(q).map((f) => f.ruleId)).not.toContain('lint-internal');
      }),
      { numRuns: runs(300) },
    );
  });

  it('returns on 10,000-character parts and a 1 MB part (not timed)', () => {
    fc.assert(
      fc.property(houses, fc.array(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), { minLength: 1, maxLength: 6 }), (house, parts) => {
        const q: QuestionDraft = { house, ministry: 'Health and Family Welfare', parts };
        expectSound(lintQuestion(q), questionLayout(q).text.length);
      }),
      { numRuns: runs(10) },
    );
    const big = 'whether the Government (a) has, if so; '.repeat(26_000);
    const q: QuestionDraft = { house: 'Lok Sabha', ministry: 'Coal', parts: [big] };
    expectSound(lintQuestion(q), questionLayout(q).text.length);
  }, 120_000);
});

describe('lintRti under fuzzing', () => {
  it('is sound on mutated real text used as RTI points', () => {
    fc.assert(
      fc.property(jurisdictions, mutatedParts, authorityIds, fc.boolean(), (jurisdiction, points, authorityId, forRtiOnline) => {
        const r: RtiDraft = authorityId === undefined ? { jurisdiction, points, forRtiOnline } : { jurisdiction, points, authorityId, forRtiOnline };
        expectSound(lintRti(r), rtiLayout(points).text.length);
      }),
      { numRuns: runs(300) },
    );
  });

  it('is sound on anything an untyped caller could pass', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (jurisdiction, points, authorityId, forRtiOnline) => {
        const r = { jurisdiction, points, authorityId, forRtiOnline } as unknown as RtiDraft;
        expect(lintRti(r).map((f) => f.ruleId)).not.toContain('lint-internal');
      }),
      { numRuns: runs(300) },
    );
  });

  it('returns on 10,000-character points and a 1 MB point for RTI Online (not timed)', () => {
    fc.assert(
      fc.property(jurisdictions, fc.array(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (jurisdiction, points, forRtiOnline) => {
        expectSound(lintRti({ jurisdiction, points, forRtiOnline }), rtiLayout(points).text.length);
      }),
      { numRuns: runs(10) },
    );
    const big = ['Copies of the file notings "why" and “opinion” — for the period; '.repeat(16_000)];
    expectSound(lintRti({ jurisdiction: 'central', points: big, forRtiOnline: true }), rtiLayout(big).text.length);
  }, 120_000);
});
