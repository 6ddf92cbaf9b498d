import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseQuestion } from '../../../../shared/analysis/parse-question.ts';
import { AUTHORITIES } from '../../../../templates/authorities/authorities.ts';
import { ADDRESS_BOOK } from '../../../../templates/authorities/addresses.ts';
import { findMinistry, ministriesIn, MINISTRIES, singleMinistry, successorOf } from '../../../../templates/authorities/ministries.ts';
import { generatedNameIn, ministryLabel, ministryName, portfolioName } from '../../../../templates/authorities/names.ts';

/** Devanagari words with the punctuation official names use (commas, brackets), nothing Latin. */
const DEVANAGARI_NAME = /^[\u0900-\u097F]+(?:[\s,()]+[\u0900-\u097F]+)*\)?$/u;
const URL = /https?:\/\//;

describe('the ministry name table', () => {
  it('gives every ministry an official Hindi name in Devanagari, with a source', () => {
    expect(MINISTRIES.length).toBeGreaterThanOrEqual(55);
    for (const m of MINISTRIES) {
      expect(m.hi, m.id).toMatch(DEVANAGARI_NAME);
      expect(m.hi, m.id).toMatch(/(?:मंत्रालय|विभाग)$/);
      expect(m.source.trim().length, m.id).toBeGreaterThan(20);
      // A confirmed name cites the page it was read on; an unconfirmed one says so where it is shown.
      if (m.confirmed) expect(m.source, m.id).toMatch(URL);
      else expect(m.source, m.id).toMatch(/UNCONFIRMED/);
    }
  });

  it('has one entry per ministry and every former name points to a current one', () => {
    const ids = MINISTRIES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(MINISTRIES.map((m) => m.hi)).size).toBe(MINISTRIES.length);
    for (const m of MINISTRIES) if (m.renamed) expect(ids, m.id).toContain(m.renamed.to);
  });

  it('gives every known authority a Hindi name in Devanagari, with a source', () => {
    for (const a of AUTHORITIES) {
      expect(a.hindiName.value, a.id).toMatch(DEVANAGARI_NAME);
      expect(a.hindiName.source.trim().length, a.id).toBeGreaterThan(20);
      if (!a.hindiName.confirmed) expect(a.hindiName.source, a.id).toMatch(/UNCONFIRMED/);
    }
    expect(AUTHORITIES.find((a) => a.id === 'cert-in')?.hindiName.value).toBe('भारतीय कंप्यूटर आपात प्रतिक्रिया दल');
    expect(AUTHORITIES.find((a) => a.id === 'meity')?.hindiName.value).toBe('इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय');
  });

  it('writes every shipped address for Hindi documents without Latin letters, New Delhi as नई दिल्ली', () => {
    for (const e of ADDRESS_BOOK) {
      expect(e.linesHi.length, e.authorityId).toBe(e.lines.length);
      for (const line of e.linesHi) expect(line, e.authorityId).not.toMatch(/[A-Za-z]/);
      if (e.lines.some((l) => /New Delhi/.test(l))) expect(e.linesHi.join('\n')).toContain('नई दिल्ली');
    }
  });
});

describe('finding a ministry by any of its English names', () => {
  it.each([
    ['Electronics & Information Technology', 'meity'],
    ['Electronics and Information Technology', 'meity'],
    ['MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY', 'meity'],
    ['MeitY', 'meity'],
    ['Ministry of Health & Family Welfare', 'mohfw'],
    ['HEALTH AND FAMILY WELFARE', 'mohfw'],
    ['**health and Family Welfare**', 'mohfw'],
    ['MoHFW', 'mohfw'],
    ['Agriculture and Farmers Welfare ũ', 'agriculture'],
    ['Personnel, Public Grievances and Pensions', 'personnel'],
    ['Ministry of Finance, Government of India', 'finance'],
    ['Human Resource Development', 'hrd-old'],
    ['MHA', 'mha'],
  ])('%s -> %s', (name, id) => {
    expect(findMinistry(name)?.id ?? ministriesIn(name)[0]?.id).toBe(id);
  });

  it('does not take a short form out of a longer word, nor guess an unknown name', () => {
    expect(findMinistry('mha and others')).toBeNull();
    expect(findMinistry('Ministry of Magic')).toBeNull();
    expect(ministriesIn('Ministry of Magic')).toEqual([]);
    expect(findMinistry('')).toBeNull();
  });

  it('reads a Minister holding two portfolios as both ministries', () => {
    expect(ministriesIn('Agriculture, Consumer Affairs, Food & Public Distribution').map((m) => m.id)).toEqual(['agriculture-old', 'consumer-affairs']);
    expect(portfolioName('Agriculture, Consumer Affairs, Food & Public Distribution', 'hi')).toBe('कृषि तथा उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण');
  });

  // The ministry of every text in the labelled corpus, as the parser reads it and as sources.tsv records it.
  const corpus = '/work/shared/corpus';
  const parsed = readdirSync(`${corpus}/texts`).map((f) => parseQuestion(readFileSync(`${corpus}/texts/${f}`, 'utf8'), true).question.ministry);
  const recorded = readFileSync(`${corpus}/sources.tsv`, 'utf8').split('\n').flatMap((l) => /MINISTRY: ([^|]+)/.exec(l)?.[1]?.replace(/\(.*?\)/g, '').trim() ?? []);
  const names = [...new Set([...parsed, ...recorded].filter((m): m is string => m !== null && m.trim() !== ''))];
  // "Food & Publication Distribution" is a slip in one 2009 reply's text: it names no ministry, and is left as written.
  const SLIPS = new Set(['Agriculture, Consumer Affairs, Food & Publication Distribution']);

  it('maps every ministry line of the corpus to a table entry', () => {
    expect(names.length).toBeGreaterThan(15);
    const unmapped = names.filter((n) => !SLIPS.has(n) && ministriesIn(n).length === 0);
    expect(unmapped).toEqual([]);
    for (const slip of SLIPS) if (names.includes(slip)) expect(ministriesIn(slip)).toEqual([]);
  });

  it('never shows a Hindi screen "<English> मंत्रालय": a known ministry in Hindi, an unknown one as written', () => {
    for (const n of names) {
      const label = ministryLabel(n, 'hi');
      expect(label, n).not.toMatch(/[A-Za-z].*मंत्रालय/);
      if (!SLIPS.has(n)) expect(label, n).toMatch(DEVANAGARI_NAME);
    }
    expect(ministryLabel('Health and Family Welfare', 'en')).toBe('Health and Family Welfare');
  });
});

describe('a ministry a new paper can be addressed to', () => {
  it('is none for several portfolios one Minister held together: the user chooses', () => {
    // Review 11: an application to "Ministry of Agriculture, Consumer Affairs, Food & Public Distribution".
    expect(singleMinistry('Agriculture, Consumer Affairs, Food & Public Distribution')).toBeNull();
    expect(singleMinistry('Health and Family Welfare')).toBe('Health and Family Welfare');
    expect(singleMinistry('Ministry of Magic')).toBe('Ministry of Magic');
  });
});

describe('names in the language of the text', () => {
  it('names a ministry in full: English as the source wrote it, Hindi by its official name', () => {
    expect(ministryName('Electronics and Information Technology', 'en')).toBe('Ministry of Electronics and Information Technology');
    expect(ministryName('Electronics and Information Technology', 'hi')).toBe('इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय');
    expect(ministryName('Ministry of Magic', 'hi')).toBe('Ministry of Magic');
    expect(portfolioName('Health and Family Welfare', 'hi')).toBe('स्वास्थ्य और परिवार कल्याण');
    expect(portfolioName('Health and Family Welfare', 'en')).toBe('Health and Family Welfare');
  });

  it('turns a generated English name into Hindi, and leaves anything the user wrote as written', () => {
    expect(generatedNameIn('Ministry of Health and Family Welfare', 'hi')).toBe('स्वास्थ्य और परिवार कल्याण मंत्रालय');
    expect(generatedNameIn('Delhi Police', 'hi')).toBe('दिल्ली पुलिस');
    expect(generatedNameIn('Ministry of Health and Family Welfare', 'en')).toBe('Ministry of Health and Family Welfare');
    expect(generatedNameIn('the Health people at Nirman Bhawan', 'hi')).toBe('the Health people at Nirman Bhawan');
    expect(generatedNameIn('स्वास्थ्य मंत्रालय', 'hi')).toBe('स्वास्थ्य मंत्रालय');
  });

  it('follows a renamed ministry to the name it has now, and leaves a current one alone', () => {
    expect(successorOf('HUMAN RESOURCE DEVELOPMENT')?.en).toBe('Ministry of Education');
    expect(successorOf('Communications and Information Technology')?.en).toBe('Ministry of Electronics and Information Technology');
    expect(successorOf('Health and Family Welfare')).toBeNull();
    expect(successorOf('Ministry of Magic')).toBeNull();
  });
});
