import { describe, expect, it } from 'vitest';
import { CLAIM_RULES } from '../../../../templates/rules/claims.ts';
import type { Bilingual } from '../../../../templates/rules/bilingual.ts';
import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS, STATUS_FOLLOW_UPS, STATUS_WHY } from '../../../../templates/rules/follow-ups.ts';
import { ROUTING_TEXT } from '../../../../templates/phrases/routing-messages.ts';

/**
 * Issue 15, "Hindi for every generated phrase": every phrase the suggestions and the routing write
 * is in English and Hindi, with the same placeholders, and the Hindi is Hindi.
 */

type Entry = { readonly where: string; readonly text: Bilingual };
const entries = (where: string, list: ReadonlyArray<Bilingual>): Entry[] => list.map((text, i) => ({ where: `${where}[${i}]`, text }));

/** Question parts for a notice, in the form of each language's question lists. */
const QUESTION_PARTS: ReadonlyArray<Entry> = [
  ...CLAIM_RULES.flatMap((c) => [...entries(`${c.id}.questionParts`, c.questionParts), ...entries(`${c.id}.noticeParts`, c.noticeParts)]),
  ...[...FOLLOW_UP_FACETS, DEFAULT_FOLLOW_UP].flatMap((f) => [...entries(`${f.id}.questionParts`, f.questionParts), ...entries(`${f.id}.whenTopic.questionParts`, f.whenTopic?.questionParts ?? [])]),
  ...entries('facet-default.clauseQuestionParts', DEFAULT_FOLLOW_UP.clauseQuestionParts),
  ...Object.values(STATUS_FOLLOW_UPS).flatMap((s) => entries(`${s.id}.questionParts`, s.questionParts)),
];

/** Points of an RTI application. */
const RTI_POINTS: ReadonlyArray<Entry> = [
  ...CLAIM_RULES.flatMap((c) => entries(`${c.id}.rtiPoints`, c.rtiPoints)),
  ...[...FOLLOW_UP_FACETS, DEFAULT_FOLLOW_UP].flatMap((f) => [...entries(`${f.id}.rtiPoints`, f.rtiPoints), ...entries(`${f.id}.whenTopic.rtiPoints`, f.whenTopic?.rtiPoints ?? [])]),
  ...entries('facet-default.clauseRtiPoints', DEFAULT_FOLLOW_UP.clauseRtiPoints),
  ...Object.values(STATUS_FOLLOW_UPS).flatMap((s) => entries(`${s.id}.rtiPoints`, s.rtiPoints)),
];

/** Explanations for the reader, record asks and routing sentences. */
const OTHER: ReadonlyArray<Entry> = [
  ...CLAIM_RULES.flatMap((c) => [{ where: `${c.id}.why`, text: c.why }, ...(c.caution ? [{ where: `${c.id}.caution`, text: c.caution }] : [])]),
  ...[...FOLLOW_UP_FACETS, DEFAULT_FOLLOW_UP].flatMap((f) => [{ where: `${f.id}.why`, text: f.why }, { where: `${f.id}.recordAsk`, text: f.recordAsk }]),
  ...Object.values(STATUS_FOLLOW_UPS).map((s) => ({ where: `${s.id}.why`, text: s.why })),
  ...Object.entries(STATUS_WHY).map(([k, text]) => ({ where: `STATUS_WHY.${k}`, text })),
  ...Object.entries(ROUTING_TEXT).map(([k, text]) => ({ where: `ROUTING_TEXT.${k}`, text })),
];

const ALL: ReadonlyArray<Entry> = [...QUESTION_PARTS, ...RTI_POINTS, ...OTHER];

const placeholders = (t: string): string[] => [...t.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1] ?? '').sort();

/**
 * Latin letters a Hindi phrase may keep outside its placeholders. Empty: abbreviations are written
 * out ("प्रथम सूचना रिपोर्ट", not "FIR"; "सीईआरटी-इन", "आरटीआई ऑनलाइन") and the Act's clauses are
 * lettered as its Hindi text letters them (धारा 8(1)(ज)).
 */
const ALLOWED_LATIN: ReadonlyArray<string> = [];

describe('bilingual phrases of the suggestions and the routing', () => {
  it('are many, and each is written in both languages', () => {
    expect(ALL.length).toBeGreaterThan(130);
    for (const { where, text } of ALL) {
      expect(text.en.trim().length, where).toBeGreaterThan(0);
      expect(text.hi.trim().length, where).toBeGreaterThan(0);
    }
  });

  it('have the same placeholders in English and Hindi', () => {
    for (const { where, text } of ALL) expect(placeholders(text.hi), where).toEqual(placeholders(text.en));
  });

  it('write Hindi in Devanagari, with no Latin letters outside the placeholders', () => {
    for (const { where, text } of ALL) {
      let rest = text.hi.replace(/\{[a-z]+\}/g, '');
      for (const word of ALLOWED_LATIN) rest = rest.replaceAll(word, '');
      expect(rest, where).not.toMatch(/[A-Za-z]/);
      // A phrase that is only placeholders and signs (" ({date} से)") still has its Hindi word.
      expect(rest, where).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('write Hindi question parts in the formulae of Hindi question lists', () => {
    for (const { where, text } of QUESTION_PARTS) {
      // "whether ..., if so, ... and if not, ..." is "क्या ...; यदि हाँ, तो ... और यदि नहीं, तो ...".
      if (/^whether\b/.test(text.en)) expect(text.hi, where).toMatch(/^क्या |^\{[a-z]+\} /);
      if (/\bif so\b/.test(text.en)) expect(text.hi, where).toMatch(/; यदि हाँ, तो /);
      if (/\bif not\b/.test(text.en)) expect(text.hi, where).toMatch(/ और यदि नहीं, तो /);
      if (/the details thereof/.test(text.en)) expect(text.hi, where).toMatch(/तत्संबंधी ब्यौरा क्या है/);
      if (/the reasons therefor/.test(text.en)) expect(text.hi, where).toMatch(/इसके क्या कारण हैं/);
      // Like the English, without closing punctuation: the notice letters and punctuates the parts.
      expect(text.hi, where).not.toMatch(/[;,.?।]$/);
    }
  });

  it('end RTI points as each language ends a sentence, each with its period', () => {
    for (const { where, text } of RTI_POINTS) {
      expect(text.en, where).toMatch(/\.$/);
      expect(text.hi, where).toMatch(/।$/);
      expect(text.hi, where).toContain('{period}');
      expect(text.hi, where).not.toMatch(/[;"'`]/);
    }
  });
});
