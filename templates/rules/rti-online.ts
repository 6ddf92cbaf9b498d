import type { CitedFact, Severity } from './fact.ts';

/**
 * RTI Online (rtionline.gov.in) limits on the request text box, `rti-law-and-anchors.md` A.3.
 */
export const RTI_ONLINE_MAX_CHARS = {
  id: 'rti-online-3000-chars',
  cite: { key: 'cite.rtiOnlineLimit', params: { items: '6-8' } },
  source: 'https://github.com/absh31/rti_tracker (instructionsRTI.php, items 6-8) ; https://www.hindustantimes.com/cities/others/five-steps-to-file-an-rti-101611055352291.html ; rti-law-and-anchors.md A.3',
  confirmed: true,
  limit: 3000,
  severity: 'error',
} as const satisfies CitedFact & { limit: number; severity: Severity };

/**
 * The characters the request box accepts: A-Z a-z 0-9 and , . - _ ( ) / @ : & ? \ % (A.3, absh31
 * item 7; the Kerala portal has the same rule). The space is taken as allowed: the box holds prose.
 */
export const RTI_ONLINE_CHARSET = {
  id: 'rti-online-charset',
  cite: { key: 'cite.rtiOnlineCharset', params: { item: '7' } },
  source: 'https://github.com/absh31/rti_tracker (instructionsRTI.php, item 7) ; https://rtionline.kerala.gov.in/guidelines ; rti-law-and-anchors.md A.3',
  confirmed: true,
  allowed: /[A-Za-z0-9,.\-_()/@:&?\\% ]/,
  allowedText: 'A-Z a-z 0-9 , . - _ ( ) / @ : & ? \\ % and space',
  severity: 'error',
} as const satisfies CitedFact & { allowed: RegExp; allowedText: string; severity: Severity };

/** Whether newlines are accepted is UNCONFIRMED (A.3), so only a note, never an error. */
export const RTI_ONLINE_NEWLINES = {
  id: 'rti-online-newlines',
  cite: { key: 'cite.rtiOnlineNewlines', params: { item: '7' } },
  source: 'rti-law-and-anchors.md A.3 ("Newlines UNCONFIRMED")',
  confirmed: false,
  severity: 'info',
} as const satisfies CitedFact & { severity: Severity };

/** RTI Online serves central public authorities only; state matters are returned without refund. */
export const RTI_ONLINE_CENTRAL_ONLY = {
  id: 'rti-online-central-only',
  cite: { key: 'cite.rtiOnlineCoverage', params: {} },
  source: 'https://www.gktoday.in/current-affairs/e-rti-facility-extended-president-secretariat-mea/ ; https://www.sentinelassam.com/topheadlines/how-to-file-an-rti-application-2 ; rti-law-and-anchors.md A.3',
  confirmed: true,
  severity: 'error',
} as const satisfies CitedFact & { severity: Severity };
