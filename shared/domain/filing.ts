import { z } from 'zod';
import { IsoDateSchema } from '../lib/dates/iso-date-schema.ts';
import { HouseSchema, QuestionKindSchema } from './question.ts';

/**
 * A filing recorded against the case: an RTI application, an appeal, a s.18 complaint,
 * a question notice, or an assurance found in a reply.
 *
 * Every field beyond `id`, `kind` and `createdAt` is defaulted, so case files written
 * with the version-1 placeholder (`{ id, kind, createdAt }`) still parse.
 */

/**
 * One closed vocabulary of statuses for every kind of filing (Alaveteli `state.rb` idea);
 * `shared/filings/transitions.ts` says which a given kind may use and in what order.
 */
export const FILING_STATUSES = [
  'draft',
  'filed',
  'transferred',
  'fee-demanded',
  'fee-paid',
  'replied',
  'partly-replied',
  'refused',
  'deemed-refused',
  'first-appeal',
  'first-appellate-order',
  'second-appeal',
  'decided',
  'closed',
] as const;
export const FilingStatusSchema = z.enum(FILING_STATUSES);
export type FilingStatus = z.infer<typeof FilingStatusSchema>;

/**
 * One step in a filing's history. What `date` means depends on the status, because the
 * Act counts from different events:
 * - filed: the day it was sent or handed in; `receivedOn` is the day the public authority
 *   received it, when known (the s.7(1) clock runs from receipt);
 * - transferred: the day of the s.6(3) transfer; `receivedOn` is the day the transferee received it;
 * - fee-demanded: the date of the further-fee intimation (s.7(3)(a) counts from its despatch);
 * - fee-paid: the day the fee was paid;
 * - replied / partly-replied / refused / first-appellate-order / decided: the day the applicant
 *   received the decision (s.19(1) and s.19(3) count from receipt of the decision);
 * - first-appeal / second-appeal: the day the appeal was sent; `receivedOn` as for `filed`.
 */
export const StatusEventSchema = z.object({
  status: FilingStatusSchema,
  date: IsoDateSchema,
  note: z.string().default(''),
  receivedOn: IsoDateSchema.optional(),
});
export type StatusEvent = z.infer<typeof StatusEventSchema>;

/** How a document reached the authority. `rti-online` also covers the CIC's online appeal portal. */
export const FilingModeSchema = z.enum(['rti-online', 'post', 'by-hand']);
export type FilingMode = z.infer<typeof FilingModeSchema>;

/** Central or state public authority: it decides the rules and the Commission (CIC or SIC). */
export const GovernmentSchema = z.enum(['central', 'state']);
export type Government = z.infer<typeof GovernmentSchema>;

const filingBase = {
  id: z.string().min(1),
  createdAt: z.string(),
  title: z.string().default(''),
  history: z.array(StatusEventSchema).default([]),
  notes: z.string().default(''),
  /** The draft it was recorded from (absent when typed in): what was filed is that draft's text. */
  draftId: z.string().optional(),
};

export const RtiApplicationFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('rti-application'),
  publicAuthority: z.string().default(''),
  government: GovernmentSchema.default('central'),
  /** The state, for a state public authority. */
  state: z.string().default(''),
  mode: FilingModeSchema.default('rti-online'),
  /** RTI Online registration number, or the postal article number for a request sent by post. */
  registrationNumber: z.string().default(''),
  /** Application fee paid, in rupees; null when not recorded (BPL applicants pay none, s.7(5)). */
  feePaidRupees: z.number().nonnegative().nullable().default(null),
  /** Given to an Assistant PIO: +5 days (s.5(2) proviso). */
  viaApio: z.boolean().default(false),
  /** Concerns the life or liberty of a person: 48 hours (s.7(1) proviso). */
  lifeOrLiberty: z.boolean().default(false),
  /** Third-party information is involved: 40 days (s.11). */
  thirdPartyInvolved: z.boolean().default(false),
});
export type RtiApplicationFiling = z.infer<typeof RtiApplicationFilingSchema>;

export const FirstAppealFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('rti-first-appeal'),
  /** The RTI application appealed against, when the case tracks it. */
  applicationId: z.string().nullable().default(null),
  publicAuthority: z.string().default(''),
  appellateAuthority: z.string().default(''),
  government: GovernmentSchema.default('central'),
  mode: FilingModeSchema.default('rti-online'),
  registrationNumber: z.string().default(''),
});
export type FirstAppealFiling = z.infer<typeof FirstAppealFilingSchema>;

export const SecondAppealFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('rti-second-appeal'),
  applicationId: z.string().nullable().default(null),
  /** "Central Information Commission" or the State Information Commission. */
  commission: z.string().default(''),
  government: GovernmentSchema.default('central'),
  mode: FilingModeSchema.default('rti-online'),
  /** The Commission's diary number. */
  diaryNumber: z.string().default(''),
});
export type SecondAppealFiling = z.infer<typeof SecondAppealFilingSchema>;

/** A complaint to the Commission under s.18. */
export const ComplaintFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('rti-complaint'),
  applicationId: z.string().nullable().default(null),
  commission: z.string().default(''),
  government: GovernmentSchema.default('central'),
  mode: FilingModeSchema.default('rti-online'),
  diaryNumber: z.string().default(''),
});
export type ComplaintFiling = z.infer<typeof ComplaintFilingSchema>;

export const QuestionNoticeFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('question-notice'),
  house: HouseSchema.nullable().default(null),
  questionKind: QuestionKindSchema.nullable().default(null),
  ministry: z.string().default(''),
  noticeDate: IsoDateSchema.nullable().default(null),
  questionNumber: z.string().default(''),
  /** The date the question is listed for answer. */
  dateOfAnswer: IsoDateSchema.nullable().default(null),
});
export type QuestionNoticeFiling = z.infer<typeof QuestionNoticeFilingSchema>;

/** An assurance found in a reply (MoPA Manual ch. 8; `parliament-procedure.md` §4). */
export const AssuranceFilingSchema = z.object({
  ...filingBase,
  kind: z.literal('assurance'),
  phrase: z.string().default(''),
  house: HouseSchema.nullable().default(null),
  /** The date of the answer that gave the assurance: the OAMS three months run from it. */
  dateOfAnswer: IsoDateSchema.nullable().default(null),
  /** The question, e.g. "USQ No. 1862 dated 10.12.2015". */
  questionRef: z.string().default(''),
});
export type AssuranceFiling = z.infer<typeof AssuranceFilingSchema>;

export const FilingSchema = z.discriminatedUnion('kind', [
  RtiApplicationFilingSchema,
  FirstAppealFilingSchema,
  SecondAppealFilingSchema,
  ComplaintFilingSchema,
  QuestionNoticeFilingSchema,
  AssuranceFilingSchema,
]);
export type Filing = z.infer<typeof FilingSchema>;
export type FilingKind = Filing['kind'];

export const FILING_KINDS = [
  'rti-application',
  'rti-first-appeal',
  'rti-second-appeal',
  'rti-complaint',
  'question-notice',
  'assurance',
] as const satisfies ReadonlyArray<FilingKind>;
