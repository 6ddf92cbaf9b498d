import { describe, expect, it } from 'vitest';
import { AUTHORITIES, findAuthority } from '../../../../templates/authorities/authorities.ts';
import { CLAIM_RULES } from '../../../../templates/rules/claims.ts';
import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS, STATUS_FOLLOW_UPS } from '../../../../templates/rules/follow-ups.ts';
import { RTI_JURISDICTIONS, STATE_CODES, findJurisdiction } from '../../../../templates/rules/jurisdictions.ts';
import { PQ_PERSONAL_CHARGE, PQ_PERSONAL_NAME, PQ_PHRASE_RULES, PQ_WORD_LIMITS } from '../../../../templates/rules/question-rules.ts';
import { RTI_ONLINE_CHARSET } from '../../../../templates/rules/rti-online.ts';
import { PERIOD_PATTERNS, RTI_HYPOTHETICAL, RTI_OPINION, RTI_STATUS, RTI_VAGUE, RTI_WHY } from '../../../../templates/rules/rti-rules.ts';
import { SECOND_SCHEDULE, secondScheduleNamedIn } from '../../../../templates/rules/second-schedule.ts';
import { englishText } from '../../../../shared/messages/texts.ts';

const PLACEHOLDERS = new Set(['reply', 'period', 'matter', 'system', 'label', 'topic', 'clause']);
const placeholders = (t: string): ReadonlyArray<string> => [...t.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1] ?? '');

const RTI_BILINGUAL = [
  ...CLAIM_RULES.flatMap((c) => c.rtiPoints),
  ...FOLLOW_UP_FACETS.flatMap((f) => [...f.rtiPoints, ...(f.whenTopic?.rtiPoints ?? [])]),
  ...DEFAULT_FOLLOW_UP.rtiPoints,
  ...DEFAULT_FOLLOW_UP.clauseRtiPoints,
  ...Object.values(STATUS_FOLLOW_UPS).flatMap((s) => s.rtiPoints),
];
const PQ_BILINGUAL = [
  ...CLAIM_RULES.flatMap((c) => c.questionParts),
  ...FOLLOW_UP_FACETS.flatMap((f) => [...f.questionParts, ...(f.whenTopic?.questionParts ?? [])]),
  ...DEFAULT_FOLLOW_UP.questionParts,
  ...DEFAULT_FOLLOW_UP.clauseQuestionParts,
  ...Object.values(STATUS_FOLLOW_UPS).flatMap((s) => s.questionParts),
];
/** The English templates: the checks below read them (the Hindi twins: `tests/unit/templates/rules/bilingual-phrases.test.ts`). */
const RTI_TEMPLATES: ReadonlyArray<string> = RTI_BILINGUAL.map((t) => t.en);
const PQ_TEMPLATES: ReadonlyArray<string> = PQ_BILINGUAL.map((t) => t.en);

describe('rules as data: provenance', () => {
  it('gives every rule an id, the rule it implements, a source and a confirmation flag', () => {
    const facts = [
      ...RTI_JURISDICTIONS.flatMap((j) => [j.wordLimit, j.oneSubject]).filter((x) => x !== null),
      RTI_WHY, RTI_OPINION, RTI_HYPOTHETICAL, RTI_VAGUE, RTI_STATUS, RTI_ONLINE_CHARSET,
    ];
    for (const f of facts) {
      expect(f.id).toMatch(/^[a-z0-9-]+$/);
      expect(englishText(f.cite).length).toBeGreaterThan(3);
      expect(f.source.length).toBeGreaterThan(10);
      expect(typeof f.confirmed).toBe('boolean');
    }
    for (const p of RTI_JURISDICTIONS.flatMap((j) => (j.portal ? [j.portal] : []))) {
      expect(p.implements.length).toBeGreaterThan(3);
      expect(p.source.length).toBeGreaterThan(10);
    }
    for (const r of [...PQ_PHRASE_RULES, PQ_PERSONAL_NAME, PQ_PERSONAL_CHARGE]) {
      const houses = Object.values(r.houses);
      expect(houses.length, r.id).toBeGreaterThan(0);
      for (const h of houses) expect(h.source.length).toBeGreaterThan(10);
    }
    for (const c of [...CLAIM_RULES, ...FOLLOW_UP_FACETS]) expect(c.source.length, c.id).toBeGreaterThan(10);
  });

  it('keeps ids unique', () => {
    const all = [
      ...PQ_PHRASE_RULES.map((r) => r.id),
      ...CLAIM_RULES.map((r) => r.id),
      ...FOLLOW_UP_FACETS.map((r) => r.id),
      ...RTI_JURISDICTIONS.flatMap((j) => [j.wordLimit?.id, j.oneSubject?.id, j.portal?.id]).filter((x) => x !== undefined),
      ...AUTHORITIES.map((a) => a.id),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('encodes the word limits the docs give', () => {
    expect(PQ_WORD_LIMITS['Lok Sabha']).toMatchObject({ words: 150, severity: 'warning' });
    expect(PQ_WORD_LIMITS['Rajya Sabha']).toMatchObject({ words: 100, severity: 'error' });
    expect(findJurisdiction('central')?.wordLimit).toMatchObject({ words: 500, severity: 'warning', confirmed: true });
    expect(findJurisdiction('MH')?.oneSubject?.confirmed).toBe(true);
    expect(findJurisdiction('up')?.wordLimit?.confirmed).toBe(false);
    expect(RTI_JURISDICTIONS.map((j) => j.code)).toEqual(['central', ...STATE_CODES]);
  });
});

describe('follow-up templates', () => {
  it('use only known placeholders', () => {
    for (const t of [...RTI_TEMPLATES, ...PQ_TEMPLATES]) {
      for (const p of placeholders(t)) expect(PLACEHOLDERS.has(p), `${p} in ${t}`).toBe(true);
    }
  });

  it('ask for records, each with a period, in the RTI Online character set', () => {
    for (const t of RTI_TEMPLATES) {
      expect(t, t).toContain('{period}');
      const literal = t.replace(/\{[a-z]+\}/g, '');
      for (const ch of literal) expect(RTI_ONLINE_CHARSET.allowed.test(ch), `"${ch}" in ${t}`).toBe(true);
      for (const rule of [RTI_WHY, RTI_OPINION, RTI_HYPOTHETICAL, RTI_STATUS]) {
        for (const re of rule.patterns) expect(re.test(literal), `${rule.id} in ${t}`).toBe(false);
      }
    }
  });

  it('phrase question parts without "why" and without trailing punctuation', () => {
    for (const t of PQ_TEMPLATES) {
      expect(t).not.toMatch(/\bwhy\b/i);
      expect(t).not.toMatch(/[;?.]$/);
    }
  });

  it('recognise the period they supply as a period', () => {
    const period = 'from 1 June 2023 to the date of this application';
    expect(PERIOD_PATTERNS.some((re) => re.test(period))).toBe(true);
  });
});

describe('public authorities and the Second Schedule', () => {
  it('marks CERT-In exempt under s.24 since 24 Nov 2023, with its source', () => {
    const cert = findAuthority('cert-in');
    expect(cert?.s24).toMatchObject({ value: true, since: '2023-11-24', confirmed: true });
    expect(cert?.s24.source).toContain('thehindu.com');
    expect(SECOND_SCHEDULE.find((e) => e.id === 'cert-in')).toMatchObject({ serial: 27, since: '2023-11-24' });
  });

  it('never claims a PIO address or a state/central status it cannot source', () => {
    for (const a of AUTHORITIES) {
      if (a.pioAddress.value === '') expect(a.pioAddress.confirmed, a.id).toBe(false);
      expect(['central', ...STATE_CODES]).toContain(a.jurisdiction.value);
      if (a.parentId !== null) expect(findAuthority(a.parentId), a.id).not.toBeNull();
      expect(a.s24.source.length).toBeGreaterThan(10);
    }
    expect(findAuthority('delhi-police')?.jurisdiction.confirmed).toBe(false);
    expect(findAuthority('delhi-police')?.s24.value).toBe(false);
    expect(findAuthority('gnctd')).toMatchObject({ jurisdiction: { value: 'DL' }, rtiOnline: { value: false, confirmed: true } });
  });

  it('serves every central ministry through RTI Online', () => {
    for (const id of ['mohfw', 'meity', 'mha']) expect(findAuthority(id)?.rtiOnline).toMatchObject({ value: true, confirmed: true });
  });
});

describe('patterns stay linear', () => {
  it('run every pattern over long hostile input in a few milliseconds', () => {
    const hostile = `${'a '.repeat(3000)}${'if '.repeat(2000)}${'Shri A'.repeat(500)}${'.'.repeat(3000)}`;
    const patterns = [
      ...PQ_PHRASE_RULES.flatMap((r) => r.patterns), ...PQ_PERSONAL_NAME.patterns, ...PQ_PERSONAL_CHARGE.patterns,
      ...RTI_WHY.patterns, ...RTI_OPINION.patterns, ...RTI_HYPOTHETICAL.patterns, ...RTI_VAGUE.patterns, ...PERIOD_PATTERNS,
      ...CLAIM_RULES.flatMap((c) => c.patterns), ...FOLLOW_UP_FACETS.flatMap((f) => f.patterns),
      ...AUTHORITIES.flatMap((a) => a.keywords),
    ];
    const t0 = performance.now();
    for (const re of patterns) re.test(hostile);
    expect(performance.now() - t0).toBeLessThan(2000); // a guard against catastrophic backtracking (which takes seconds to hours), not a speed target
  });
});

describe('secondScheduleNamedIn: the exempt body a case names, to leave its information out of a point', () => {
  it('names CERT-In by its short form where the text uses it, else "the" and the full name; none when none is named', () => {
    expect(secondScheduleNamedIn('The Indian Computer Emergency Response Team (CERT-In) has provided inputs.')).toMatchObject({ entry: { id: 'cert-in' }, written: 'CERT-In' });
    expect(secondScheduleNamedIn('The Indian Computer Emergency Response Team has provided inputs.')?.written).toBe('the Indian Computer Emergency Response Team');
    expect(secondScheduleNamedIn('The raw data and the draft were shared with the police.')).toBeNull();
  });
});
