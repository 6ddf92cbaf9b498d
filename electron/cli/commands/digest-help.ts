import type { CliIo } from '../io.ts';

/** The `digest` command's entry in the CLI's list; the work loads only when it runs. */
export const digestCommand = {
  summary: 'Digest every reply in a folder: what was met, partly met and left open, deferrals and assurances.',
  usage: ['unanswered digest DIR [--csv FILE] [--xlsx FILE] [--data DIR]'],
  notes: 'Reads .pdf, .docx, .txt and .md files in DIR and its sub-folders; one progress line per file on stderr. Running it again on the same folder resumes where it stopped. --data names the app\'s data folder (default: the app\'s own, or UNANSWERED_DATA_DIR).',
  run: async (args: ReadonlyArray<string>, io: CliIo) => (await import('./digest.ts')).runDigestCommand(args, io),
};
