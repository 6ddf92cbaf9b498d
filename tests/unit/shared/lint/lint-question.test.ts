import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/lint/finding.ts';
import { questionLayout } from '../../../../shared/lint/layout.ts';
import { lintQuestion, type QuestionDraft } from '../../../../shared/lint/lint-question.ts';
import { findingSentence } from '../../../../shared/lint/finding-text.ts';
import { englishText } from '../../../../shared/messages/texts.ts';

/** A finding as the CLI prints it: "provision: what the rule says. What was found." */
const text = (f: Finding | undefined): string => (f ? findingSentence(englishText, f) : '');

const STEM_MEITY = 'Will the Minister of ELECTRONICS AND INFORMATION TECHNOLOGY be pleased to state:';

/** The CoWIN question as MediaNama paraphrased it (parliament-procedure.md §5.2), in notice form. */
const COWIN: QuestionDraft = {
  house: 'Rajya Sabha',
  ministry: 'Electronics and Information Technology',
  stem: STEM_MEITY,
  parts: [
    '(a) whether Government has a tangible plan to contain the leaked information from the CoWIN portal;',
    '(b) whether the Indian Computer Emergency Response Team (CERT-In) has started the investigation and identified those responsible for the breach;',
    '(c) if so, the status of the investigation thereof and, if not, the reasons therefor; and',
    '(d) the measures Government has taken to enhance safety protocols regarding such large databases?',
  ],
};

const ids = (fs: ReadonlyArray<Finding>): ReadonlyArray<string> => fs.map((f) => f.ruleId);
const one = (fs: ReadonlyArray<Finding>, id: string): Finding => {
  const f = fs.find((x) => x.ruleId === id);
  if (!f) throw new Error(`no ${id} in ${ids(fs).join(', ')}`);
  return f;
};
const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const spanText = (q: QuestionDraft, f: Finding): string => questionLayout(q).text.slice(f.start ?? 0, f.end ?? 0);

describe('lintQuestion: a clean notice', () => {
  it('finds nothing to warn about in the CoWIN question in notice form', () => {
    const fs = lintQuestion(COWIN);
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('lintQuestion: word limits (LS Rule 41(2)(vii), RS Rule 47(vii))', () => {
  // The default stem "Will the Minister of Coal be pleased to state:" has 9 words.
  const lsAt = (n: number): QuestionDraft => ({ house: 'Lok Sabha', ministry: 'Coal', parts: [`(a) ${words(n - 9)}?`] });
  const rsAt = (n: number): QuestionDraft => ({ house: 'Rajya Sabha', ministry: 'Coal', parts: [`(a) ${words(n - 9)}?`] });

  it('warns above 150 words in the Lok Sabha, citing Rule 41(2)(vii), and counts without part labels', () => {
    expect(ids(lintQuestion(lsAt(150)))).not.toContain('pq-word-limit');
    const f = one(lintQuestion(lsAt(151)), 'pq-word-limit');
    expect(f.severity).toBe('warning');
    expect(text(f)).toContain('41(2)(vii)');
    expect(text(f)).toContain('151 words');
    expect(f.confirmed).toBe(true);
  });

  it('is an error above 100 words in the Rajya Sabha, citing Rule 47(vii)', () => {
    expect(ids(lintQuestion(rsAt(100)))).not.toContain('pq-word-limit');
    const f = one(lintQuestion(rsAt(101)), 'pq-word-limit');
    expect(f.severity).toBe('error');
    expect(text(f)).toContain('47(vii)');
  });
});

describe('lintQuestion: admissibility heuristics', () => {
  const lint = (part: string, house: QuestionDraft['house'] = 'Lok Sabha'): ReadonlyArray<Finding> =>
    lintQuestion({ house, ministry: 'Home Affairs', parts: [part] });

  it('flags opinion and abstract legal questions with offsets onto the phrase', () => {
    const q: QuestionDraft = { house: 'Lok Sabha', ministry: 'Home Affairs', parts: ['(a) whether, in the opinion of the Government, the law is adequate?'] };
    const f = one(lintQuestion(q), 'pq-opinion');
    expect(f.severity).toBe('warning');
    expect(spanText(q, f).toLowerCase()).toBe('in the opinion of');
    expect(text(f)).toContain('41(2)(v)');
    expect(ids(lint('(a) whether it is constitutional to detain him?'))).toContain('pq-opinion');
  });

  it('flags hypothetical questions', () => {
    expect(ids(lint('(a) what would happen if the database were to leak again?'))).toContain('pq-hypothetical');
    expect(ids(lint('(a) would the Government ban the app?'))).toContain('pq-hypothetical');
  });

  it('flags arguments, epithets and ironical quotation marks', () => {
    expect(ids(lint('(a) the reasons for the callous handling of the breach?'))).toContain('pq-argument');
    expect(ids(lint('(a) whether the so-called safeguards failed?'))).toContain('pq-argument');
    expect(ids(lint('(a) the details of the "robust" safeguards?'))).toContain('pq-irony-quotes');
    expect(ids(lint('(a) whether the "Robust Safeguards" failed?'))).not.toContain('pq-irony-quotes');
    expect(ids(lint('(a) whether the “robust safeguards 2023” failed?'))).toContain('pq-irony-quotes');
  });

  it('leaves a quoted title or number alone: a publication with its year, a case number', () => {
    expect(ids(lint('(a) the figures for the years not covered by “HDI 2022-23”?'))).not.toContain('pq-irony-quotes');
    expect(ids(lint('(a) the status of case No. "RC.48(A)/2009-ACV-Delhi"?'))).not.toContain('pq-irony-quotes');
  });

  it('leaves the reply\'s English quoted in a Hindi sentence alone, but not Hindi words in quotation marks', () => {
    // Review 18, DMS 09: the Hindi notice quotes the reply's own words, against whom the case was registered.
    expect(ids(lint('(क) केंद्रीय अन्वेषण ब्यूरो (सीबीआई) द्वारा “the officials of DMS” के विरुद्ध दर्ज मामले की वर्तमान स्थिति क्या है?'))).not.toContain('pq-irony-quotes');
    expect(ids(lint('(क) क्या “मज़बूत” सुरक्षा उपाय विफल हो गए हैं?'))).toContain('pq-irony-quotes');
    expect(ids(lint('(a) whether the “robust” safeguards failed?'))).toContain('pq-irony-quotes');
  });

  it('flags personal names but not institutions named after people', () => {
    const named = lint('(a) whether Shri Ramesh Kumar has been transferred?');
    expect(ids(named)).toContain('pq-personal-name');
    expect(ids(lint('(a) the number of beds in Dr. Ram Manohar Lohia Hospital?'))).not.toContain('pq-personal-name');
    expect(ids(named)).not.toContain('pq-personal-charge');
    expect(ids(lint('(a) whether Smt. Sunita Rao took a bribe?'))).toContain('pq-personal-charge');
  });

  it('flags sub judice matters, confirmed for the Lok Sabha and unconfirmed for the Rajya Sabha', () => {
    const ls = one(lint('(a) the status of the writ petition pending before the Supreme Court?'), 'pq-sub-judice');
    expect(ls.confirmed).toBe(true);
    const rs = one(lint('(a) the status of the case, which is sub judice?', 'Rajya Sabha'), 'pq-sub-judice');
    expect(rs.confirmed).toBe(false);
  });

  it('flags State subjects such as police and public order', () => {
    expect(ids(lint('(a) the number of FIRs pending in each police station of Delhi?'))).toContain('pq-state-subject');
    expect(ids(lint('(a) the steps taken to maintain law and order?'))).toContain('pq-state-subject');
  });

  it('notes leading questions as admitted in practice, in the Lok Sabha only', () => {
    const f = one(lint('(a) whether it is true that 80% of hospitals fail the standards?'), 'pq-leading');
    expect(f.severity).toBe('info');
    expect(ids(lint('(a) whether it is true that 80% of hospitals fail the standards?', 'Rajya Sabha'))).not.toContain('pq-leading');
  });

  it('flags over-general asks, committee matters and "why"', () => {
    expect(ids(lint('(a) all the details of the scheme?'))).toContain('pq-too-general');
    expect(ids(lint('(a) the recommendations of the JPC on the Bill?'))).toContain('pq-committee');
    expect(ids(lint('(a) why the portal was not audited?'))).toContain('pq-why-form');
  });

  it('does not flag ordinary admitted formulae', () => {
    const fs = lint('(a) whether the Government has any proposal to audit the portal, if so, the details thereof and if not, the reasons therefor?');
    expect(fs).toEqual([]);
  });
});

describe('lintQuestion: form of the notice (§3.1)', () => {
  it('flags a part that repeats in substance a stored question, naming it (RS Rule 47(xiv))', () => {
    const earlier = [{ ref: 'Rajya Sabha Question answered on 21.07.2023', parts: COWIN.parts.map((text, i) => ({ label: 'abcd'[i] ?? 'a', text })) }];
    const reworded = { ...COWIN, parts: ['(a) whether CERT-In has begun investigating and has identified the persons responsible for the breach;', '(b) the name of the agency which registered the First Information Report, with its number and date?'], earlier };
    const f = one(lintQuestion(reworded), 'pq-repeat');
    expect(text(f)).toBe('Rajya Sabha Rule 47(xiv): A question may not repeat in substance a question already answered or to which an answer has been refused. Ask what the earlier reply left out (a name, a number, a date, a record), not the earlier question again. Part 1 repeats part (b) of Rajya Sabha Question answered on 21.07.2023 ("(b) whether the Indian Computer Emergency Response Team (CERT-In) has started t…"), 65% the same words.');
    expect(spanText(reworded, f)).toBe(reworded.parts[0]);
    expect(lintQuestion(reworded).filter((x) => x.ruleId === 'pq-repeat')).toHaveLength(1);
    expect(ids(lintQuestion(COWIN))).not.toContain('pq-repeat');
  });

  it('leaves a follow-up on what the reply did not give alone, but not the earlier part asked again with that ending', () => {
    const earlier = [{ ref: 'Rajya Sabha Question answered on 21.07.2023', parts: COWIN.parts.map((text, i) => ({ label: 'abcd'[i] ?? 'a', text })) }];
    const asked = COWIN.parts[1] ?? '';
    const followUp = { ...COWIN, earlier, parts: [`(a) whether the Government holds information on ${asked.replace(/^\(b\) whether /, '').replace(/[;?]$/, '')}, beyond that given in reply to part (b) of Rajya Sabha Question answered on 21.07.2023, if so, the details thereof?`] };
    expect(ids(lintQuestion(followUp))).not.toContain('pq-repeat');
    // Review 18: the same question word for word, with the follow-up's closing words put after it.
    const again = { ...COWIN, earlier, parts: [`${asked.replace(/[;?]$/, '')}, beyond that given in reply to part (b) of Rajya Sabha Question answered on 21.07.2023?`] };
    expect(ids(lintQuestion(again))).toContain('pq-repeat');
  });

  it('flags past history in the Rajya Sabha (Rule 47(xvi)), only with the notice date', () => {
    const old = { ...COWIN, parts: ['(a) the number of data breaches since independence;', '(b) the audits of the portal in 2009 and 2024?'], today: '2026-12-03' };
    const found = lintQuestion(old).filter((f) => f.ruleId === 'pq-past-history');
    expect(found.map((f) => spanText(old, f))).toEqual(['since independence', '2009']);
    expect(text(found[0])).toMatch(/^Rajya Sabha Rule 47\(xvi\)/);
    expect(ids(lintQuestion({ ...old, house: 'Lok Sabha' }))).not.toContain('pq-past-history');
  });

  it('flags a follow-up on an answer more than ten years old, whatever the parts say (Rule 47(xvi))', () => {
    // Review 11: only the Hindi notice of a 2009 case, which printed the old answer's date, was flagged.
    const followUp = { ...COWIN, parts: ['(a) whether the Government holds the information on the surplus funds with PSUs?'], today: '2026-12-05', answerFollowedUp: '2009-11-24' };
    const found = lintQuestion(followUp).filter((f) => f.ruleId === 'pq-past-history');
    expect(found).toHaveLength(1);
    expect(text(found[0])).toContain('24.11.2009');
    expect(lintQuestion({ ...followUp, answerFollowedUp: '2023-07-21' }).filter((f) => f.ruleId === 'pq-past-history')).toHaveLength(0);
  });

  it('reads the year in a law\'s title as its name, not as past history', () => {
    const law = { ...COWIN, parts: ['(a) whether any direction under section 69A of the Information Technology Act, 2000 was issued in 2009?', '(b) whether the Right to Information Rules, 2012 apply?'], today: '2026-12-03' };
    expect(lintQuestion(law).filter((f) => f.ruleId === 'pq-past-history').map((f) => spanText(law, f))).toEqual(['2009']);
    const hindi = { ...COWIN, parts: ['(क) क्या सूचना प्रौद्योगिकी अधिनियम, 2000 की धारा 69क के अंतर्गत 2009 में कोई निदेश जारी किया गया?'], today: '2026-12-03' };
    expect(lintQuestion(hindi).filter((f) => f.ruleId === 'pq-past-history').map((f) => spanText(hindi, f))).toEqual(['2009']);
  });

  it('requires the Minister addressed (Rule 34(1)(b))', () => {
    const f = one(lintQuestion({ house: 'Lok Sabha', ministry: '  ', parts: ['(a) the details?'] }), 'pq-ministry-missing');
    expect(f.severity).toBe('error');
  });

  it('checks the stem form and the Minister it names', () => {
    expect(ids(lintQuestion({ ...COWIN, stem: 'Please tell us:' }))).toContain('pq-stem-form');
    expect(ids(lintQuestion({ ...COWIN, stem: 'Will the Minister of HOME AFFAIRS be pleased to state:' }))).toContain('pq-stem-ministry-mismatch');
    expect(ids(lintQuestion({ ...COWIN, stem: 'Will the PRIME MINISTER be pleased to state:' }))).not.toContain('pq-stem-form');
  });

  it('checks lettering and punctuation of parts', () => {
    const q: QuestionDraft = {
      house: 'Lok Sabha',
      ministry: 'Coal',
      parts: ['(a) whether coal output fell?', '(c) if so, the details thereof;', '(c) the steps taken;'],
    };
    const fs = lintQuestion(q);
    const labels = fs.filter((f) => f.ruleId === 'pq-part-labels');
    expect(labels).toHaveLength(1);
    expect(text(labels[0])).toContain('"(b)"');
    const punct = fs.filter((f) => f.ruleId === 'pq-part-punctuation');
    expect(punct.map((f) => spanText(q, f))).toEqual(['?', ';']);
    expect(ids(fs)).toContain('pq-penultimate-and');
  });

  it('reports a notice with no parts as an error', () => {
    expect(one(lintQuestion({ house: 'Lok Sabha', ministry: 'Coal', parts: [] }), 'pq-no-parts').severity).toBe('error');
  });
});

describe('lintQuestion: robustness and speed', () => {
  it('never throws, and every offset lies inside the linted text (random Unicode)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<QuestionDraft['house']>('Lok Sabha', 'Rajya Sabha'),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 8 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 120 }), { nil: undefined }),
        (house, ministry, parts, stem) => {
          const q: QuestionDraft = stem === undefined ? { house, ministry, parts } : { house, ministry, parts, stem };
          const fs = lintQuestion(q);
          const len = questionLayout(q).text.length;
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

  it('survives garbage from untyped callers', () => {
    const bad = { house: 'House of Lords', ministry: 42, parts: [null, 7, 'x'], stem: {} } as unknown as QuestionDraft;
    expect(ids(lintQuestion(bad))).not.toContain('lint-internal');
  });
});

// The labelled corpus holds real, admitted Lok Sabha questions: the linter should raise no error
// on them. Skipped where the shared corpus is not mounted.
const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpus/texts');
describe.skipIf(!existsSync(CORPUS))('lintQuestion on admitted questions from the corpus', () => {
  it('raises no error on any of them', () => {
    let checked = 0;
    for (const file of readdirSync(CORPUS)) {
      const text = readFileSync(`${CORPUS}/${file}`, 'utf8').replace(/\*\*/g, '');
      const stem = /Will\s+the\s+(?:Minister\s+(?:of|for)\s+([\s\S]*?)|PRIME\s+MINISTER[\s\S]*?)\s*be\s+pleased\s+to\s+state\s*:?-?/i.exec(text);
      if (!stem) continue;
      const after = text.slice(stem.index + stem[0].length);
      const answer = after.search(/\n\s*(?:#+\s*)?A\s?N\s?S\s?W\s?E\s?R\b/);
      const body = answer > 0 ? after.slice(0, answer) : after.slice(0, 3000);
      const parts = body.split(/\n\s*(?=\([a-z]\))/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => /^\([a-z]\)/.test(s));
      if (parts.length === 0) continue;
      const ministry = (stem[1] ?? 'PRIME MINISTER').replace(/[^\x20-\x7E].*$/s, '').replace(/\s+/g, ' ').trim();
      const house = /RAJYA\s+SABHA/i.test(text) ? 'Rajya Sabha' : 'Lok Sabha';
      const errors = lintQuestion({ house, ministry, parts }).filter((f) => f.severity === 'error');
      expect(errors, file).toEqual([]);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('pq-minister-concerned: a system\'s audit put to a Minister whose Ministry does not own it', () => {
  const audit = '(a) whether the security of the CoWIN portal has been audited since the breach?';
  it('warns on a notice to MeitY, naming the owner, UNCONFIRMED', () => {
    const f = one(lintQuestion({ house: 'Rajya Sabha', ministry: 'Electronics and Information Technology', parts: [audit] }), 'pq-minister-concerned');
    expect(text(f)).toContain('the CoWIN portal, a system of the Ministry of Health and Family Welfare');
    expect(text(f)).toContain('"audited"');
    expect(f.confirmed).toBe(false);
  });

  it('warns on the same part typed in Hindi, and not on a notice to the owner\'s Minister', () => {
    expect(ids(lintQuestion({ house: 'Lok Sabha', ministry: 'गृह', parts: ['(क) क्या कोविन पोर्टल की सुरक्षा का ऑडिट किया गया है?'] }))).toContain('pq-minister-concerned');
    expect(ids(lintQuestion({ house: 'Lok Sabha', ministry: 'Health and Family Welfare', parts: [audit] }))).not.toContain('pq-minister-concerned');
  });
});
