/**
 * The one clock, in a module of its own that imports nothing (not even zod), so the command
 * line's `--help`, which needs only the clock, starts without loading the rest of the dates
 * module (issue 12). Everything else takes it from `shared/lib/dates/index.ts`, which re-exports it.
 */

/** The clock, injected: the app's is the system's; a test's is fixed. Returns an ISO instant. */
export type Clock = () => string;

/** The only place the app reads the system time ("today" flows from here through injection). */
export const systemClock: Clock = () => new Date().toISOString();
