import type { Case } from '../domain/case.ts';
import { fieldValue, type Draft, type DraftKind } from '../domain/draft.ts';
import { FilingSchema, type Filing, type FilingMode } from '../domain/filing.ts';
import { parseTypedDate } from '../lib/dates/index.ts';
import { CENTRAL_APPLICATION_FEE } from '../../templates/documents/rti-law.ts';

/**
 * "Record a filing" from a draft: the authority, how it is sent and the fee the draft already
 * says, so nothing is typed twice. The date it was sent, and its registration or postal number,
 * are the user's to add: they are not known until it is sent. Null for the kinds that are not
 * filed with anyone (a list of dates, a points table).
 */
/** Whether a draft of this kind is filed with someone (a list of dates or a points table is not). */
export function isFiledKind(kind: DraftKind): boolean {
  return kind !== 'list-of-dates' && kind !== 'points-table';
}

export function filingFromDraft(c: Case, draft: Draft, opts: { readonly id: string; readonly now: string }): Filing | null {
  const value = (key: Parameters<typeof fieldValue>[1]): string => (fieldValue(draft, key) ?? '').trim();
  const state = value('state');
  const government = state === '' ? 'central' : 'state';
  const mode: FilingMode = value('filingMode') === 'rti-online' ? 'rti-online' : 'post';
  // The application the draft follows, when a one-click draft recorded it, or the case's only one.
  const applications = c.filings.filter((f) => f.kind === 'rti-application');
  const from = c.filings.find((f) => f.id === draft.fromFilingId);
  const applicationId = from?.kind === 'rti-application' ? from.id : from && 'applicationId' in from ? from.applicationId : applications.length === 1 ? applications[0]?.id ?? null : null;
  const base = { id: opts.id, createdAt: opts.now, title: draft.title, notes: '', draftId: draft.id };
  switch (draft.kind) {
    case 'rti-application': {
      const fee = value('feeMode') === 'bpl' ? 0 : Number(value('feeAmount') || (government === 'central' ? CENTRAL_APPLICATION_FEE.amount : ''));
      return FilingSchema.parse({
        ...base, kind: 'rti-application', publicAuthority: value('publicAuthority'), government, state, mode,
        feePaidRupees: Number.isFinite(fee) && value('feeMode') !== '' ? fee : null,
        lifeOrLiberty: value('lifeOrLiberty') === 'yes',
      });
    }
    case 'rti-first-appeal':
      return FilingSchema.parse({ ...base, kind: 'rti-first-appeal', applicationId, publicAuthority: value('publicAuthority'), government, mode });
    case 'rti-second-appeal':
    case 'rti-complaint':
      return FilingSchema.parse({
        ...base, kind: draft.kind, applicationId, government, mode,
        commission: government === 'central' ? 'Central Information Commission' : `${state} State Information Commission`,
      });
    case 'pq-notice':
    case 'half-an-hour-notice': {
      const house = value('house');
      const kind = value('questionKind');
      return FilingSchema.parse({
        ...base, kind: 'question-notice',
        house: house === 'Lok Sabha' || house === 'Rajya Sabha' ? house : null,
        questionKind: draft.kind === 'pq-notice' && (kind === 'starred' || kind === 'unstarred' || kind === 'short-notice') ? kind : null,
        ministry: value('ministry'),
        noticeDate: parseTypedDate(value('date')),
      });
    }
    case 'list-of-dates':
    case 'points-table':
      return null;
    default: {
      const never: never = draft;
      throw new Error(`Bug: unknown draft kind ${JSON.stringify(never)}`);
    }
  }
}
