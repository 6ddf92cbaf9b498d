import { assertNever } from '../lib/assert-never.ts';
import type { Filing, FilingKind, FilingStatus } from './filing.ts';

export function filingKindLabel(kind: FilingKind): string {
  switch (kind) {
    case 'rti-application': return 'RTI application';
    case 'rti-first-appeal': return 'First appeal';
    case 'rti-second-appeal': return 'Second appeal';
    case 'rti-complaint': return 'Complaint (s.18)';
    case 'question-notice': return 'Question notice';
    case 'assurance': return 'Assurance';
    default: return assertNever(kind, 'Unknown filing kind');
  }
}

/** The kind as a noun inside a sentence: "This RTI application is closed". */
export function filingKindNoun(kind: FilingKind): string {
  switch (kind) {
    case 'rti-application': return 'RTI application';
    case 'rti-first-appeal': return 'first appeal';
    case 'rti-second-appeal': return 'second appeal';
    case 'rti-complaint': return 's.18 complaint';
    case 'question-notice': return 'question notice';
    case 'assurance': return 'assurance';
    default: return assertNever(kind, 'Unknown filing kind');
  }
}

/** The status as the user reads it; question notices and assurances use their own words. */
export function filingStatusLabel(kind: FilingKind, status: FilingStatus): string {
  if (kind === 'question-notice') {
    if (status === 'filed') return 'Notice given';
    if (status === 'replied') return 'Answered';
    if (status === 'refused') return 'Disallowed';
  }
  if (kind === 'assurance') {
    if (status === 'filed') return 'Pending fulfilment';
    if (status === 'replied') return 'Fulfilled';
    if (status === 'partly-replied') return 'Partly fulfilled';
    if (status === 'closed') return 'Dropped or closed';
  }
  switch (status) {
    case 'draft': return 'Draft';
    case 'filed': return 'Filed';
    case 'transferred': return 'Transferred (s.6(3))';
    case 'fee-demanded': return 'Further fee demanded (clock paused)';
    case 'fee-paid': return 'Fee paid';
    case 'replied': return 'Replied';
    case 'partly-replied': return 'Partly replied';
    case 'refused': return 'Refused';
    case 'deemed-refused': return 'Deemed refused (s.7(2))';
    case 'first-appeal': return 'First appeal pending';
    case 'first-appellate-order': return 'First appellate order';
    case 'second-appeal': return 'Second appeal pending';
    case 'decided': return 'Decided by the Commission';
    case 'closed': return 'Closed';
    default: return assertNever(status, 'Unknown filing status');
  }
}

/** The status as a verb phrase completing "A filing … cannot be ___". */
export function statusVerbPhrase(status: FilingStatus): string {
  switch (status) {
    case 'draft': return 'put back to draft';
    case 'filed': return 'recorded as filed';
    case 'transferred': return 'transferred';
    case 'fee-demanded': return 'met with a further fee demand';
    case 'fee-paid': return 'marked as fee paid';
    case 'replied': return 'replied to';
    case 'partly-replied': return 'partly replied to';
    case 'refused': return 'refused';
    case 'deemed-refused': return 'deemed refused';
    case 'first-appeal': return 'taken to first appeal';
    case 'first-appellate-order': return 'given a first appellate order';
    case 'second-appeal': return 'taken to second appeal';
    case 'decided': return 'decided';
    case 'closed': return 'closed';
    default: return assertNever(status, 'Unknown filing status');
  }
}

/** A one-line name for lists and calendar entries: "RTI application to MoHFW (DOHFW/R/E/23/01234)". */
export function describeFiling(filing: Filing): string {
  if (filing.title.trim()) return filing.title.trim();
  const label = filingKindLabel(filing.kind);
  switch (filing.kind) {
    case 'rti-application':
      return withRef(filing.publicAuthority ? `${label} to ${filing.publicAuthority}` : label, filing.registrationNumber);
    case 'rti-first-appeal':
      return withRef(filing.appellateAuthority ? `${label} to ${filing.appellateAuthority}` : label, filing.registrationNumber);
    case 'rti-second-appeal':
    case 'rti-complaint':
      return withRef(filing.commission ? `${label} to ${filing.commission}` : label, filing.diaryNumber);
    case 'question-notice': {
      const where = [filing.house, filing.questionNumber ? `Q. ${filing.questionNumber}` : ''].filter(Boolean).join(' ');
      return where ? `${label}, ${where}` : label;
    }
    case 'assurance':
      return filing.questionRef ? `${label} in ${filing.questionRef}` : label;
    default:
      return assertNever(filing, 'Unknown filing kind');
  }
}

function withRef(text: string, ref: string): string {
  return ref.trim() ? `${text} (${ref.trim()})` : text;
}

/**
 * The tracker's status words in Hindi: its Hindi screen (`renderer/src/locales/hi/tracker.ts`) and a
 * Hindi list of dates (`templates/documents/list-of-dates.ts`) both write a filing's status so.
 */
export const FILING_STATUS_HI = {
  draft: 'अभी दाखिल नहीं',
  filed: 'दाखिल किया गया',
  transferred: 'अंतरित (धारा 6(3))',
  'fee-demanded': 'अतिरिक्त शुल्क माँगा गया (समय रुका हुआ)',
  'fee-paid': 'शुल्क चुकाया गया',
  replied: 'उत्तर मिला',
  'partly-replied': 'आंशिक उत्तर मिला',
  refused: 'इनकार किया गया',
  'deemed-refused': 'मानित अस्वीकृति (धारा 7(2))',
  'first-appeal': 'प्रथम अपील लंबित',
  'first-appellate-order': 'प्रथम अपीलीय आदेश',
  'second-appeal': 'द्वितीय अपील लंबित',
  decided: 'आयोग द्वारा निर्णीत',
  closed: 'बंद',
} as const satisfies { readonly [S in FilingStatus]: string };

/** A filing's kind as a Hindi list of dates and the tracker's Hindi screen name it ("… को आरटीआई आवेदन"). */
export const FILING_KIND_HI = {
  'rti-application': 'आरटीआई आवेदन',
  'rti-first-appeal': 'प्रथम अपील',
  'rti-second-appeal': 'द्वितीय अपील',
  'rti-complaint': 'शिकायत (धारा 18)',
  'question-notice': 'प्रश्न की सूचना',
  assurance: 'आश्वासन',
} as const satisfies { readonly [K in FilingKind]: string };
