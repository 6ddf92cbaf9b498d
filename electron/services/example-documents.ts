import { indiaDate } from '../../shared/lib/dates/index.ts';
import { fieldValue, withField, withSomeFields, type Draft, type DraftKind, type Language } from '../../shared/domain/draft.ts';
import { declaresField, type AnyDraftFieldKey } from '../../shared/domain/draft-fields.ts';
import { openPartLabels } from '../../shared/domain/effective-verdicts.ts';
import { newDraft } from '../../shared/workflows/new-draft.ts';
import { COWIN_LS_REPLY_ID } from '../../shared/example/cowin-case.ts';
import { cowinRtiChain, exampleChainDates } from '../../shared/example/cowin-events.ts';
import { EXAMPLE_FIELD_VALUES, EXAMPLE_FIELD_VALUES_HI, exampleUserInputs } from '../../shared/example/example-fields.ts';
import { EXAMPLE_LS_MEMBER, EXAMPLE_PROFILE, EXAMPLE_PROFILE_HI } from '../../shared/example/example-profile.ts';
import type { Profile } from '../../shared/domain/profile.ts';
import { missingFields, TEMPLATES } from '../../templates/documents/index.ts';
import { exampleCase } from './example-case.ts';
import { houseName } from '../../shared/drafting/draft-context.ts';
import { clipToBytes, renderDraftDocx, suggestedFileName } from './export-draft.ts';

type ExampleEntry = {
  readonly kind: DraftKind;
  readonly language: Language;
  /** For an RTI application: the authority whose records it asks for (one application per holder). */
  readonly authorityId?: string;
  /** A second reply the draft follows up instead of the analysed one. */
  readonly replyId?: string;
  /** For a question notice: the Minister who answers for the parts it carries, when not the reply's. */
  readonly ministry?: string;
  /** Fields the entry sets itself (the Minister addressed for the other House's reply). */
  readonly fields?: { readonly [P in AnyDraftFieldKey]?: string };
  readonly profile?: Profile;
  /**
   * A document filed today, not one of the RTI chain the case records: it takes today's date, not
   * the chain's (an application dated with the chain but never appealed would be long out of time
   * under s.19(1)).
   */
  readonly filedToday?: true;
};

/**
 * The documents an office would file on the CoWIN case today, Hindi for the RTI documents and the
 * first Rajya Sabha notice, and a question notice for each House: the Rajya Sabha reply (MeitY, and the Minister of Home Affairs for the
 * police's part) and the Lok Sabha reply (MoHFW).
 */
const EXAMPLE_SET: ReadonlyArray<ExampleEntry> = [
  { kind: 'rti-application', language: 'en' },
  // The requests to the other holders of records go today, on RTI Online like the first.
  { kind: 'rti-application', language: 'en', authorityId: 'meity', filedToday: true, fields: { feeMode: 'online' } },
  { kind: 'rti-application', language: 'en', authorityId: 'delhi-police', filedToday: true, fields: { feeMode: 'online' } },
  { kind: 'rti-application', language: 'hi' },
  { kind: 'rti-first-appeal', language: 'en' },
  { kind: 'rti-first-appeal', language: 'hi' },
  { kind: 'rti-second-appeal', language: 'en' },
  { kind: 'rti-second-appeal', language: 'hi' },
  // No s.18 complaint: on the same application as the second appeal it would make the appeal's
  // declaration that nothing else is pending untrue (`commission-overlap.ts`); one proceeding each.
  // Two notices to the Rajya Sabha for the same day, so each states its order of preference (LS Rule 34(1)(d)).
  { kind: 'pq-notice', language: 'en', fields: { preference: '1' } },
  // The same first notice in Hindi, as a Member who writes to the Table Office in Hindi gives it.
  { kind: 'pq-notice', language: 'hi', fields: { preference: '1' } },
  // The arrests and the chargesheet are the police's: their parts go to the Minister of Home Affairs (LS Rule 41(1)).
  { kind: 'pq-notice', language: 'en', ministry: 'Home Affairs', fields: { preference: '2' } },
  {
    kind: 'pq-notice',
    language: 'en',
    replyId: COWIN_LS_REPLY_ID,
    fields: { ministry: 'Health and Family Welfare', questionRef: 'Lok Sabha Question answered on 21.07.2023', questionDate: '2023-07-21' },
    profile: { ...EXAMPLE_PROFILE, member: EXAMPLE_LS_MEMBER },
  },
  // No half-an-hour notice: the answers are of 21.07.2023, and a half-an-hour discussion arises out of
  // a recent answer (RS Rule 60(1), `half-an-hour-rules.ts`); the notices above ask fresh questions instead.
  { kind: 'list-of-dates', language: 'en' },
  { kind: 'points-table', language: 'en' },
];

export type ExampleDocument = {
  readonly fileName: string;
  readonly draft: Draft;
  readonly bytes: Uint8Array;
  /** For a Hindi document, the file name of the English one it stands in for: an office files one or the other. */
  readonly translates: string | null;
};

/** The English entry a Hindi one repeats: the same kind, to the same authority, on the same reply. */
function englishTwin(i: number): number | null {
  const e = EXAMPLE_SET[i];
  if (e === undefined || e.language !== 'hi') return null;
  const twin = EXAMPLE_SET.findIndex((x) => x.language === 'en' && x.kind === e.kind && x.authorityId === e.authorityId && x.ministry === e.ministry && x.replyId === e.replyId);
  return twin >= 0 && twin < i ? twin : null;
}

/**
 * Fill what the case and profile could not, with specimen values, only where still empty: the
 * required fields, and the optional ones a specimen exists for (the appellate authority's address),
 * so no document shows a bare "[...]" slot where the example has a marked specimen.
 */
function withSpecimenFields(draft: Draft): Draft {
  const template = TEMPLATES[draft.kind];
  const keys = [...missingFields(draft).map((m) => m.key), ...(template.optionalFields ?? []).map((f) => f.key)];
  let filled = draft;
  for (const key of keys) {
    const value = (draft.language === 'hi' ? EXAMPLE_FIELD_VALUES_HI : EXAMPLE_FIELD_VALUES)[key];
    if (value && declaresField(draft.kind, key) && !(fieldValue(filled, key) ?? '').trim()) filled = withField(filled, key, value);
  }
  return filled;
}

/** The specimen sender in the document's language. */
function exampleProfile(language: Language): Profile {
  return language === 'hi' ? EXAMPLE_PROFILE_HI : EXAMPLE_PROFILE;
}

export async function exampleDrafts(now: string): Promise<ReadonlyArray<Draft>> {
  // The pack files the RTI chain its documents carry, so the list of dates shows it (`cowin-events.ts`).
  const c = { ...exampleCase(now), filings: [...cowinRtiChain(now)] };
  const open = openPartLabels(c);
  const parts = open.length > 0 ? open : (c.question?.parts ?? []).map((p) => p.label);
  const dates = exampleChainDates(indiaDate(now));
  return EXAMPLE_SET.map(({ kind, language, replyId, authorityId, ministry, fields, profile, filedToday }, i) => {
    const draft = newDraft(kind, c, { parts, language, profile: profile ?? exampleProfile(language), now, id: `example-${i + 1}`, ...(replyId ? { replyId } : {}), ...(authorityId ? { authorityId } : {}), ...(ministry ? { ministry } : {}) });
    return withSpecimenFields(withSomeFields<Draft>(draft, { ...(filedToday ? {} : exampleUserInputs(dates, language)[kind]), ...fields }));
  });
}

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** A title cut to whole words within `max` bytes, without a dangling "of", "की" or "and" at its end. */
function wholeWords(title: string, max: number): string {
  if (bytes(title) <= max) return title;
  const cut = clipToBytes(title, max);
  const words = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).trim() || cut.trim();
  return words.replace(/(?:\s+(?:of|the|and|into|in|on|की|का|के|और|में|पर))+$/u, '');
}

export async function exampleDocuments(now: string): Promise<ReadonlyArray<ExampleDocument>> {
  const out: ExampleDocument[] = [];
  for (const [i, draft] of (await exampleDrafts(now)).entries()) {
    // Specimen values stay in the example: it is exported as a marked draft, never as final.
    const rendered = await renderDraftDocx(draft, exampleProfile(draft.language), indiaDate(now), 'draft');
    if (!rendered.ok) {
      throw new Error(`Bug: the example ${draft.kind} (${draft.language}) misses required fields: ${rendered.missing.map((m) => m.key).join(', ')}`);
    }
    // A Hindi document's name is Hindi too (review 5): the House in Hindi, and no "(Hindi)" tag.
    const typedHouse = fieldValue(draft, 'house');
    const houseField = typedHouse === 'Lok Sabha' || typedHouse === 'Rajya Sabha' ? houseName(typedHouse, draft.language) : '';
    const title = suggestedFileName(draft).replace(/\.docx$/, '');
    // Within the bytes a file name may have, with the number and the atomic write's suffix around
    // it (Devanagari takes three bytes a letter): a notice too long with its Ministry keeps its House.
    const room = (tail: string): number => 213 - bytes(tail);
    const withMinistry = draft.kind === 'pq-notice' ? ` (${houseField}, ${draft.fields.ministry ?? ''})` : draft.kind === 'rti-application' ? ` (${draft.fields.publicAuthority ?? ''})` : '';
    const house = draft.kind === 'pq-notice' && bytes(title) > room(withMinistry) ? ` (${houseField})` : withMinistry;
    const stem = wholeWords(title, room(house)) + house;
    const twin = englishTwin(i);
    out.push({ fileName: `${String(i + 1).padStart(2, '0')} ${stem}.docx`, draft, bytes: rendered.bytes, translates: twin === null ? null : out[twin]?.fileName ?? null });
  }
  return out;
}
