import { z } from 'zod';
import { CaseIdSchema, CaseSchema, CaseSummarySchema } from '../../domain/case.ts';
import { QuestionSchema } from '../../domain/question.ts';
import { SourceDocumentSchema } from '../../domain/source-document.ts';
import { Empty, Failure, type ChannelSpec } from './common.ts';
import { StagedTextKeySchema, StagedTextRefSchema } from './texts.ts';

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  isDefault: z.boolean(),
});

export const LoadProblemSchema = z.object({
  /** The case folder's name, so the user can find the file; never fed back as a path. */
  file: z.string(),
  message: z.string(),
});

/**
 * A case as `cases:save` carries it: each source's text either the text itself or a text sent
 * ahead with `texts:stage` (channels/texts.ts), named by its key; main puts the texts in
 * (shared/ipc/case-wire.ts) before the case is checked against `CaseSchema` and written.
 */
export const CaseWireSchema = CaseSchema.extend({
  sources: z.array(SourceDocumentSchema.extend({ text: z.union([z.string(), StagedTextRefSchema]) })),
});
export type CaseWire = z.output<typeof CaseWireSchema>;

/** Start-up, the case list, opening, saving and creating cases, and the workspace folder. */
export const caseChannels = {
  'app:bootstrap': {
    input: Empty,
    output: z.object({
      workspace: WorkspaceInfoSchema,
      firstRun: z.boolean(),
      openCaseId: CaseIdSchema.nullable(),
      /** Set when the last session crashed or was killed: what had been saved, and when. */
      recovery: z.object({
        startedAt: z.string(),
        cases: z.array(z.object({ id: z.string(), title: z.string(), savedAt: z.string() })),
      }).nullable(),
    }),
  },
  'cases:list': {
    input: Empty,
    output: z.object({ cases: z.array(CaseSummarySchema), problems: z.array(LoadProblemSchema) }),
  },
  'cases:open': {
    input: z.object({ id: CaseIdSchema }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), case: CaseSchema, migratedFrom: z.number().int().nullable() }),
      Failure,
    ]),
  },
  'cases:save': {
    input: z.object({ case: CaseWireSchema }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        savedAt: z.string(),
        /**
         * The case as now on disk, with its new revision: the editor's next base. A text the
         * save named by its key comes back named by the same key, not sent back.
         */
        case: CaseWireSchema,
        /** Someone else had saved meanwhile, and the two were merged field by field. */
        merged: z.boolean(),
        /** Clashes this save opened (shown in the case's conflict notice). */
        newConflicts: z.number().int().nonnegative(),
      }),
      // `missingTexts`: staged texts main no longer holds (dropped to stay within its memory
      // limit); nothing was written, and the save can be sent again with them staged afresh.
      Failure.extend({ missingTexts: z.array(StagedTextKeySchema).optional() }),
    ]),
  },
  'cases:create': {
    input: z.object({ title: z.string().trim().min(1).max(200) }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), case: CaseSchema }), Failure]),
  },
  'cases:save-copy': {
    input: z.object({ id: CaseIdSchema }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
  /** Every case's question, for the check that a new notice does not repeat one (RS Rule 47(xiv)). */
  'cases:questions': {
    input: Empty,
    output: z.object({ questions: z.array(z.object({ caseId: CaseIdSchema, title: z.string(), question: QuestionSchema })) }),
  },
  'workspace:choose': {
    input: Empty,
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), workspace: WorkspaceInfoSchema }),
      z.object({ ok: z.literal(false), canceled: z.boolean(), message: z.string() }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
