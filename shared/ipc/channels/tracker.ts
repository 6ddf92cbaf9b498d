import { z } from 'zod';
import { IsoDateSchema } from '../../lib/dates/iso-date-schema.ts';
import { CaseIdSchema, CaseSchema } from '../../domain/case.ts';
import { EvidenceFileSchema } from '../../domain/evidence.ts';
import { FilingSchema } from '../../domain/filing.ts';
import { Empty, Failure, type ChannelSpec } from './common.ts';
import { TaskIdSchema } from '../events.ts';

/**
 * The postal-delivery allowance: days assumed between posting and receipt when no delivery date
 * is recorded. UNCONFIRMED in the docs (`DEADLINE_RULES.postalAllowance`), so the user sets it.
 * The bounds match the app settings' `tracker.postalDeliveryDays`.
 */
export const PostalDeliveryDaysSchema = z.number().int().min(0).max(60);

/** What the renderer needs to reckon deadlines the way main does: today in India, and the user's allowance. */
export const TrackerSettingsSchema = z.object({
  /** Today's date in India (IST), from main's clock. */
  today: IsoDateSchema,
  postalDeliveryDays: PostalDeliveryDaysSchema,
});
export type TrackerSettings = z.infer<typeof TrackerSettingsSchema>;

export const TrackerCaseSchema = z.object({
  caseId: CaseIdSchema,
  caseTitle: z.string(),
  filings: z.array(FilingSchema),
});

/** An assurance found in a session digest (shared/digest/digest-assurances.ts), with where it was found. */
export const DigestAssuranceSchema = z.object({
  digestId: z.string(),
  digestTitle: z.string(),
  file: z.string(),
  house: z.string().nullable(),
  number: z.string().nullable(),
  answeredOn: IsoDateSchema,
  ministry: z.string().nullable(),
  subject: z.string().nullable(),
  label: z.string(),
  text: z.string(),
  dueBy: IsoDateSchema,
  rule: z.object({ section: z.string(), summary: z.string(), source: z.string() }),
});

const Canceled = z.object({ kind: z.literal('canceled') });
const Failed = z.object({ kind: z.literal('failed'), message: z.string() });

/** One evidence file's state after re-hashing (`verifyEvidence` in electron/services/evidence.ts). */
export const EvidenceCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ok') }),
  z.object({ kind: z.literal('missing') }),
  z.object({ kind: z.literal('mismatch'), size: z.number().int().nonnegative(), sha256: z.string().nullable() }),
  z.object({ kind: z.literal('unreadable'), message: z.string() }),
]);

/**
 * The filing tracker: the filings of every case for the dashboard, the deadline settings, the
 * .ics export, evidence files and the case bundle. File paths come from main's dialogs; only
 * file names come back.
 */
export const trackerChannels = {
  'tracker:settings-get': {
    input: Empty,
    output: TrackerSettingsSchema,
  },
  'tracker:settings-set': {
    input: z.object({ postalDeliveryDays: PostalDeliveryDaysSchema }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), settings: TrackerSettingsSchema }), Failure]),
  },
  /** Every case's filings, for the dashboard across cases. */
  'tracker:overview': {
    input: Empty,
    output: z.object({
      settings: TrackerSettingsSchema,
      cases: z.array(TrackerCaseSchema),
      /** Assurances found in session digests, each with its due date and source. */
      digestAssurances: z.array(DigestAssuranceSchema),
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  /** All open deadlines of all cases, and the digests' assurances, as one .ics file, through the save dialog. */
  'tracker:export-ics': {
    input: Empty,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string(), events: z.number().int().nonnegative() }),
      Canceled,
      Failed,
    ]),
  },
  /** Copy a file chosen in the open dialog into the case's evidence folder; the renderer adds the record to the case. */
  'tracker:attach-evidence': {
    input: z.object({ caseId: CaseIdSchema, filingId: z.string().min(1).nullable(), note: z.string().max(2000).default('') }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('attached'), evidence: EvidenceFileSchema }),
      Canceled,
      Failed,
    ]),
  },
  'tracker:verify-evidence': {
    input: z.object({ caseId: CaseIdSchema, files: z.array(EvidenceFileSchema).max(10_000) }).strict(),
    output: z.object({ results: z.array(z.object({ id: z.string(), check: EvidenceCheckSchema })) }),
  },
  /**
   * The case as one zip for a hearing: every draft rendered as .docx, the evidence, an index and a
   * chronology. The renderer sends its current copy of the case (autosave may still be pending).
   */
  'tracker:export-bundle': {
    /** `taskId`: the name `task:cancel` stops it by and its `task:progress` events carry (shared/ipc/events.ts). */
    input: z.object({ case: CaseSchema, taskId: TaskIdSchema.optional() }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('saved'),
        fileName: z.string(),
        entries: z.number().int().nonnegative(),
        omitted: z.array(z.object({ name: z.string(), reason: z.string() })),
        /** Drafts left out because required fields are empty (they cannot be rendered yet). */
        skippedDrafts: z.array(z.object({ title: z.string(), missing: z.array(z.string()) })),
      }),
      Canceled,
      Failed,
      /** Stopped by `task:cancel` before the zip was written: nothing was written. */
      z.object({ kind: z.literal('stopped') }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
