import type { DraftKind } from '../domain/draft.ts';
import type { AnyDraftFieldKey, DraftFields } from '../domain/draft-fields.ts';
import { exampleRegistration, type ExampleChainDates } from './cowin-events.ts';

/**
 * Specimen values for the example documents' fields that a case cannot supply (addresses,
 * instrument numbers, the dates of a filing that has not happened). Each says it is a specimen,
 * so nobody files it as it is; a user's drafts take their own values.
 */
export const EXAMPLE_FIELD_VALUES: { readonly [P in AnyDraftFieldKey]?: string } & { readonly [key: string]: string | undefined } = {
  pioAddress: '[address from the Ministry\'s RTI page]\nNew Delhi',
  faaAddress: '[address from the Ministry\'s RTI page]\nNew Delhi',
  commissionAddress: '[address from the Commission\'s website]\nNew Delhi',
  place: 'New Delhi',
  feeInstrument: '000000000000 (specimen)',
  replyDate: '',
  ground: 'no-reply',
  faaOrderDate: '',
  desiredDate: '[a sitting day of the next session]',
  divisionNumber: '000',
  questionNumber: '[number to be taken from the Rajya Sabha website]',
};

/**
 * The same specimens for a Hindi document: Hindi means Hindi, so "New Delhi" is "नई दिल्ली" and a
 * specimen is marked "(नमूना)". Instrument and registration numbers keep their Latin letters, as
 * the postal order and RTI Online print them.
 */
export const EXAMPLE_FIELD_VALUES_HI: { readonly [P in AnyDraftFieldKey]?: string } & { readonly [key: string]: string | undefined } = {
  ...EXAMPLE_FIELD_VALUES,
  pioAddress: '[मंत्रालय के आरटीआई पृष्ठ से पता]\nनई दिल्ली',
  faaAddress: '[मंत्रालय के आरटीआई पृष्ठ से पता]\nनई दिल्ली',
  commissionAddress: '[आयोग की वेबसाइट से पता]\nनई दिल्ली',
  place: 'नई दिल्ली',
  feeInstrument: '000000000000 (नमूना)',
  desiredDate: '[अगले सत्र का कोई बैठक दिवस]',
  questionNumber: '[राज्य सभा की वेबसाइट से ली जाने वाली संख्या]',
};

/**
 * What the example's user wrote themselves, and the dates of the chain they filed. Unlike specimen
 * values these are not gaps to fill: a draft keeps them over anything generated. Each document
 * carries its own filing date, and the later ones the earlier ones' dates and registration number,
 * so every date in the pack agrees (`cowin-events.ts`).
 */
export function exampleUserInputs(dates: ExampleChainDates, lang: 'en' | 'hi'): { readonly [K in DraftKind]?: DraftFields<K> } {
  const reg = exampleRegistration(dates, lang);
  const chain = { applicationDate: dates.application, firstAppealDate: dates.firstAppeal };
  return {
    // Filed on RTI Online (`cowin-events.ts`), so the fee was paid there (RTI Rules 2012 r.6(c)).
    'rti-application': { date: dates.application, feeMode: 'online' },
    'rti-first-appeal': { ...chain, date: dates.firstAppeal, applicationRef: reg.application },
    'rti-second-appeal': { ...chain, applicationRef: reg.application, firstAppealRef: reg.firstAppeal },
  };
}
