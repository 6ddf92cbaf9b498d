import type { Message } from '../../shared/messages/message.ts';
import type { CitedFact, RuleFact, Severity } from './fact.ts';

/**
 * RTI jurisdictions the docs cover: the central government and the states in
 * `rti-law-and-anchors.md` A.5 (plus the states whose portals rti-sahayak lists there).
 * Only what the docs confirm is filled in; everything else is null.
 */
export const STATE_CODES = ['MH', 'KA', 'TN', 'KL', 'UP', 'DL', 'BR', 'MP', 'AS', 'CG', 'OD', 'RJ', 'WB'] as const;
export type StateCode = (typeof STATE_CODES)[number];
export type JurisdictionCode = 'central' | StateCode;

export type RtiWordLimit = CitedFact & {
  readonly words: number;
  /** Only a warning where the rule says "ordinarily" or a proviso bars rejection on this ground. */
  readonly severity: Severity;
  /** What the rule says, shown after the count (`lint.rti.note.*`). */
  readonly note: Message;
};

export type RtiJurisdiction = {
  readonly code: JurisdictionCode;
  readonly name: string;
  readonly wordLimit: RtiWordLimit | null;
  /** A rule that an application is confined to one subject matter. */
  readonly oneSubject: (CitedFact & { readonly severity: Severity; readonly note: Message }) | null;
  /** The online filing portal, where the docs name one. */
  readonly portal: (RuleFact & { readonly url: string }) | null;
};

const A5 = 'rti-law-and-anchors.md A.5';
const SAHAYAK_STATES = 'https://github.com/amara-source/rti-sahayak (rules/rti/states.json, per rti-law-and-anchors.md A.5)';

export const RTI_JURISDICTIONS: ReadonlyArray<RtiJurisdiction> = [
  {
    code: 'central',
    name: 'Central Government',
    wordLimit: {
      id: 'rti-central-500-words',
      cite: { key: 'cite.centralRules', params: { notification: 'G.S.R. 603(E)', rule: '3' } },
      source: 'http://www.irsdc.in/acts-rules ; rti-law-and-anchors.md A.2',
      confirmed: true,
      words: 500,
      severity: 'warning',
      note: { key: 'lint.rti.note.centralWords', params: {} },
    },
    oneSubject: null,
    portal: {
      id: 'rti-central-portal',
      implements: 'RTI Online (DoPT)',
      source: 'rti-law-and-anchors.md A.3',
      confirmed: true,
      url: 'https://rtionline.gov.in',
    },
  },
  {
    code: 'MH',
    name: 'Maharashtra',
    wordLimit: {
      id: 'rti-mh-150-words',
      cite: { key: 'cite.stateAmendmentRules', params: { state: { key: 'jurisdiction.MH', params: {} }, year: '2012' } },
      source: `http://rtiact2005.com/rti-maharashtra-application-appeal-complaint-procedure-fees-rules/ ; ${A5}`,
      confirmed: true,
      words: 150,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateWords', params: { state: { key: 'jurisdiction.MH', params: {} }, words: 150 } },
    },
    oneSubject: {
      id: 'rti-mh-one-subject',
      cite: { key: 'cite.stateAmendmentRules', params: { state: { key: 'jurisdiction.MH', params: {} }, year: '2012' } },
      source: `http://rtiact2005.com/rti-maharashtra-application-appeal-complaint-procedure-fees-rules/ ; ${A5}`,
      confirmed: true,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateOneSubject', params: { state: { key: 'jurisdiction.MH', params: {} } } },
    },
    portal: { id: 'rti-mh-portal', implements: 'Maharashtra RTI portal', source: SAHAYAK_STATES, confirmed: false, url: 'https://rtionline.maharashtra.gov.in' },
  },
  {
    code: 'KA',
    name: 'Karnataka',
    wordLimit: {
      id: 'rti-ka-150-words',
      cite: { key: 'cite.stateRules', params: { state: { key: 'jurisdiction.KA', params: {} }, year: '2008', rule: '14' } },
      source: `http://www.rtiindia.org/forum/12677-post4.html ; ${A5}`,
      confirmed: true,
      words: 150,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateWordsOrdinarily', params: { rule: '14', words: 150 } },
    },
    oneSubject: {
      id: 'rti-ka-one-subject',
      cite: { key: 'cite.stateRules', params: { state: { key: 'jurisdiction.KA', params: {} }, year: '2008', rule: '14' } },
      source: `http://www.rtiindia.org/forum/12677-post4.html ; ${A5}`,
      confirmed: true,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateOneSubjectRule', params: { rule: '14' } },
    },
    portal: { id: 'rti-ka-portal', implements: 'Karnataka RTI portal', source: SAHAYAK_STATES, confirmed: false, url: 'https://rtionline.karnataka.gov.in' },
  },
  { code: 'TN', name: 'Tamil Nadu', wordLimit: null, oneSubject: null, portal: null },
  {
    code: 'KL',
    name: 'Kerala',
    wordLimit: null,
    oneSubject: null,
    portal: { id: 'rti-kl-portal', implements: 'Kerala RTI portal guidelines', source: 'https://rtionline.kerala.gov.in/guidelines ; rti-law-and-anchors.md A.3, A.5', confirmed: true, url: 'https://rtionline.kerala.gov.in' },
  },
  {
    code: 'UP',
    name: 'Uttar Pradesh',
    wordLimit: {
      id: 'rti-up-500-words',
      cite: { key: 'cite.stateRulesReported', params: { state: { key: 'jurisdiction.UP', params: {} }, year: '2015', rule: '4(2)(c)' } },
      source: `${A5} (500 words per righttoinformation.wiki only: UNCONFIRMED)`,
      confirmed: false,
      words: 500,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateWordsUnreliable', params: { state: { key: 'jurisdiction.UP', params: {} }, words: 500, year: '2015' } },
    },
    oneSubject: null,
    portal: null,
  },
  {
    code: 'DL',
    name: 'Delhi (GNCTD)',
    wordLimit: null,
    oneSubject: null,
    portal: { id: 'rti-dl-portal', implements: 'Delhi RTI portal', source: SAHAYAK_STATES, confirmed: false, url: 'https://rtionline.delhi.gov.in' },
  },
  {
    code: 'BR',
    name: 'Bihar',
    wordLimit: {
      id: 'rti-br-150-words',
      cite: { key: 'cite.stateRulesUnnumbered', params: { state: { key: 'jurisdiction.BR', params: {} } } },
      source: `http://archive.indianexpress.com/news/how-to-file-an-rti-application/990807/ ; ${A5} (only a 2012 news explainer; rule text not read)`,
      confirmed: false,
      words: 150,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateWordsReported', params: { state: { key: 'jurisdiction.BR', params: {} }, words: 150 } },
    },
    oneSubject: {
      id: 'rti-br-one-subject',
      cite: { key: 'cite.stateRulesUnnumbered', params: { state: { key: 'jurisdiction.BR', params: {} } } },
      source: `http://archive.indianexpress.com/news/how-to-file-an-rti-application/990807/ ; rti-law-and-anchors.md A.2, A.5`,
      confirmed: false,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateOneSubjectReported', params: { state: { key: 'jurisdiction.BR', params: {} }, year: '2012' } },
    },
    portal: null,
  },
  {
    code: 'MP',
    name: 'Madhya Pradesh',
    wordLimit: {
      id: 'rti-mp-150-words',
      cite: { key: 'cite.stateRulesUnnumbered', params: { state: { key: 'jurisdiction.MP', params: {} } } },
      source: `http://archive.indianexpress.com/news/how-to-file-an-rti-application/990807/ ; ${A5} (only a 2012 news explainer; rule text not read)`,
      confirmed: false,
      words: 150,
      severity: 'warning',
      note: { key: 'lint.rti.note.stateWordsReported', params: { state: { key: 'jurisdiction.MP', params: {} }, words: 150 } },
    },
    oneSubject: null,
    portal: null,
  },
  { code: 'AS', name: 'Assam', wordLimit: null, oneSubject: null, portal: null },
  { code: 'CG', name: 'Chhattisgarh', wordLimit: null, oneSubject: null, portal: null },
  { code: 'OD', name: 'Odisha', wordLimit: null, oneSubject: null, portal: { id: 'rti-od-portal', implements: 'Odisha RTI portal', source: SAHAYAK_STATES, confirmed: false, url: 'https://rtiodisha.gov.in' } },
  { code: 'RJ', name: 'Rajasthan', wordLimit: null, oneSubject: null, portal: { id: 'rti-rj-portal', implements: 'Rajasthan RTI portal', source: SAHAYAK_STATES, confirmed: false, url: 'https://rti.rajasthan.gov.in' } },
  { code: 'WB', name: 'West Bengal', wordLimit: null, oneSubject: null, portal: null },
];

export function findJurisdiction(code: string): RtiJurisdiction | null {
  const wanted = code.trim().toLowerCase();
  return RTI_JURISDICTIONS.find((j) => j.code.toLowerCase() === wanted) ?? null;
}
