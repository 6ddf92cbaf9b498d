import { z } from 'zod';

/**
 * An ISO date (YYYY-MM-DD) at a boundary: stored cases, IPC messages. A module of its own, not
 * re-exported by the dates module (index.ts): the renderer's first screen uses the dates module
 * without zod, whose evaluation held the case list back (issue 12).
 */
export const IsoDateSchema = z.iso.date();
