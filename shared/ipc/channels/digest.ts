import { z } from 'zod';
import { PartStatusSchema } from '../../domain/part-status-schema.ts';
import { LanguageSchema } from '../../domain/draft.ts';
import { DIGEST_COLUMNS, DIGEST_STATUS_FILTERS } from '../../digest/digest-filter.ts';
import { TaskIdSchema } from '../events.ts';
import { MAX_BASE64_CHARS } from './import.ts';
import type { ChannelSpec } from './common.ts';

const PromiseSchema = z.object({ label: z.string(), text: z.string(), dueBy: z.string().nullable() });

export const DigestReplySchema = z.object({
  house: z.string().nullable(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  ministry: z.string().nullable(),
  subject: z.string().nullable(),
  members: z.array(z.string()),
  verdicts: z.array(z.object({ label: z.string(), status: PartStatusSchema, confidence: z.number().nullable() })),
  met: z.number().int(),
  partlyMet: z.number().int(),
  open: z.number().int(),
  deferrals: z.array(PromiseSchema),
  assurances: z.array(PromiseSchema),
  lowConfidence: z.number().int().nullable(),
});

export const DigestEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), file: z.string(), reply: DigestReplySchema, duplicateOf: z.string().nullable(), caseId: z.string().nullable() }),
  z.object({ kind: z.literal('failed'), file: z.string(), reason: z.string() }),
]);

const DigestIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

const DigestSummarySchema = z.object({
  id: DigestIdSchema,
  title: z.string(),
  createdAt: z.string(),
  /** Files digested so far. */
  files: z.number().int(),
});

const RunOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('done'), digestId: DigestIdSchema }),
  z.object({ kind: z.literal('stopped'), digestId: DigestIdSchema, done: z.number().int(), total: z.number().int() }),
  z.object({ kind: z.literal('canceled') }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);

/**
 * Session digests: many replies read, judged and counted at once. The folder comes from main's
 * dialog, never from the renderer; rows live in the index database and are read back whole.
 */
export const digestChannels = {
  'digest:list': {
    input: z.object({}).strict(),
    output: z.object({
      digests: z.array(DigestSummarySchema),
      /** Set when the index was found damaged and rebuilt at start: say so, once. */
      rebuilt: z.string().nullable(),
    }),
  },
  /** Choose a folder and digest every reply in it (a folder digested before resumes). */
  'digest:run-folder': {
    input: z.object({ taskId: TaskIdSchema }).strict(),
    output: RunOutcome,
  },
  /** Pick many files in one open dialog and digest them (the same files picked again resume). */
  'digest:run-files': {
    input: z.object({ taskId: TaskIdSchema }).strict(),
    output: RunOutcome,
  },
  /**
   * Files dropped on the digest view: main makes a digest whose folder is its own copy of them
   * (so it resumes after a stop or a crash); each file then comes on its own through
   * `digest:drop-file`, one at a time, so no more than one is ever held in memory; then
   * `digest:resume` reads them.
   */
  'digest:drop-start': {
    input: z.object({ names: z.array(z.string().min(1).max(255)).min(1).max(5000) }).strict(),
    output: z.object({ digestId: DigestIdSchema }),
  },
  /** One dropped file's bytes, as base64 with `import:bytes`' size limit; written atomically into the digest's copy. */
  'digest:drop-file': {
    input: z.object({
      digestId: DigestIdSchema,
      fileName: z.string().min(1).max(255),
      base64: z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
    }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), file: z.string() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  },
  /** Go on with a digest that was stopped, crashed, or lost with a damaged index. */
  'digest:resume': {
    input: z.object({ digestId: DigestIdSchema, taskId: TaskIdSchema }).strict(),
    output: RunOutcome,
  },
  'digest:rows': {
    input: z.object({ digestId: DigestIdSchema }).strict(),
    output: z.object({ entries: z.array(DigestEntrySchema) }),
  },
  /** The row as a full case: made the first time, the same case every time after. */
  'digest:open-case': {
    input: z.object({ digestId: DigestIdSchema, file: z.string().max(4096) }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), caseId: z.string() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  },
  /**
   * A Word briefing of the open points in the rows shown (the filter and order as on screen),
   * in the interface's language, through the save dialog.
   */
  'digest:briefing': {
    input: z.object({
      digestId: DigestIdSchema,
      filter: z.object({
        ministry: z.string().max(500).nullable(),
        member: z.string().max(500).nullable(),
        status: z.enum(DIGEST_STATUS_FILTERS),
        from: z.iso.date().nullable(),
        to: z.iso.date().nullable(),
      }).strict(),
      sort: z.object({ column: z.enum(DIGEST_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict(),
      language: LanguageSchema,
    }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string(), replies: z.number().int() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
  'digest:export': {
    input: z.object({ digestId: DigestIdSchema, format: z.enum(['csv', 'xlsx', 'ics']) }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
