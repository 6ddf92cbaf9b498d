import type { TFunction } from 'i18next';
import type { Filing } from '../../../shared/domain/filing.ts';
import { assertNever } from '../../../shared/lib/assert-never.ts';
import { en } from '../locales/en/index.ts';

/**
 * Short labels that the templates produce in English, shown in the interface language. The
 * templates stay English (they also feed documents), so the renderer finds each label's key by its
 * English text; an unknown label shows as given, in English, rather than disappearing. Unit tests
 * check every label the templates can produce has a key. (The engine's own sentences are messages
 * with keys, `format/message.ts`.)
 */

const inverse = (table: Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  new Map(Object.entries(table).map(([key, text]) => [text, key]));

const TEMPLATE_LABEL_KEYS = inverse(en.templateLabels);

/** The key of a template's field, choice or points label (`templates/documents/*`), or null. */
export function templateLabelKey(english: string): string | null {
  return TEMPLATE_LABEL_KEYS.get(english) ?? null;
}

/** A template's field, choice or points label in the interface language. */
export function templateLabel(t: TFunction, english: string): string {
  const key = templateLabelKey(english);
  return key === null ? english : t(`templateLabels.${key}`);
}

/** A House's name ('Lok Sabha' / 'Rajya Sabha') in the interface language; other text as given. */
export function houseName(t: TFunction, house: string): string {
  return house === 'Lok Sabha' || house === 'Rajya Sabha' ? t(`common.house.${house}`) : house;
}

/**
 * A filing's one-line name, as `describeFiling` (shared/filings/labels.ts) builds it, in the
 * interface language: "RTI application to MoHFW (DOHFW/R/E/23/01234)". A title the user gave wins.
 */
export function filingName(t: TFunction, filing: Filing): string {
  if (filing.title.trim()) return filing.title.trim();
  const kind = t(`tracker.name.kind.${filing.kind}`);
  const withRef = (name: string, ref: string): string => (ref.trim() ? t('tracker.name.withRef', { name, ref: ref.trim() }) : name);
  const to = (whom: string): string => (whom ? t('tracker.name.to', { kind, to: whom }) : kind);
  switch (filing.kind) {
    case 'rti-application': return withRef(to(filing.publicAuthority), filing.registrationNumber);
    case 'rti-first-appeal': return withRef(to(filing.appellateAuthority), filing.registrationNumber);
    case 'rti-second-appeal':
    case 'rti-complaint':
      return withRef(to(filing.commission), filing.diaryNumber);
    case 'question-notice': {
      const where = [filing.house ? houseName(t, filing.house) : '', filing.questionNumber ? t('tracker.name.questionNumber', { number: filing.questionNumber }) : '']
        .filter(Boolean)
        .join(' ');
      return where ? t('tracker.name.where', { kind, where }) : kind;
    }
    case 'assurance':
      return filing.questionRef ? t('tracker.name.inRef', { kind, ref: filing.questionRef }) : kind;
    default:
      return assertNever(filing, 'Unknown filing kind');
  }
}
