import { z } from 'zod';
import { CaseIdSchema, CaseSchema, CaseSummarySchema } from '../domain/case.ts';
import { DraftSchema } from '../domain/draft.ts';

/**
 * The one IPC contract: every channel's input and output, as zod schemas.
 *
 * Main parses every input against it (electron/main/ipc/handle.ts), the preload exposes one
 * method per channel bound to `Api` with `satisfies`, and the renderer's `api.ts` is the only
 * door to it (GitHub Desktop `ipc-shared.ts`, Actual `preload.ts`). Expected failures are
 * values in the outputs; a thrown error means a bug.
 */

const Empty = z.object({}).strict();

const Failure = z.object({ ok: z.literal(false), message: z.string() });

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  isDefault: z.boolean(),
});

export const LoadProblemSchema = z.object({
  /** The case folder's name, so the user can find the file; never fed back as a path. */
  file: z.string(),
  message: z.string(),
});

export const contract = {
  'app:bootstrap': {
    input: Empty,
    output: z.object({
      workspace: WorkspaceInfoSchema,
      firstRun: z.boolean(),
      openCaseId: CaseIdSchema.nullable(),
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
    input: z.object({ case: CaseSchema }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), savedAt: z.string() }), Failure]),
  },
  'cases:create': {
    input: z.object({ title: z.string().trim().min(1).max(200) }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), case: CaseSchema }), Failure]),
  },
  'workspace:choose': {
    input: Empty,
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), workspace: WorkspaceInfoSchema }),
      z.object({ ok: z.literal(false), canceled: z.boolean(), message: z.string() }),
    ]),
  },
  'export:docx': {
    input: z.object({ draft: DraftSchema }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string(), path: z.string() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('blocked'), missing: z.array(z.object({ key: z.string(), label: z.string() })) }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as ReadonlyArray<Channel>;

export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends Channel> = z.output<Contract[K]['output']>;

/** What the renderer sees on `window.api`: one method per channel. */
export type Api = { readonly [K in Channel]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>> };

/** What main implements: parsed input in, output that main parses again before it leaves. */
export type Handlers = { readonly [K in Channel]: (input: z.output<Contract[K]['input']>) => Promise<z.input<Contract[K]['output']>> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
