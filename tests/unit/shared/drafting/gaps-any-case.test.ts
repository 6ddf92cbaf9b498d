import { describe, expect, it } from 'vitest';
import { findGaps, gapPoint, gapsForNotice } from '../../../../shared/drafting/gaps.ts';
import { sentenceAround } from '../../../../shared/drafting/suggest/sentences.ts';
import { bareTopic } from '../../../../shared/drafting/suggest/part-text.ts';
import { lintQuestion } from '../../../../shared/lint/lint-question.ts';
import { similarity, REPEAT_THRESHOLD } from '../../../../shared/lint/similarity.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';
import type { Question } from '../../../../shared/domain/question.ts';
import { parseQuestion } from '../../../../shared/analysis/parse-question.ts';

/**
 * Follow-ups on a case that is not CoWIN (review 8 ran every corpus text through the drafts: half
 * the notices had no parts, and a reply on scheme funds got an audit question about "the system
 * concerned"). The statuses are given here, so these tests do not rest on the analyser's verdicts.
 */
const Q: Question = {
  house: 'Rajya Sabha', kind: 'unstarred', number: '2935', date: '2009-12-16', ministry: 'Commerce and Industry',
  subject: 'Requests for Denotifying Approved SEZs', askedBy: ['Shri A. B.'],
  parts: [
    { label: 'a', text: 'whether many companies have applied for denotifying approved SEZs;' },
    { label: 'b', text: 'the details of land acquired after notification for SEZs, with a particular reference to Andhra Pradesh;' },
    { label: 'c', text: 'the details of SEZs which have acquired land but failed to develop it, SEZ-wise and State-wise;' },
    { label: 'd', text: 'the funds released to the States under the scheme during the last three years;' },
    { label: 'e', text: 'whether the Government has decided to extend the validity of approvals?' },
  ],
};
const REPLY = `(a) Yes, Sir. Twelve requests were received.
(b) Land for SEZs is procured as per the policy and procedures of the respective
State Governments, as per the scheme guidelines, demand from State and submission of
Utilization Certificates of the funds released earlier.
(c) In terms of SEZ Rules, validity of approval is for a period of three years.
(d) Details of the funds released to States are not maintained centrally.
(e) The matter is under examination.`;

const at = (s: string): { start: number; end: number; text: string } => {
  const start = REPLY.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const part = (label: string, status: PartStatus, passage: string) => ({ label, text: Q.parts.find((p) => p.label === label)?.text ?? '', status, evidence: [at(passage)] });
const gaps = findGaps({
  question: Q,
  replyText: REPLY,
  parts: [
    part('a', 'answered', 'Yes, Sir.'),
    part('b', 'partial', 'Land for SEZs is procured'),
    part('c', 'unanswered', 'In terms of SEZ Rules'),
    part('d', 'refused', 'Details of the funds released'),
    part('e', 'deferred', 'The matter is under examination.'),
  ],
});
const partsFor = (label: string): ReadonlyArray<string> => gaps.filter((g) => g.forParts.includes(label)).flatMap((g) => g.noticeParts);

describe('follow-ups on any case', () => {
  it('gives every open part a notice part, and reads no system claim where no system is named', () => {
    for (const l of ['b', 'c', 'd', 'e']) expect(partsFor(l).length, l).toBeGreaterThan(0);
    expect(gaps.flatMap((g) => g.noticeParts).join(' ')).not.toMatch(/system concerned|incident|audited/i);
    expect(gaps.map((g) => g.id)).not.toContain('claim-guidelines');
  });

  it('asks a part answered in part for the information not given, naming the question, and the linter takes it as a follow-up', () => {
    const b = partsFor('b')[0] ?? '';
    expect(b).toBe('whether the Government holds information on the land acquired after notification for SEZs, with a particular reference to Andhra Pradesh, beyond that given in reply to part (b) of Rajya Sabha Unstarred Question No. 2935 answered on 16.12.2009, if so, the details thereof and if not, the reasons therefor');
    const findings = lintQuestion({ house: 'Rajya Sabha', ministry: 'Commerce and Industry', parts: [b], earlier: [{ ref: 'RS Q 2935', parts: Q.parts }], today: '2026-12-05' });
    expect(findings.map((f) => f.ruleId)).not.toContain('pq-repeat');
  });

  it('asks a part refused for want of data whether the data will be kept, never the refused data again', () => {
    const d = partsFor('d');
    expect(d).toEqual(['whether the Government proposes to collect and maintain the data on the funds released to the States under the scheme during the last three years, if so, the details thereof and if not, the reasons therefor']);
    // It names the same information as the refused part, so only the follow-up's formula keeps the linter from calling it a repeat.
    expect(similarity(d[0] ?? '', Q.parts[3]?.text ?? '')).toBeGreaterThanOrEqual(REPEAT_THRESHOLD);
    const findings = lintQuestion({ house: 'Rajya Sabha', ministry: 'Commerce and Industry', parts: d, earlier: [{ ref: 'RS Q 2935', parts: Q.parts }], today: '2026-12-05' });
    expect(findings.map((f) => f.ruleId)).not.toContain('pq-repeat');
    // The same check does call the refused part itself, asked again, a repeat.
    const again = lintQuestion({ house: 'Rajya Sabha', ministry: 'Commerce and Industry', parts: [Q.parts[3]?.text ?? ''], earlier: [{ ref: 'RS Q 2935', parts: Q.parts }], today: '2026-12-05' });
    expect(again.map((f) => f.ruleId)).toContain('pq-repeat');
  });

  it('keeps the part left most open first when the word limit allows only one', () => {
    // A notice's parts must fit in English and in Hindi: each counts at its longer.
    const count = (label: string): number => Math.max(...gaps.filter((g) => g.forParts.includes(label)).flatMap((g) => [...g.noticeParts, ...g.noticePartsHi]).map((t) => t.split(/\s+/).length + 1));
    const e = partsFor('e')[0] ?? '';
    // Room for the deferred part (e) or the refusal's follow-up (d), not both; (d) comes first in the question.
    const budget = Math.max(count('d'), count('e'));
    expect(budget).toBeLessThan(count('d') + count('e'));
    const two = gaps.filter((g) => g.forParts.includes('d') || g.forParts.includes('e'));
    expect(gapsForNotice(two, budget).flatMap((g) => g.parts)).toEqual([e]);
  });

  it('asks a deferred part whether the promise was kept', () => {
    expect(partsFor('e')[0]).toMatch(/^whether the information promised in the reply to Rajya Sabha Unstarred Question No\. 2935 answered on 16\.12\.2009 in respect of part \(e\) has since been collected/);
  });

  it('writes the Hindi twin of each part in Hindi, with the part\'s letter in Devanagari', () => {
    const b = gaps.find((g) => g.forParts.includes('b'));
    if (b === undefined) throw new Error('no gap for part (b)');
    // The question is in English: a Hindi part asks by reference to the part, in Hindi, and quotes the
    // part as the question asked it so that it reads alone; no English stands outside the quotation.
    for (const p of gaps.flatMap((g) => g.noticePartsHi)) expect(p.replace(/“[^”]*”/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(b.noticePartsHi[0]).toMatch(/के भाग \(ख\), अर्थात् “[^”]+”, के उत्तर में दी गई थी/);
    expect(gapPoint(b, false, 'hi')).toMatch(/^उत्तर \(भाग \(ख\)\) में कहा गया है: ".+"। इसमें यह नहीं बताया गया कि .+।$/);
  });
});

describe('sentenceAround: a PDF\'s wrapped line is not the end of a sentence', () => {
  it('quotes the whole sentence across the wraps, and stops at the next lettered part', () => {
    const s = sentenceAround(REPLY, REPLY.indexOf('scheme guidelines'));
    expect(s.text).toBe('Land for SEZs is procured as per the policy and procedures of the respective\nState Governments, as per the scheme guidelines, demand from State and submission of\nUtilization Certificates of the funds released earlier.'.replace(/^/, '(b) '));
  });

  it('ends at every line break where the lines run past a sentence\'s length without a stop (a table)', () => {
    const table = Array.from({ length: 40 }, (_, i) => `Row ${i} value ${i * 3} more words here`).join('\n');
    expect(sentenceAround(table, table.indexOf('Row 20')).text).toBe('Row 20 value 60 more words here');
  });
});

describe('sentenceAround: abbreviations', () => {
  it('reads through "Rs." and "No." to the sentence\'s own end', () => {
    const t = 'Funds of upto Rs. 50 lakh were released under Scheme No. 4 in 2024. The rest is pending.';
    expect(sentenceAround(t, t.indexOf('Scheme')).text).toBe('Funds of upto Rs. 50 lakh were released under Scheme No. 4 in 2024.');
  });
});

describe('bareTopic: a topic that names nothing of its own', () => {
  it('reads "the details" with its qualifier, and a lone "the reasons", but not "the steps taken to …"', () => {
    expect(bareTopic('the details during the last three years, State-wise')).toEqual({ qualifier: 'during the last three years, State-wise' });
    expect(bareTopic('the reasons')).toEqual({ qualifier: '' });
    expect(bareTopic('the steps taken to expedite the release')).toBeNull();
    expect(bareTopic('the details of the funds released')).toBeNull();
  });
});

describe('notice parts read as a Table Office reads them', () => {
  const NHM: Question = {
    house: 'Lok Sabha', kind: 'unstarred', number: '712', date: '2025-02-07', ministry: 'Health and Family Welfare',
    subject: 'Healthcare Infrastructure under NHM', askedBy: [],
    parts: [
      { label: 'a', text: 'the number of doctors and nurses recruited under NHM during the last three years;' },
      { label: 'b', text: 'the details of the States with the highest recruitment of staff under NHM;' },
      { label: 'c', text: 'the details of the steps taken to fill the vacancies?' },
    ],
  };
  const reply = '(a) to (c): Status of Human Resource is available in HDI 2022-23.';
  const gapsOf = (label: string) => findGaps({ question: NHM, parts: [{ label, text: NHM.parts.find((p) => p.label === label)?.text ?? '', status: 'unanswered', evidence: [] }], replyText: reply }).flatMap((g) => g.noticeParts);

  it('gives a period once, when the part already gives one (review 11)', () => {
    const parts = gapsOf('a');
    expect(parts.join(' ')).toContain('during the last three years');
    expect(parts.join(' ')).not.toMatch(/during the last three years.*during the last three years/);
  });

  it('asks "with dates" only of steps, orders and other things done on a date', () => {
    expect(gapsOf('b').join(' ')).not.toContain('with dates');
    expect(gapsOf('c').join(' ')).toMatch(/with (?:the )?dates?\b/);
  });

  it('asks in Hindi for the figures outright when the English does, never "more than was given" (review 15, N4)', () => {
    const pairs = findGaps({ question: NHM, parts: [{ label: 'a', text: NHM.parts.find((p) => p.label === 'a')?.text ?? '', status: 'unanswered', evidence: [] }], replyText: 'The States are supported under the Mission.' })
      .flatMap((g) => g.noticeParts.map((en, i) => ({ en, hi: g.noticePartsHi[i] ?? '' })));
    const figures = pairs.find((p) => /^the year-wise figures of /.test(p.en));
    expect(figures?.hi).toMatch(/के भाग \(क\).* में माँगे गए आँकड़े, पिछले तीन वर्षों और चालू वर्ष के लिए वर्ष-वार, क्या हैं$/);
    expect(pairs.map((p) => p.hi).join(' ')).not.toContain('से अधिक सूचना है');
  });

  it('does not ask for the steps taken in respect of the steps taken', () => {
    expect(gapsOf('c')).toContain('the details of the specific steps taken to fill the vacancies, with the date of each and the authority which ordered it');
  });
});

describe('a Hindi notice part by reference asks what its English twin asks', () => {
  // The user has read the reply and marked the part: it may be asked again (ask-again.ts).
  const hiFor = (status: PartStatus, label: string) => findGaps({ question: Q, parts: [{ label, text: Q.parts.find((p) => p.label === label)?.text ?? '', status, evidence: [], byUser: true }], replyText: REPLY }).flatMap((g) => g.noticeParts.map((en, i) => ({ en, hi: g.noticePartsHi[i] ?? '' })));

  it('a "whether" part asked again as it was asked, and a part answered in part, each in its own form (review 12)', () => {
    const again = hiFor('unanswered', 'e').find((p) => /^whether the Government has decided to extend/.test(p.en));
    expect(again?.hi).toMatch(/^क्या .* के भाग \(ङ\), अर्थात् “whether the Government has decided to extend[^”]*”, में पूछी गई स्थिति विद्यमान है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं$/);
    const more = hiFor('partial', 'b').find((p) => /beyond that given in reply to part \(b\)/.test(p.en));
    expect(more?.hi).toMatch(/से अधिक सूचना है जो .* के भाग \(ख\), अर्थात् “[^”]+”, के उत्तर में दी गई थी/);
  });
});

describe('data the reply says is not maintained (review 15, covid 10)', () => {
  const text = '(a) the number of Asha workers who died during the Covid-19 period, State/UT-wise?\n\nANSWER\n\n(a): Disaggregated data on deaths due to COVID-19 by profession is not maintained centrally.\n';
  const q = parseQuestion(text, true).question;
  const gap = findGaps({ question: q, parts: [{ label: 'a', text: q.parts[0]?.text ?? '', status: 'refused', evidence: [{ start: text.indexOf('Disaggregated'), end: text.indexOf('centrally.') + 10, text: 'Disaggregated data on deaths due to COVID-19 by profession is not maintained centrally.' }] }], replyText: text })[0];

  it('says what is missing is who holds the figures, not "the figures asked for"', () => {
    expect(gap?.withheld).toBe('which authority maintains these figures, or whether the Ministry will collect them from the States and Union Territories');
    expect(gap?.withheldHi).toMatch(/^ये आँकड़े कौन-सा प्राधिकारी रखता है/);
  });
});
