import type { DraftKind } from '../domain/draft.ts';
import type { AnyDraftFieldKey, DraftFields } from '../domain/draft-fields.ts';

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
  feeMode: 'ipo',
  feeInstrument: '00X 000000 (specimen)',
  applicationDate: '2026-01-05',
  replyDate: '',
  ground: 'no-reply',
  firstAppealDate: '2026-02-16',
  faaOrderDate: '',
  desiredDate: '[a sitting day of the next session]',
  divisionNumber: '000',
  annexure: 'P-1',
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
  feeInstrument: '00X 000000 (नमूना)',
  desiredDate: '[अगले सत्र का कोई बैठक दिवस]',
  questionNumber: '[राज्य सभा की वेबसाइट से ली जाने वाली संख्या]',
};

/**
 * What the example's user wrote themselves. Unlike specimen values these are not gaps to fill: they
 * are the user's words, and a draft keeps them over anything generated.
 */
export const EXAMPLE_USER_INPUTS: { readonly [K in DraftKind]?: DraftFields<K> } = {
  // The chain as filed: each document carries its own filing date, and the later ones the earlier
  // ones' dates and registration number, so every date in the pack agrees.
  'rti-application': { date: '2026-01-05' },
  'rti-first-appeal': { date: '2026-02-16', applicationRef: 'MOHFW/R/E/26/00000 (specimen)' },
  'rti-second-appeal': { applicationRef: 'MOHFW/R/E/26/00000 (specimen)', firstAppealRef: 'MOHFW/A/E/26/00000 (specimen)' },
  'rti-complaint': { applicationRef: 'MOHFW/R/E/26/00000 (specimen)' },
  'half-an-hour-notice': {
    explanatoryNote: 'The reply of 21 July 2023 did not say who was responsible for the breach, what the investigation had found, or how the leaked data would be contained; these are matters of urgent public importance for the crores of citizens whose vaccination data was exposed.',
  },
};

/** The example user's own entries in a Hindi document: the same, with the specimen mark in Hindi. */
export const EXAMPLE_USER_INPUTS_HI: { readonly [K in DraftKind]?: DraftFields<K> } = {
  ...EXAMPLE_USER_INPUTS,
  'rti-first-appeal': { date: '2026-02-16', applicationRef: 'MOHFW/R/E/26/00000 (नमूना)' },
  'rti-second-appeal': { applicationRef: 'MOHFW/R/E/26/00000 (नमूना)', firstAppealRef: 'MOHFW/A/E/26/00000 (नमूना)' },
  'rti-complaint': { applicationRef: 'MOHFW/R/E/26/00000 (नमूना)' },
};
