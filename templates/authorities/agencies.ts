/**
 * Investigating agencies a reply names by their English acronym ("CBI has registered a case"),
 * with the official Hindi name a Hindi notice uses in their place (review 17, DMS 09: "“CBI” द्वारा
 * दर्ज" left the agency in English). Only agencies whose Hindi name a Government of India page
 * gives are listed; any other stays quoted as the reply wrote it.
 */
export type Agency = {
  readonly acronym: string;
  readonly hindiName: string;
  readonly source: string;
};

export const AGENCIES: ReadonlyArray<Agency> = [
  {
    acronym: 'CBI',
    hindiName: 'केंद्रीय अन्वेषण ब्यूरो (सीबीआई)',
    source: 'https://presentations.gov.in/hi/logos/ (Government of India, Hindi page on the CBI logo: "केंद्रीय अन्वेषण ब्यूरो (सीबीआई)")',
  },
];

export function agencyHindiName(acronym: string): string | null {
  return AGENCIES.find((a) => a.acronym === acronym)?.hindiName ?? null;
}
