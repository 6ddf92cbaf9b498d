import { z } from 'zod';
import { Failure } from './common.ts';
import { STAGE_PART_CHARS } from './stage-part.ts';

/**
 * Long texts sent to main ahead of the save that uses them, a part per call (issue 12).
 *
 * A case holding a 10 MB reply went to main in one `cases:save`: one structured clone in Electron
 * (a JSON body through the test bridge) of the whole text, in one task on the window's thread,
 * which held the window for seconds in the bench. Instead the renderer sends each long source
 * text once, a part per call with the event loop free between them (`texts:stage`), and the save
 * names it by key (`StagedTextRef`); later saves of the unchanged text name the same key and send
 * nothing. Main keeps the texts in memory only, for the session (electron/services/staged-texts.ts):
 * the case on disk is still written whole and atomically by the save that names them.
 */

/** A text the renderer chose a key for (a random id); never a path, never shown. */
export const StagedTextKeySchema = z.string().regex(/^[a-z0-9-]{8,64}$/, 'A staged text key is 8 to 64 lower-case letters, digits and hyphens');

/** Where a case sent to main holds a staged text in place of the text itself, with its length as a check. */
export const StagedTextRefSchema = z.object({
  staged: StagedTextKeySchema,
  length: z.number().int().nonnegative(),
}).strict();
export type StagedTextRef = z.infer<typeof StagedTextRefSchema>;

export const textChannels = {
  /**
   * One part of the staged text `key`, starting at character `at`: parts may come in any order
   * (a few are sent at once), and a part at an offset already held is refused. Answers how many
   * characters of the text main holds now.
   */
  'texts:stage': {
    input: z.object({
      key: StagedTextKeySchema,
      at: z.number().int().nonnegative(),
      part: z.string().min(1).max(STAGE_PART_CHARS),
    }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), held: z.number().int().nonnegative() }), Failure]),
  },
} as const;
