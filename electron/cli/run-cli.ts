import { EXIT, type CliIo } from './io.ts';
import { digestCommand } from './commands/digest-help.ts';

type Command = {
  readonly summary: string;
  /** One line per way of calling the command. */
  readonly usage: ReadonlyArray<string>;
  readonly notes?: string;
  readonly run: (args: ReadonlyArray<string>, io: CliIo) => Promise<number>;
};

/**
 * Every command, with the help text `--help` prints. Each command's module (and what it pulls
 * in: the analyser, docx, PDFium) loads only when that command runs, so `--help` and a mistyped
 * command answer at once. A new command is one more entry here.
 */
const COMMANDS: Record<string, Command> = {
  example: {
    summary: 'Write the CoWIN example case\'s documents as .docx files.',
    usage: ['unanswered example --out DIR'],
    notes: 'The follow-ups an office would file on the CoWIN case today (RTI applications and appeals, Hindi too; question notices to each House), with specimen sender details.',
    run: async (args, io) => (await import('./commands/example.ts')).runExample(args, io),
  },
  draft: {
    summary: 'Export every draft in a case file as a .docx file.',
    usage: ['unanswered draft CASE.json --out DIR [--data DIR]'],
    notes: 'Drafts with required fields still empty are skipped and named (exit 1). --data reads the profile (letterhead) from a data folder.',
    run: async (args, io) => (await import('./commands/draft.ts')).runDraft(args, io),
  },
  analyze: {
    summary: 'Judge a government reply part by part (answered, partial, unanswered, deferred, refused, not applicable).',
    usage: [
      'unanswered analyze FILE [--json]',
      'unanswered analyze --question QFILE --reply RFILE [--json]',
      'unanswered analyze FILE|FOLDER... [--jsonl] [--jobs N]',
    ],
    notes: 'FILE may be .txt, .md, .pdf or .docx. --json prints the analyze contract of reply-analysis.md and nothing else. '
      + 'Several files or a folder (read with its subfolders) are analysed in one run by a pool of workers, one per core unless --jobs says; '
      + '--jsonl prints one JSON line per file, in the order given: {"file","ok":true,"output","warnings"} or {"file","ok":false,"error"}. '
      + 'A file that cannot be read gets its own line and the run goes on (exit 1 at the end).',
    run: async (args, io) => (await import('./commands/analyze.ts')).runAnalyze(args, io),
  },
  digest: digestCommand,
};

export function helpText(): string {
  const lines = [
    'unanswered: set a government reply against the question it answers, and draft the follow-ups.',
    '',
    'Usage: unanswered <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).flatMap(([name, c]) => [
      `  ${name.padEnd(10)} ${c.summary}`,
      ...c.usage.map((u) => `  ${' '.repeat(10)} ${u}`),
      ...(c.notes ? [`  ${' '.repeat(10)} ${c.notes}`] : []),
      '',
    ]),
    'Options:',
    '  --help     Show this help, or a command\'s help: unanswered <command> --help',
    '',
    'Exit codes: 0 success, 1 the command failed, 2 unreadable input or bad arguments.',
    'Nothing is sent over the network; everything stays on this machine.',
    '',
  ];
  return lines.join('\n');
}

export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`unanswered: unknown command "${name}". Run "unanswered --help" for the list.\n`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage.join('\n       ')}\n${command.notes ? `\n${command.notes}\n` : ''}`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
