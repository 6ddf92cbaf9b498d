import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { answersFor, findGaps, gapsForNotice } from '../../../../shared/drafting/gaps.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

const out = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });
const gaps = findGaps({ question: out.question, parts: out.parts.map((v) => ({ label: v.label, text: out.question.parts.find((p) => p.label === v.label)?.text ?? '', status: v.status, evidence: v.evidence })), replyText: COWIN_REPLY_TEXT });
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('gaps in Hindi', () => {
  it('carry every notice part in Hindi too, one for one', () => {
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.noticePartsHi.length, g.id).toBe(g.noticeParts.length);
      for (const p of g.noticePartsHi) expect(p, g.id).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('fill a Hindi notice with Hindi parts within the word budget, counted in Hindi', () => {
    const chosen = gapsForNotice(gaps, 80, 'hi').flatMap((c) => c.parts);
    expect(chosen.length).toBeGreaterThan(0);
    for (const p of chosen) expect(p.replace(/CoWIN|Data|Breach/g, '')).not.toMatch(/[A-Za-z]/);
    expect(chosen.reduce((n, p) => n + words(p), 0)).toBeLessThanOrEqual(80);
    expect(chosen).toContain('जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना पर प्रथम सूचना रिपोर्ट दर्ज करने वाली एजेंसी का नाम क्या है, उस रिपोर्ट की संख्या और तिथि सहित');
  });

  it('name the matter in English as the reply names it: the cyber incident, not a breach the Ministry disputes', () => {
    const chosen = gapsForNotice(gaps, 80).flatMap((c) => c.parts);
    expect(chosen).toContain('the name of the agency which registered the First Information Report on the cyber incident regarding CoWIN data in June 2023, with its number and date');
  });
});

describe('gapsForNotice: one choice for both languages', () => {
  it('gives the Hindi notice exactly the parts of the English one, each within the budget in its own words', () => {
    for (const budget of [40, 60, 88, 138]) {
      const en = gapsForNotice(gaps, budget, 'en');
      const hi = gapsForNotice(gaps, budget, 'hi');
      expect(hi.map((c) => [c.gap.id, c.parts.length]), String(budget)).toEqual(en.map((c) => [c.gap.id, c.parts.length]));
      for (const chosen of [en, hi]) expect(chosen.flatMap((c) => c.parts).reduce((n, p) => n + words(p) + 1, 0)).toBeLessThanOrEqual(budget);
    }
  });
});

describe('gapsForNotice: a Hindi quotation of the earlier part never pushes a part out', () => {
  const gap = (id: string, en: string, hi: string): (typeof gaps)[number] => ({ id, forParts: ['a'], dodge: null, withheld: '', withheldHi: '', noticeParts: [en], noticePartsHi: [hi], weight: 3, partWeights: [3] });
  const quote = (n: number): string => `, अर्थात् “${Array.from({ length: n }, () => 'word').join(' ')}”,`;
  const two = [
    gap('one', 'the details of one thing asked', `प्रश्न के भाग (क)${quote(20)} में माँगी गई सूचना का ब्यौरा क्या है`),
    gap('two', 'the details of another thing asked', `प्रश्न के भाग (ख)${quote(20)} में माँगी गई सूचना का ब्यौरा क्या है`),
  ];

  it('keeps both parts, quoting the first and naming the second by its letter alone, where both quotations do not fit', () => {
    const hi = gapsForNotice(two, 50, 'hi').flatMap((c) => c.parts);
    expect(hi).toHaveLength(2);
    expect(hi[0]).toContain('अर्थात् “');
    expect(hi[1]).toBe('प्रश्न के भाग (ख) में माँगी गई सूचना का ब्यौरा क्या है');
    expect(gapsForNotice(two, 50, 'en').flatMap((c) => c.parts)).toHaveLength(2);
  });

  it('quotes both where the words allow', () => {
    expect(gapsForNotice(two, 120, 'hi').flatMap((c) => c.parts).every((p) => p.includes('अर्थात् “'))).toBe(true);
  });
});

describe('gapsForNotice: a notice whose every part is over the limit', () => {
  const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
  const one = { id: 'one', forParts: ['a'], dodge: null, withheld: '', withheldHi: '', noticeParts: [long], noticePartsHi: [`क्या ${long}`], weight: 3, partWeights: [3] };
  const only = [one];

  it('keeps its first part, for the word-limit check to flag, rather than ending with none (review 16, DMS 08)', () => {
    expect(gapsForNotice(only, 90, 'en').flatMap((c) => c.parts)).toEqual([long]);
    expect(gapsForNotice(only, 90, 'hi').flatMap((c) => c.parts)).toEqual([`क्या ${long}`]);
  });

  it('keeps only what fits once a part fits', () => {
    const short = { ...one, id: 'two', noticeParts: ['the date of the order'], noticePartsHi: ['आदेश की तिथि क्या है'], weight: 4, partWeights: [4] };
    expect(gapsForNotice([...only, short], 90, 'en').flatMap((c) => c.parts)).toEqual(['the date of the order']);
  });
});

describe('gapsForNotice: a part asking only for more than was given yields to one that names something', () => {
  const gap = (id: string, en: string, weight: number): (typeof gaps)[number] => ({ id, forParts: ['a'], dodge: null, withheld: '', withheldHi: '', noticeParts: [en], noticePartsHi: ['क्या है'], weight, partWeights: [weight] });
  const vague = gap('facet-default', 'whether the Government holds information on the key achievements, beyond that given in reply to part (c) of Lok Sabha Unstarred Question No. 712 answered on 07.02.2025, if so, the details thereof', 3);
  const named = gap('handle-publication', 'the number of sub-centres upgraded under NHM during the last five years, year-wise, as distinct from the figures published in HDI 2022-23, to which the reply referred for part (a)', 5);

  it('keeps the named part when only one fits, though its part was answered in part and the vague one\'s not at all (review 17, NHM 08)', () => {
    expect(gapsForNotice([vague, named], 45, 'en').map((c) => c.gap.id)).toEqual(['handle-publication']);
    expect(gapsForNotice([vague, named], 200, 'en').map((c) => c.gap.id)).toEqual(['facet-default', 'handle-publication']);
  });
});

describe('answersFor: a system\'s audit goes to the Minister whose Ministry owns it (system-owners.ts)', () => {
  const audit = 'whether the security of the CoWIN portal has been audited since the breach, if so, by which agency and whether the vulnerabilities that audit found have been remedied';
  it('keeps it off the notice to MeitY, which answered the reply, and puts it on the Health Minister\'s', () => {
    expect(answersFor({ ministry: 'Electronics and Information Technology', answeredTheReply: true }, audit)).toBe(false);
    expect(answersFor({ ministry: 'Health and Family Welfare', answeredTheReply: false }, audit)).toBe(true);
    expect(answersFor({ ministry: 'स्वास्थ्य और परिवार कल्याण', answeredTheReply: false }, audit)).toBe(true);
  });

  it('leaves a part on the incident with the Minister who answered', () => {
    const complaint = 'the date of the complaint about the CoWIN data breach and the authority with which it was lodged';
    expect(answersFor({ ministry: 'Electronics and Information Technology', answeredTheReply: true }, complaint)).toBe(true);
  });

  it('drops the audit part from a notice to MeitY built from the CoWIN gaps', () => {
    const meity = gapsForNotice(gaps, 200, 'en', { ministry: 'Electronics and Information Technology', answeredTheReply: true }).flatMap((c) => c.parts);
    expect(meity.length).toBeGreaterThan(0);
    expect(meity.join(' ')).not.toMatch(/audit/i);
  });
});
