import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartVerdict } from '../../../../shared/domain/analysis.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';
import type { Question } from '../../../../shared/domain/question.ts';
import { suggestFollowUps, type Suggestion } from '../../../../shared/drafting/suggest.ts';
import { lintRti } from '../../../../shared/lint/lint-rti.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

/**
 * The CoWIN case as the app ships it (`shared/example/`, built from the seed articles): the four
 * question points as MediaNama paraphrased them, and the reply as reported.
 */
const EXAMPLE = buildCowinCase('2026-01-01T00:00:00.000Z', []);
if (!EXAMPLE.question) throw new Error('Bug: the example case has no question');
const QUESTION: Question = EXAMPLE.question;
const REPLY = COWIN_REPLY_TEXT;

const firPassage = REPLY.indexOf('The MoHFW has lodged');
const securityPassage = REPLY.indexOf('CoWIN portal of the Ministry');

const verdict = (label: string, status: PartStatus, reason: string, evidence: ReadonlyArray<[number, number]> = []): PartVerdict => ({
  label,
  status,
  reason,
  evidence: evidence.map(([start, end]) => ({ start, end, text: REPLY.slice(start, end) })),
});

const VERDICTS: ReadonlyArray<PartVerdict> = [
  verdict('a', 'unanswered', 'Lists standing security measures; no containment plan', [[securityPassage, securityPassage + 120]]),
  verdict('b', 'unanswered', 'Does not say whether anyone responsible was identified'),
  verdict('c', 'partial', 'Says only that an FIR was registered', [[firPassage, firPassage + 150]]),
  verdict('d', 'partial', 'Generic CERT-In measures, nothing on large databases'),
];

const suggestions = suggestFollowUps({ question: QUESTION, verdicts: VERDICTS, replyText: REPLY, language: 'en' });
const allPoints = suggestions.flatMap((s) => s.rtiPoints);
const allParts = suggestions.flatMap((s) => s.questionParts);
const forPart = (label: string): Suggestion | undefined => suggestions.find((s) => s.forPart === label && s.claim === null);
/** The suggestion testing a claim: its sentence matches `claim` and one of its points matches `point`. */
const forClaim = (claim: RegExp, point: RegExp = /./): Suggestion | undefined =>
  suggestions.find((s) => s.claim !== null && claim.test(s.claim) && s.rtiPoints.some((p) => point.test(p)));

describe('suggestFollowUps on the CoWIN case', () => {
  it('proposes follow-ups for every open part', () => {
    for (const label of ['a', 'b', 'c', 'd']) {
      const s = forPart(label);
      expect(s, label).toBeDefined();
      expect(s?.questionParts.length, label).toBeGreaterThan(0);
      expect(s?.rtiPoints.length, label).toBeGreaterThan(0);
    }
  });

  it('turns the FIR claim into a request for its number, date, police station and the complaint', () => {
    const fir = forClaim(/F\.I\.R has been registered/, /FIR/);
    expect(fir?.forPart).toBe('c');
    expect(fir?.rtiPoints.some((p) => /number and date of the FIR/.test(p) && /police station/.test(p))).toBe(true);
    expect(fir?.rtiPoints.some((p) => /copy of the complaint/i.test(p))).toBe(true);
    expect(fir?.questionParts.some((p) => /First Information Report/.test(p))).toBe(true);
    expect(fir?.why).toMatch(/Bhagat Singh/);
  });

  it('asks for the responsibility order and the inquiry report on part (b)', () => {
    const b = forPart('b');
    expect(b?.rtiPoints.some((p) => /fixing responsibility for the CoWIN data breach/.test(p))).toBe(true);
    expect(b?.questionParts.some((p) => /^whether responsibility for the CoWIN data breach has been fixed/.test(p))).toBe(true);
  });

  it('tests the other checkable claims in the reply', () => {
    const va = forClaim(/vulnerability assessment/, /last vulnerability assessment .* CoWIN portal.*copy of its report/);
    expect(va).toBeDefined();
    expect(va?.forPart).toBe('a');
    expect(forClaim(/special advisory/, /date of the advisory/)).toBeDefined();
    expect(forClaim(/empanelled 150/, /list of empanelled security auditing organisations/)).toBeDefined();
    expect(forClaim(/Cyber Crisis Management Plan/, /last update of the Cyber Crisis Management Plan/)).toBeDefined();
    expect(forClaim(/coordinated incident response/, /minutes of meetings/)).toBeDefined();
    expect(forClaim(/adequate safeguards/, /review of the security measures of the CoWIN portal/)).toBeDefined();
  });

  it('never asks "why" or for an opinion, and always gives a period (the window starts at the incident month)', () => {
    expect(allPoints.length).toBeGreaterThan(15);
    for (const p of allPoints) {
      expect(p).not.toMatch(/\bwhy\b/i);
      expect(p).toContain('from 1 June 2023 to the date of this application');
    }
    for (const p of allParts) expect(p).not.toMatch(/\bwhy\b/i);
  });

  it('produces points that pass the RTI linter for the RTI Online box', () => {
    for (const s of suggestions) {
      const fs = lintRti({ jurisdiction: 'central', points: s.rtiPoints, authorityId: 'mohfw', forRtiOnline: true });
      const bad = fs.filter((f) => f.severity !== 'info' && f.ruleId !== 'rti-s24-furnished');
      expect(bad, s.rtiPoints.join(' | ')).toEqual([]);
    }
  });

  it('writes question parts without their own punctuation, for the notice to letter and punctuate', () => {
    for (const p of allParts) {
      expect(p).not.toMatch(/[;?.,]$/);
      expect(p).not.toMatch(/\{[a-z]+\}/);
    }
    for (const p of allPoints) expect(p).not.toMatch(/\{[a-z]+\}/);
  });

  it('warns about CERT-In material being exempt where a claim rests on it', () => {
    expect(forClaim(/special advisory/)?.why).toMatch(/s\.24/);
  });
});

describe('suggestFollowUps by status', () => {
  const q: Question = { ...QUESTION, parts: [{ label: 'a', text: 'the number of data breach incidents reported in government organisations, year-wise?' }] };

  it('proposes nothing for met parts', () => {
    const s = suggestFollowUps({ question: q, verdicts: [verdict('a', 'answered', 'Figures given')], replyText: 'The figures are 6, 7 and 8.', language: 'en' });
    expect(s).toEqual([]);
    expect(suggestFollowUps({ question: q, verdicts: [verdict('a', 'not_applicable', 'Does not arise')], replyText: '', language: 'en' })).toEqual([]);
  });

  it('asks for figures as records (not the figures again), and chases a deferral as an assurance', () => {
    const [s] = suggestFollowUps({ question: q, verdicts: [verdict('a', 'deferred', 'Information being collected')], replyText: 'The information is being collected and will be laid on the Table of the House.', language: 'en' });
    // Asking the figures again would repeat the question in substance (RS Rule 47(xiv)): not proposed.
    expect(s?.questionParts.some((p) => /year-wise figures of the data breach incidents/.test(p))).toBe(false);
    expect(s?.questionParts.some((p) => /laid on the Table of the House/.test(p))).toBe(true);
    expect(s?.rtiPoints.some((p) => /information promised in the reply to Rajya Sabha Question answered on 21\.07\.2023/.test(p))).toBe(true);
    expect(s?.why).toMatch(/three months/);
  });

  it('falls back to the file when no facet matches, without asking the part again', () => {
    const yesNo: Question = { ...QUESTION, parts: [{ label: 'a', text: '(a) whether the Government has banned Telegram bots;' }] };
    const [s] = suggestFollowUps({ question: yesNo, verdicts: [verdict('a', 'refused', 'Sub judice')], replyText: 'The matter is sub judice.', language: 'en' });
    // The clause asked again is the same question (RS Rule 47(xiv)): only what was withheld is proposed.
    expect(s?.questionParts.some((p) => /banned Telegram bots/.test(p))).toBe(false);
    expect(s?.questionParts.some((p) => /portions of the information sought in part \(a\)/.test(p))).toBe(true);
    expect(s?.rtiPoints[0]).toMatch(/^Copies of the file notings, correspondence and reports of this public authority on whether the Government has banned Telegram bots, from 1 July 2022 to the date of this application/);
  });

  it('falls back to the matter when the part\'s own words would make a "why" or opinion point', () => {
    const why: Question = { ...QUESTION, parts: [{ label: 'a', text: 'whether, in your opinion, the portal is safe;' }] };
    const [s] = suggestFollowUps({ question: why, verdicts: [verdict('a', 'unanswered', 'Not addressed')], replyText: '', language: 'en' });
    expect(s?.rtiPoints).toEqual(['Copies of the file notings, correspondence and reports of this public authority relating to the CoWIN data breach, from 1 July 2022 to the date of this application.']);
  });

  it('detects a committee claim and asks for its constitution order, minutes and report', () => {
    const [s] = suggestFollowUps({ question: QUESTION, verdicts: [], replyText: 'A committee has been constituted to examine the matter.', language: 'en' });
    expect(s?.claim).toBe('A committee has been constituted to examine the matter.');
    expect(s?.rtiPoints.join(' ')).toMatch(/order constituting the committee.*minutes of the meetings/s);
  });
});

describe('suggestFollowUps robustness', () => {
  it('never throws and never proposes a "why" point, whatever the parts and reply say', () => {
    const label = fc.constantFrom('a', 'b', 'c');
    const status = fc.constantFrom<PartStatus>('answered', 'partial', 'unanswered', 'deferred', 'refused', 'not_applicable');
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('why was the portal hacked?', 'whether, in your opinion, it is legal;')) }), { maxLength: 3 }),
        fc.array(fc.record({ label, status, reason: fc.string({ maxLength: 40 }) }), { maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.option(fc.string({ maxLength: 60 }), { nil: null }),
        (parts, vs, replyText, subject) => {
          const question: Question = { ...QUESTION, subject, parts };
          const verdicts = vs.map((v) => ({ ...v, evidence: [] }));
          for (const s of suggestFollowUps({ question, verdicts, replyText, language: 'en' })) {
            for (const p of s.rtiPoints) {
              expect(p).not.toMatch(/\bwhy\b/i);
              expect(lintRti({ jurisdiction: 'central', points: [p], forRtiOnline: true }).map((f) => f.ruleId)).not.toContain('rti-online-charset');
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
