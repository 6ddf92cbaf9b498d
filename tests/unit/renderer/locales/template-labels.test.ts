import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILING_KINDS, FilingSchema, type Filing } from '../../../../shared/domain/filing.ts';
import { EMPTY_PROFILE } from '../../../../shared/domain/profile.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { describeFiling } from '../../../../shared/domain/filing-labels.ts';
import { nextActions } from '../../../../shared/filings/next-actions.ts';
import { statusesFor } from '../../../../shared/filings/transitions.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { PQ_FIELDS } from '../../../../templates/documents/parliament-notice.ts';
import { RTI_APPLICATION_FIELDS } from '../../../../templates/documents/rti-application.ts';
import { RTI_FIELDS } from '../../../../templates/documents/rti-common.ts';
import { en } from '../../../../renderer/src/locales/en/index.ts';
import { hi } from '../../../../renderer/src/locales/hi/index.ts';
import { filingName, houseName, templateLabel, templateLabelKey } from '../../../../renderer/src/format/labels.ts';
import { messageText } from '../../../../renderer/src/format/message.ts';
import { englishText } from '../../../../shared/messages/texts.ts';
import type { Message } from '../../../../shared/messages/message.ts';

const NOW = '2026-03-01T06:00:00.000Z';
let tEn: TFunction;
let tHi: TFunction;

beforeAll(async () => {
  const make = async (lng: 'en' | 'hi') => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { en: { translation: en }, hi: { translation: hi } }, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
    return instance.t;
  };
  tEn = await make('en');
  tHi = await make('hi');
});

/** Every English label a template can show: fields (also those other answers make necessary), choices, points. */
function allTemplateLabels(): ReadonlySet<string> {
  const labels = new Set<string>();
  for (const spec of [...Object.values(PQ_FIELDS), ...Object.values(RTI_APPLICATION_FIELDS), ...Object.values(RTI_FIELDS)]) labels.add(spec.label);
  const base = exampleCase(NOW);
  for (const [kind, template] of Object.entries(TEMPLATES)) {
    for (const f of [...template.requiredFields, ...(template.optionalFields ?? [])]) labels.add(f.label);
    if (template.minPoints) labels.add(template.minPoints.label);
    for (const [key, values] of Object.entries(template.choices ?? {})) {
      for (const value of values) {
        labels.add((template.choiceLabels as { readonly [key: string]: { readonly [value: string]: string } | undefined } | undefined)?.[key]?.[value] ?? value);
        // The fields a choice makes necessary (the BPL certificate for a BPL fee, …).
        const draft = newDraft(template.kind, base, { parts: ['a'], language: 'en', profile: EMPTY_PROFILE, now: NOW, id: `d-${kind}` });
        for (const f of template.conditionalFields?.({ ...draft, fields: { ...draft.fields, [key]: value } }) ?? []) labels.add(f.label);
      }
    }
  }
  return labels;
}

describe('template labels in the interface language', () => {
  it('has a key for every label a template can show, and its English is the template’s own', () => {
    const labels = allTemplateLabels();
    expect(labels.size).toBeGreaterThan(60);
    const missing = [...labels].filter((l) => templateLabelKey(l) === null);
    expect(missing).toEqual([]);
    for (const l of labels) expect(templateLabel(tEn, l)).toBe(l);
  });

  it('shows them in Hindi in Hindi mode, and an unknown label as it was given', () => {
    expect(templateLabel(tHi, "Applicant's name")).toBe('आवेदक का नाम');
    expect(templateLabel(tHi, "CPIO's postal address")).toBe('केन्द्रीय लोक सूचना अधिकारी का डाक पता');
    expect(templateLabel(tHi, 'Below Poverty Line: no fee')).toBe('गरीबी रेखा से नीचे: कोई शुल्क नहीं');
    expect(templateLabel(tHi, 'A label no template has')).toBe('A label no template has');
  });
});

/** A filing of the kind whose last recorded status is `status`, filed long enough ago for deadlines to have run. */
function filingAt(kind: Filing['kind'], status: Filing['history'][number]['status'], filedOn: string): Filing {
  const history = status === 'draft' ? [] : status === 'filed' ? [{ status: 'filed', date: filedOn }] : [{ status: 'filed', date: filedOn }, { status, date: filedOn }];
  return FilingSchema.parse({ id: `f-${kind}-${status}`, kind, createdAt: NOW, dateOfAnswer: kind === 'assurance' || kind === 'question-notice' ? filedOn : undefined, history });
}

describe('next-action labels in the interface language', () => {
  it('reads every action offered, for every kind, status and stage of the clock, in both languages', () => {
    const seen = new Map<string, Message>();
    for (const kind of FILING_KINDS) {
      for (const status of ['draft', ...statusesFor(kind)] as const) {
        for (const today of ['2026-03-02', '2026-05-01', '2027-01-01']) {
          for (const a of nextActions(filingAt(kind, status, '2026-03-01'), today)) seen.set(JSON.stringify(a.label), a.label);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(25);
    for (const l of seen.values()) {
      // The interface's English is the CLI's English: one catalogue.
      expect(messageText(tEn, l)).toBe(englishText(l));
      expect(messageText(tHi, l)).toMatch(/[\u0900-\u097F]/);
      expect(messageText(tHi, l)).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('filing names', () => {
  const samples: ReadonlyArray<Record<string, unknown>> = [
    { kind: 'rti-application' },
    { kind: 'rti-application', publicAuthority: 'MeitY', registrationNumber: 'MOEAI/R/E/23/00012' },
    { kind: 'rti-first-appeal', appellateAuthority: 'Joint Secretary' },
    { kind: 'rti-second-appeal', commission: 'Central Information Commission', diaryNumber: '12345' },
    { kind: 'rti-complaint' },
    { kind: 'question-notice', house: 'Lok Sabha', questionNumber: '1862' },
    { kind: 'question-notice' },
    { kind: 'assurance', questionRef: 'USQ No. 1862 dated 10.12.2015' },
    { kind: 'assurance', title: 'My own name' },
  ];
  it('read in English exactly as describeFiling writes them', () => {
    for (const s of samples) {
      const filing = FilingSchema.parse({ id: 'x', createdAt: NOW, ...s });
      expect(filingName(tEn, filing)).toBe(describeFiling(filing));
    }
  });
  it('read in Hindi with the Hindi kind and House', () => {
    const notice = FilingSchema.parse({ id: 'x', createdAt: NOW, kind: 'question-notice', house: 'Lok Sabha', questionNumber: '1862' });
    expect(filingName(tHi, notice)).toBe('प्रश्न की सूचना, लोक सभा प्रश्न सं. 1862');
    const rti = FilingSchema.parse({ id: 'x', createdAt: NOW, kind: 'rti-application', publicAuthority: 'MeitY' });
    expect(filingName(tHi, rti)).toBe('MeitY को आरटीआई आवेदन');
    expect(houseName(tHi, 'Rajya Sabha')).toBe('राज्य सभा');
  });
});
