// The clock's own module, not the dates index: `--help` then loads no zod (issue 12).
import { systemClock, type Clock } from '../../shared/lib/dates/clock.ts';

/**
 * The CLI's only door to the terminal and the clock, so commands can be tested without spawning
 * a process and on a fixed day. "Today" is `indiaDate(io.now())`.
 */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: Clock;
};

export const processIo: CliIo = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  now: systemClock,
};

/** Exit codes: 0 success, 1 a command-level failure, 2 unusable input or arguments. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
