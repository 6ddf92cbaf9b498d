/**
 * The most characters one `texts:stage` call carries (texts.ts); a source text longer than this is
 * staged before a save. Small: through the test bridge a part is JSON and an upload on the
 * window's thread, ~4 ms for 64K characters with Hindi in them on the 2-core machine, ~30 ms for
 * 256K (issue 12). A module of its own, without zod, so the renderer's first chunk, which
 * saves cases, reads it without loading the schemas (issue 12).
 */
export const STAGE_PART_CHARS = 64 * 1024;

/**
 * How many `texts:stage` calls the window keeps in flight at once: the round trips overlap, and
 * each part's copy stays a small task of its own.
 */
export const STAGE_PARTS_IN_FLIGHT = 4;
