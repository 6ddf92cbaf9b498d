/**
 * The digest CLI run as its own process for the benchmark, ending with its own peak memory
 * (own-peak.ts, kB) on stdout's last line, so the figure is the digest's alone and not the
 * benchmark's.
 */
import { runDigestCommand } from '../../electron/cli/commands/digest.ts';
import { ownPeakKb } from './own-peak.ts';

let files = 0;
const code = await runDigestCommand(process.argv.slice(2), {
  stdout: () => {},
  now: () => new Date().toISOString(),
  stderr: (t) => { files += t.split('\n').filter((l) => l.startsWith('[')).length; },
});
process.stdout.write(`${JSON.stringify({ code, files, maxRssKb: ownPeakKb() })}\n`);
