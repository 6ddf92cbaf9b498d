import type { DraftKind } from './draft.ts';

/**
 * The field keys each kind of draft may carry: a closed list per kind.
 *
 * The templates in `templates/documents/` declare their fields against these keys
 * (`FieldSpec<'rti-application'>`), `newDraft` fills them, and the case schema (`draft.ts`) accepts
 * no other, so a key a template, a workflow or the renderer writes without declaring it here is a
 * compile error rather than a string nobody reads. A stored draft with a key not listed here (an
 * older case) keeps it in `legacyFields` (`case-migrations.ts`, schema 3 -> 4).
 */

/**
 * What every draft records of the question it follows up (`newDraft`): shown in the documents
 * that cite the question, and searched with the case even where no template prints them.
 */
const QUESTION_KEYS = ['ministry', 'questionNumber', 'questionDate', 'questionKind', 'subject', 'questionRef', 'partsText', 'replyText'] as const;

/** The applicant, from the profile (`profile.ts`), and how the fee is paid. */
const APPLICANT_KEYS = ['applicantName', 'applicantAddress', 'applicantPhone', 'applicantEmail', 'feeMode', 'feeInstrument', 'feeAmount', 'bplCertificate'] as const;

/**
 * An RTI application. `authorityId` is the routing list's id of the authority picked
 * (`authorities/`); `filingMode` is 'rti-online' when the user means to file on RTI Online.
 */
const RTI_APPLICATION_KEYS = [
  ...QUESTION_KEYS,
  ...APPLICANT_KEYS,
  'publicAuthority', 'authorityId', 'pioAddress', 'period', 'state', 'lifeOrLiberty', 'inspectPoints', 'filingMode', 'place', 'date',
] as const;

/** The appeals and the complaint carry the application's answers on, with the history since it was filed. */
const RTI_APPEAL_KEYS = [
  ...RTI_APPLICATION_KEYS,
  'applicationDate', 'applicationRef', 'replyDate', 'replyRef', 'ground', 'groundDetails', 'feeDemanded',
  'faaAddress', 'firstAppealDate', 'firstAppealRef', 'faaOrderDate', 'faaOrderRef', 'commissionAddress', 'delayReason',
  // The loss or detriment for compensation (s.19(8)(b)), and the page counts the index numbers from.
  'detriment', 'pageCounts',
  // How the application appealed against was filed (a FilingMode), apart from `filingMode`, how
  // this paper itself goes: the index encloses the proofs the application's way left.
  'applicationMode',
] as const;

/** A notice a Member gives: who gives it, for which day, in which House. */
const NOTICE_KEYS = [...QUESTION_KEYS, 'house', 'memberName', 'divisionNumber', 'desiredDate', 'preference', 'place', 'date'] as const;

/** A document for a petition or a hearing, titled by the matter. */
const MATTER_KEYS = [...QUESTION_KEYS, 'caseTitle', 'date'] as const;

export const DRAFT_FIELD_KEYS = {
  'rti-application': RTI_APPLICATION_KEYS,
  'rti-first-appeal': RTI_APPEAL_KEYS,
  'rti-second-appeal': RTI_APPEAL_KEYS,
  'rti-complaint': [...RTI_APPEAL_KEYS, 'complaintGround'],
  'pq-notice': NOTICE_KEYS,
  'half-an-hour-notice': [...NOTICE_KEYS, 'explanatoryNote'],
  'list-of-dates': MATTER_KEYS,
  'points-table': [...MATTER_KEYS, 'annexure'],
} as const satisfies { readonly [K in DraftKind]: ReadonlyArray<string> };

/** The fields of one kind of draft: every declared key, each optional. */
export type DraftFieldsOf<K extends DraftKind> = K extends DraftKind
  ? { [P in (typeof DRAFT_FIELD_KEYS)[K][number]]?: string }
  : never;

/**
 * A key the kind `K` declares. For a union of kinds, a key every one of them declares (`keyof`
 * a union of objects is the keys they share), so a spec shared by the appeals is checked for each.
 */
export type DraftFieldKey<K extends DraftKind> = keyof DraftFieldsOf<K> & string;

/** Any key some kind declares. */
export type AnyDraftFieldKey = (typeof DRAFT_FIELD_KEYS)[DraftKind][number];

/** Whether `kind` declares `key` (for keys that come from outside the types: a stored file, a form). */
export function declaresField<K extends DraftKind>(kind: K, key: string): key is DraftFieldKey<K> {
  const keys: ReadonlyArray<string> = DRAFT_FIELD_KEYS[kind];
  return keys.includes(key);
}

/** Fields keyed by what every kind in `K` declares (for a single kind, its own fields), each optional. */
export type DraftFields<K extends DraftKind> = { [P in DraftFieldKey<K>]?: string };

/**
 * The keys that hold a date. The editor gives them a date field (typed as dd.mm.yyyy, dd/mm/yyyy
 * or yyyy-mm-dd, or picked from a calendar) and every date check reads them through
 * `parseTypedDate` (`shared/lib/dates`).
 */
export const DATE_FIELD_KEYS: ReadonlySet<string> = new Set([
  'questionDate', 'date', 'applicationDate', 'replyDate', 'firstAppealDate', 'faaOrderDate', 'desiredDate',
] satisfies ReadonlyArray<AnyDraftFieldKey>);
