/**
 * The CLI's only door to the terminal, so commands can be tested without spawning a process.
 */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
};

export const processIo: CliIo = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
};

/** Exit codes: 0 success, 1 a command-level failure, 2 unusable input or arguments. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
