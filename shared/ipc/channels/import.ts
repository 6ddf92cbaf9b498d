import { z } from 'zod';
import type { ImportFormat, ImportProblemKind, ImportWarningKind } from '../../import/normalize-text.ts';
import { IMPORT_LIMITS } from '../../import/normalize-text.ts';
import { Empty, type ChannelSpec } from './common.ts';
import { TaskIdSchema } from '../events.ts';

/**
 * Reading a question or a reply from a file. Main shows the open dialog and reads the file;
 * the renderer only ever sees the file's NAME and its text. Pasted text never crosses IPC: the
 * renderer checks it with the pure `importPaste` (shared/import/normalize-text.ts).
 */

const FORMATS = ['pdf', 'docx', 'txt', 'md'] as const satisfies ReadonlyArray<ImportFormat>;
const WARNING_KINDS = [
  'hindi-may-be-damaged', 'little-text', 'control-characters-removed', 'truncated-pages', 'encoding-guessed',
] as const satisfies ReadonlyArray<ImportWarningKind>;
const PROBLEM_KINDS = [
  'unknown-type', 'too-large', 'encrypted', 'corrupt', 'empty', 'scanned', 'too-many-pages', 'zip-bomb', 'unreadable',
] as const satisfies ReadonlyArray<ImportProblemKind>;

/** Compile-time checks that the lists above name every kind the importer can give, not a subset. */
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const _allFormats: Missing<ImportFormat, (typeof FORMATS)[number]> = true;
const _allWarnings: Missing<ImportWarningKind, (typeof WARNING_KINDS)[number]> = true;
const _allProblems: Missing<ImportProblemKind, (typeof PROBLEM_KINDS)[number]> = true;

/** What the text being imported is to the case: it only words the dialog's title. */
export const ImportPurposeSchema = z.enum(['qa', 'question', 'reply']);
export type ImportPurpose = z.infer<typeof ImportPurposeSchema>;

export const ImportWarningSchema = z.object({ kind: z.enum(WARNING_KINDS), message: z.string() });

export const ImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    text: z.string(),
    format: z.enum(FORMATS),
    /** The file's base name, never its path. */
    fileName: z.string(),
    pageCount: z.number().int().nonnegative().nullable(),
    warnings: z.array(ImportWarningSchema),
  }),
  z.object({
    ok: z.literal(false),
    /** 'canceled': the dialog was closed or the import was stopped; not a problem with the file. */
    kind: z.enum([...PROBLEM_KINDS, 'canceled']),
    message: z.string(),
  }),
]);
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** base64 of at most `maxFileBytes`: 4 characters per 3 bytes. */
export const MAX_BASE64_CHARS = Math.ceil(IMPORT_LIMITS.maxFileBytes / 3) * 4;

export const importChannels = {
  'import:file': {
    /** `taskId`: the name `task:cancel` stops it by and its `task:progress` events carry (shared/ipc/events.ts). */
    input: z.object({ purpose: ImportPurposeSchema, taskId: TaskIdSchema.optional() }).strict(),
    output: ImportResultSchema,
  },
  /**
   * A file the user dropped on the window: its name and its bytes as base64 (base64 rather than
   * a Uint8Array so the same payload also crosses the e2e bridge, which speaks JSON). Larger than
   * the file limit is refused by zod before anything is decoded.
   */
  'import:bytes': {
    input: z.object({
      fileName: z.string().min(1).max(255),
      base64: z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
      taskId: TaskIdSchema.optional(),
    }).strict(),
    output: ImportResultSchema,
  },
  /** Stop every import that is running (a long PDF); each then answers `{ ok: false, kind: 'canceled' }`. `task:cancel` stops one by name. */
  'import:cancel': {
    input: Empty,
    output: z.object({ canceled: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;
