import { formatDate } from '../lib/dates/index.ts';
import type { IsoDate } from '../lib/dates/index.ts';
import type { Case } from '../domain/case.ts';
import { withSomeFields, type Draft, type DraftKind } from '../domain/draft.ts';
import type { AnyDraftFieldKey } from '../domain/draft-fields.ts';
import { openPartLabels } from '../domain/effective-verdicts.ts';
import type { AssuranceFiling, Filing, FilingStatus, RtiApplicationFiling } from '../domain/filing.ts';
import { groundFromHistory, publicAuthorityName } from '../drafting/draft-context.ts';
import { newDraft } from './new-draft.ts';
import type { Profile } from '../domain/profile.ts';
import { filedOn, firstEvent } from '../domain/filing-history.ts';
import type { NextActionKind } from '../filings/next-actions.ts';

/**
 * The tracker's one-click drafts: a next action such as "Draft the first appeal" becomes a draft
 * in the filing's case with the facts of THAT filing filled in (its date, registration number,
 * reply and ground), where `newDraft` alone would read the case's latest filing of the kind.
 */

export const DRAFT_ACTIONS = ['draft-first-appeal', 'draft-second-appeal', 'draft-complaint', 'draft-follow-up-question'] as const satisfies ReadonlyArray<NextActionKind>;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

export function isDraftAction(kind: NextActionKind): kind is DraftAction {
  return (DRAFT_ACTIONS as ReadonlyArray<NextActionKind>).includes(kind);
}

export type DraftFromFilingOptions = {
  readonly now: string;
  readonly id: string;
  readonly profile: Profile;
};

/** Facts from the record, by field key; an empty one clears the draft's value. */
type Fields = { [P in AnyDraftFieldKey]?: string };

/** The draft the action made earlier from this filing, if the case still has it: opened, never made twice. */
export function existingDraftFor(c: Case, filing: Filing, action: DraftAction): Draft | null {
  const kind = draftKindFor(filing, action);
  return kind === null ? null : c.drafts.find((d) => d.fromFilingId === filing.id && d.kind === kind) ?? null;
}

/** The draft an action makes, or null when the action does not apply to this kind of filing. */
export function draftFromFiling(c: Case, filing: Filing, action: DraftAction, opts: DraftFromFilingOptions): Draft | null {
  const kind = draftKindFor(filing, action);
  if (kind === null) return null;
  const parts = filing.kind === 'assurance' ? [] : openPartLabels(c);
  const base = newDraft(kind, c, { parts, language: 'en', profile: opts.profile, now: opts.now, id: opts.id });
  const drafted = { ...withFacts(base, filingFacts(c, filing, kind)), fromFilingId: filing.id };
  if (filing.kind === 'assurance') {
    return { ...drafted, title: `Question notice: fulfilment of the assurance${filing.questionRef ? ` in ${filing.questionRef}` : ''}`, points: assurancePoints(filing) };
  }
  return drafted;
}

function draftKindFor(filing: Filing, action: DraftAction): DraftKind | null {
  switch (action) {
    case 'draft-first-appeal':
      return filing.kind === 'rti-application' ? 'rti-first-appeal' : null;
    case 'draft-second-appeal':
      return filing.kind === 'rti-application' || filing.kind === 'rti-first-appeal' ? 'rti-second-appeal' : null;
    case 'draft-complaint':
      return filing.kind === 'rti-application' ? 'rti-complaint' : null;
    case 'draft-follow-up-question':
      return filing.kind === 'assurance' || filing.kind === 'question-notice' ? 'pq-notice' : null;
    default: {
      const never: never = action;
      throw new Error(`Unknown draft action: ${String(never)}`);
    }
  }
}

function dateOf(filing: Filing, status: FilingStatus): IsoDate {
  return firstEvent(filing, status)?.date ?? '';
}

/** The RTI application's own facts: the date it was filed, its number, the reply and the ground (s.19(1) appeal memo). */
function applicationFacts(c: Case, app: RtiApplicationFiling): Fields {
  const { ground, replyDate } = groundFromHistory(app.history);
  return {
    publicAuthority: app.publicAuthority.trim() || publicAuthorityName(c.question?.ministry ?? null),
    applicationDate: filedOn(app) ?? '',
    applicationRef: app.registrationNumber,
    state: app.government === 'state' ? app.state : '',
    ground,
    replyDate,
  };
}

function filingFacts(c: Case, filing: Filing, kind: DraftKind): Fields {
  switch (filing.kind) {
    case 'rti-application': {
      const facts = applicationFacts(c, filing);
      if (kind === 'rti-first-appeal') return facts;
      // The application's own journey records its first appeal and the order (transitions.ts).
      return { ...facts, firstAppealDate: dateOf(filing, 'first-appeal'), faaOrderDate: dateOf(filing, 'first-appellate-order') };
    }
    case 'rti-first-appeal': {
      const app = c.filings.find((f): f is RtiApplicationFiling => f.kind === 'rti-application' && f.id === filing.applicationId);
      return {
        ...(app ? applicationFacts(c, app) : {}),
        ...(filing.publicAuthority ? { publicAuthority: filing.publicAuthority } : {}),
        firstAppealDate: filedOn(filing) ?? '',
        faaOrderDate: dateOf(filing, 'first-appellate-order'),
      };
    }
    case 'question-notice':
      return { house: filing.house ?? '', ministry: filing.ministry.replace(/^ministry of\s+/i, '') };
    case 'assurance':
      return {
        house: filing.house ?? '',
        subject: `Fulfilment of the assurance given in ${filing.questionRef || 'the answer'}`,
        questionDate: filing.dateOfAnswer ?? '',
      };
    case 'rti-second-appeal':
    case 'rti-complaint':
      return {};
    default: {
      const never: never = filing;
      throw new Error(`Unknown filing: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * A follow-up on an assurance asks what the OAMS steps say should have happened by now
 * (`parliament-procedure.md` §4, https://oams.nic.in/): fulfilment within three months (ii), an
 * extension sought from the Committee on Government Assurances (iii), or dropping (iv).
 */
function assurancePoints(filing: AssuranceFiling): string[] {
  const where = filing.questionRef ? `in reply to ${filing.questionRef}` : 'in reply to the question';
  const when = filing.dateOfAnswer ? ` on ${formatDate(filing.dateOfAnswer)}` : '';
  const what = filing.phrase.trim() ? ` that "${filing.phrase.trim()}"` : '';
  return [
    `whether the assurance given ${where}${when}${what} has been fulfilled and the implementation report laid on the Table of the House; if so, the date on which it was laid`,
    'if not, whether the Government has sought an extension of time from the Committee on Government Assurances, or asked for the assurance to be dropped, and if so, the date of the request and the reasons given',
    'the action taken so far to fulfil the assurance and the time by which it will be fulfilled',
  ];
}

/**
 * The filing's facts replace the draft's, and a fact the filing leaves empty removes the draft's
 * value: `newDraft` reads the case's latest filing, whose reply date or State must not leak into a
 * draft about another one (the user fills what the record does not say).
 */
function withFacts(draft: Draft, facts: Fields): Draft {
  return withSomeFields(draft, Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v.trim() ? v : undefined])));
}
