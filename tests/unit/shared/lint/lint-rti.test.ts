import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/lint/finding.ts';
import { rtiLayout } from '../../../../shared/lint/layout.ts';
import { lintRti, type RtiDraft } from '../../../../shared/lint/lint-rti.ts';
import { distinctSubjects } from '../../../../shared/lint/subjects.ts';
import { findingSentence } from '../../../../shared/lint/finding-text.ts';
import { englishText } from '../../../../shared/messages/texts.ts';

/** A finding as the CLI prints it: "provision: what the rule says. What was found." */
const text = (f: Finding | undefined): string => (f ? findingSentence(englishText, f) : '');

const PERIOD = 'from 1 June 2023 to the date of this application';
const GOOD = [
  `A copy of the complaint lodged by this public authority about the CoWIN data breach, with its date, ${PERIOD}.`,
  `The number and date of the FIR registered on that complaint, ${PERIOD}.`,
];

const ids = (fs: ReadonlyArray<Finding>): ReadonlyArray<string> => fs.map((f) => f.ruleId);
const one = (fs: ReadonlyArray<Finding>, id: string): Finding => {
  const f = fs.find((x) => x.ruleId === id);
  if (!f) throw new Error(`no ${id} in ${ids(fs).join(', ')}`);
  return f;
};
const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const spanText = (r: RtiDraft, f: Finding): string => rtiLayout(r.points).text.slice(f.start ?? 0, f.end ?? 0);

describe('lintRti: a clean application', () => {
  it('finds nothing in record-based points with a period, addressed to MoHFW through RTI Online', () => {
    const fs = lintRti({ jurisdiction: 'central', points: GOOD, authorityId: 'mohfw', forRtiOnline: true });
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('lintRti: length limits', () => {
  it('warns above 500 words under central Rule 3, noting the proviso, and not at 500', () => {
    expect(ids(lintRti({ jurisdiction: 'central', points: [`${words(490)} ${PERIOD}`] }))).not.toContain('rti-central-500-words');
    const f = one(lintRti({ jurisdiction: 'central', points: [`${words(491)} ${PERIOD}`] }), 'rti-central-500-words');
    expect(f.severity).toBe('warning');
    expect(text(f)).toContain('r.3');
    expect(text(f)).toContain('rejected only on that ground');
    expect(f.confirmed).toBe(true);
  });

  it('applies the state limits the docs give, with their confidence', () => {
    const long = [`${words(145)} ${PERIOD}`];
    expect(one(lintRti({ jurisdiction: 'MH', points: long }), 'rti-mh-150-words').confirmed).toBe(true);
    expect(one(lintRti({ jurisdiction: 'KA', points: long }), 'rti-ka-150-words').confirmed).toBe(true);
    expect(one(lintRti({ jurisdiction: 'BR', points: long }), 'rti-br-150-words').confirmed).toBe(false);
    expect(one(lintRti({ jurisdiction: 'MP', points: long }), 'rti-mp-150-words').confirmed).toBe(false);
    expect(ids(lintRti({ jurisdiction: 'TN', points: long }))).not.toContain('rti-tn-150-words');
    expect(ids(lintRti({ jurisdiction: 'central', points: long }))).toEqual([]);
  });

  it('enforces 3,000 characters for the RTI Online box only', () => {
    const point = `${'a'.repeat(2990)} ${PERIOD}`;
    const f = one(lintRti({ jurisdiction: 'central', points: [point], forRtiOnline: true }), 'rti-online-3000-chars');
    expect(f.severity).toBe('error');
    expect(f.start).toBe(3000);
    expect(ids(lintRti({ jurisdiction: 'central', points: [point] }))).not.toContain('rti-online-3000-chars');
  });
});

describe('lintRti: the RTI Online character set (A.3)', () => {
  it('flags each run of characters outside the allowed set, with offsets', () => {
    const r: RtiDraft = { jurisdiction: 'central', points: [`Copies of the \u201Csecurity audit\u201D report; with annexures \u2014 ${PERIOD}.`], forRtiOnline: true };
    const charset = lintRti(r).filter((f) => f.ruleId === 'rti-online-charset');
    expect(charset.map((f) => spanText(r, f))).toEqual(['\u201C', '\u201D', ';', '\u2014']);
    expect(charset.every((f) => f.severity === 'error' && f.confirmed)).toBe(true);
  });

  it('accepts every character the portal lists', () => {
    const r: RtiDraft = { jurisdiction: 'central', points: [`AZaz09 , . - _ ( ) / @ : & ? \\ % ${PERIOD}`], forRtiOnline: true };
    expect(ids(lintRti(r))).not.toContain('rti-online-charset');
  });

  it('only notes line breaks, since whether the portal takes them is unconfirmed', () => {
    const f = one(lintRti({ jurisdiction: 'central', points: GOOD, forRtiOnline: true }), 'rti-online-newlines');
    expect(f.severity).toBe('info');
    expect(f.confirmed).toBe(false);
  });

  it('is an error to send a state matter through RTI Online', () => {
    expect(one(lintRti({ jurisdiction: 'MH', points: GOOD, forRtiOnline: true }), 'rti-online-central-only').severity).toBe('error');
    expect(one(lintRti({ jurisdiction: 'central', points: GOOD, authorityId: 'gnctd', forRtiOnline: true }), 'rti-online-central-only').severity).toBe('error');
    // Delhi Police's status is unconfirmed: a warning, not an error.
    const dp = lintRti({ jurisdiction: 'central', points: GOOD, authorityId: 'delhi-police', forRtiOnline: true });
    expect(ids(dp)).not.toContain('rti-online-central-only');
    expect(one(dp, 'rti-online-not-served').confirmed).toBe(false);
  });
});

describe('lintRti: what a PIO can refuse', () => {
  const lint = (point: string): ReadonlyArray<Finding> => lintRti({ jurisdiction: 'central', points: [point] });

  it('flags "why" and "how come" but not "how many"', () => {
    const r: RtiDraft = { jurisdiction: 'central', points: [`Why was the CoWIN portal not audited ${PERIOD}?`] };
    const f = one(lintRti(r), 'rti-why');
    expect(spanText(r, f)).toBe('Why');
    expect(text(f)).toContain('Celsa Pinto');
    expect(ids(lint(`How come the data leaked ${PERIOD}?`))).toContain('rti-why');
    expect(ids(lint(`How many audits were done ${PERIOD}?`))).not.toContain('rti-why');
  });

  it('flags opinions and hypotheticals (Khanapuram Gandaiah)', () => {
    expect(text(one(lint(`Is it legal to store Aadhaar numbers on the portal ${PERIOD}?`), 'rti-opinion'))).toContain('Khanapuram Gandaiah');
    expect(ids(lint(`What would happen if the portal were hacked again ${PERIOD}?`))).toContain('rti-hypothetical');
    expect(ids(lint(`When will the department publish the report ${PERIOD}?`))).toContain('rti-hypothetical');
  });

  it('flags sweeping requests without a period, and a missing period', () => {
    const vague = lint('All documents about the CoWIN portal.');
    expect(ids(vague)).toContain('rti-vague');
    expect(ids(vague)).toContain('rti-no-period');
    const dated = lint('All documents about the CoWIN portal from 1 June 2023 to 30 June 2023.');
    expect(ids(dated)).not.toContain('rti-vague');
    expect(ids(dated)).not.toContain('rti-no-period');
    expect(ids(lint('Copies of the audit reports of the portal for the last two years.'))).not.toContain('rti-no-period');
  });

  it('suggests notings instead of "status" or "action taken"', () => {
    const f = one(lint(`The status of my complaint and the action taken on it, ${PERIOD}.`), 'rti-status');
    expect(f.severity).toBe('info');
    expect(text(f)).toContain('file notings');
  });

  it('does not flag a point that already asks for copies of the records showing the progress', () => {
    const point = `Copies of the file notings and action-taken reports recording the progress of the matter, ${PERIOD}.`;
    expect(ids(lintRti({ jurisdiction: 'central', points: [point] }))).not.toContain('rti-status');
  });

  it('notes more than five points', () => {
    expect(ids(lintRti({ jurisdiction: 'central', points: Array.from({ length: 6 }, () => GOOD[0] ?? '') }))).toContain('rti-too-many-points');
  });
});

describe('lintRti: one subject (Karnataka r.14, Maharashtra 2012)', () => {
  const twoSubjects = [
    `Copies of the audit reports of the CoWIN portal, ${PERIOD}.`,
    `The number of ration cards cancelled in Bengaluru district, ${PERIOD}.`,
  ];

  it('warns where a state confines an application to one subject', () => {
    const f = one(lintRti({ jurisdiction: 'KA', points: twoSubjects }), 'rti-ka-one-subject');
    expect(text(f)).toContain('(point 1 / point 2)');
    expect(ids(lintRti({ jurisdiction: 'central', points: twoSubjects }))).not.toContain('rti-ka-one-subject');
  });

  it('keeps points about one subject together', () => {
    expect(ids(lintRti({ jurisdiction: 'KA', points: GOOD }))).not.toContain('rti-ka-one-subject');
    expect(distinctSubjects(['CoWIN audit reports', 'FIR on the CoWIN leak', 'ration cards in Mysuru'])).toEqual([[0, 1], [2]]);
  });
});

describe('lintRti: exempt organisations (s.24, Second Schedule)', () => {
  it('is an error to address CERT-In, citing its inclusion since 24 Nov 2023', () => {
    const f = one(lintRti({ jurisdiction: 'central', points: GOOD, authorityId: 'cert-in' }), 'rti-s24-second-schedule');
    expect(f.severity).toBe('error');
    expect(f.confirmed).toBe(true);
    expect(text(f)).toContain('24.11.2023');
    expect(f.source).toContain('thehindu.com');
  });

  it('softens to a warning where the corruption / human-rights proviso may apply', () => {
    const points = [`Copies of complaints of corruption in the award of the audit contract, ${PERIOD}.`];
    expect(one(lintRti({ jurisdiction: 'central', points, authorityId: 'cert-in' }), 'rti-s24-second-schedule').severity).toBe('warning');
  });

  it('warns when the points ask for what an exempt body furnished', () => {
    const r: RtiDraft = { jurisdiction: 'central', points: [`A copy of the CERT-In report on the CoWIN breach sent to this Ministry, ${PERIOD}.`], authorityId: 'mohfw' };
    const f = one(lintRti(r), 'rti-s24-furnished');
    expect(spanText(r, f)).toBe('CERT-In');
    expect(ids(lintRti({ jurisdiction: 'central', points: [`raw data on the portal, ${PERIOD}`] }))).not.toContain('rti-s24-furnished');
  });

  it('does not warn on a point that already leaves the exempt body\'s information out', () => {
    const carved = [`Copies of the letters exchanged with the police about that complaint, other than information furnished by CERT-In, ${PERIOD}.`];
    expect(ids(lintRti({ jurisdiction: 'central', points: carved, authorityId: 'mohfw' }))).not.toContain('rti-s24-furnished');
    const carvedHi = ['उस शिकायत के संबंध में पुलिस के साथ हुए पत्रों की प्रतियाँ, भारतीय कंप्यूटर आपात प्रतिक्रिया दल (CERT-In) द्वारा दी गई सूचना को छोड़कर।'];
    expect(ids(lintRti({ jurisdiction: 'central', points: carvedHi, authorityId: 'mohfw' }))).not.toContain('rti-s24-furnished');
    // A second mention that asks for the body's report is still warned of.
    const both = [`${carved[0]} A copy of the CERT-In report sent to this Ministry.`];
    expect(ids(lintRti({ jurisdiction: 'central', points: both, authorityId: 'mohfw' }))).toContain('rti-s24-furnished');
  });
});

describe('lintRti: boundaries', () => {
  it('reports an empty application and an unknown jurisdiction', () => {
    expect(one(lintRti({ jurisdiction: 'central', points: [] }), 'rti-empty').severity).toBe('error');
    expect(ids(lintRti({ jurisdiction: 'XX', points: GOOD }))).toContain('rti-unknown-jurisdiction');
  });

  it('never throws, and every offset lies inside the linted text (random Unicode)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('central', 'MH', 'KA', 'BR', 'DL', 'ka'), fc.string({ maxLength: 10 })),
        fc.array(fc.string({ unit: 'binary', maxLength: 400 }), { maxLength: 8 }),
        fc.option(fc.constantFrom('cert-in', 'mohfw', 'delhi-police', 'gnctd', 'nope'), { nil: undefined }),
        fc.boolean(),
        (jurisdiction, points, authorityId, forRtiOnline) => {
          const r: RtiDraft = authorityId === undefined ? { jurisdiction, points, forRtiOnline } : { jurisdiction, points, authorityId, forRtiOnline };
          const fs = lintRti(r);
          const len = rtiLayout(points).text.length;
          expect(ids(fs)).not.toContain('lint-internal');
          for (const f of fs) {
            if (f.start !== undefined) expect(f.start).toBeGreaterThanOrEqual(0);
            if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(len);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('stays fast on a full 3,000-character box full of forbidden characters', () => {
    const points = ['\u201C;\u2014'.repeat(1000)];
    const t0 = performance.now();
    const fs = lintRti({ jurisdiction: 'central', points, forRtiOnline: true });
    expect(performance.now() - t0).toBeLessThan(1000); // a guard against catastrophic backtracking (seconds), not a speed target: that is npm run bench
    expect(fs.filter((f) => f.ruleId === 'rti-online-charset').length).toBeLessThanOrEqual(21);
  });
});

describe('lintRti: a period stated once for every point', () => {
  it('does not warn a point of having no period when the application states one for all, and still does without it', () => {
    const points = ['A copy of the order under which the APIs of the portal were deactivated, with its date.'];
    expect(ids(lintRti({ jurisdiction: 'central', points }))).toContain('rti-no-period');
    expect(ids(lintRti({ jurisdiction: 'central', points, period: 'from 01.06.2023 to the date of this application' }))).not.toContain('rti-no-period');
    // A "period" that names no time is no period.
    expect(ids(lintRti({ jurisdiction: 'central', points, period: 'as appropriate' }))).toContain('rti-no-period');
  });
});
