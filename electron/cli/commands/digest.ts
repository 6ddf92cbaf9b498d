import { stat } from 'node:fs/promises';
import { resolve, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { digestTotals } from '../../../shared/digest/digest-entry.ts';
import { digestCsv } from '../../../shared/digest/digest-table.ts';
import { writeFileAtomic } from '../../services/atomic-write.ts';
import { defaultDataDir, indexDbFile } from '../../services/digest/digest-paths.ts';
import { describeStep } from '../../services/digest/describe-step.ts';
import { listDigestFiles } from '../../services/digest/digest-files.ts';
import { digestIdForFolder, loadManifest, saveManifest } from '../../services/digest/digest-manifest.ts';
import { digestEntries, ensureDigest } from '../../services/digest/digest-store.ts';
import { digestXlsx } from '../../services/digest/digest-xlsx.ts';
import { digestPool } from '../../services/digest/digest-pool.ts';
import { runDigest } from '../../services/digest/run-digest.ts';
import { openIndexDb } from '../../services/index-db/index-db.ts';
import { mkdir } from 'node:fs/promises';
import { EXIT, type CliIo } from '../io.ts';

const USAGE = 'usage: unanswered digest DIR [--csv FILE] [--xlsx FILE] [--data DIR]';

type Parsed = { readonly dir: string; readonly csv: string | null; readonly xlsx: string | null; readonly data: string };

function parse(args: ReadonlyArray<string>): Parsed | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { csv: { type: 'string' }, xlsx: { type: 'string' }, data: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1 || positionals[0] === undefined) return 'give one folder to digest';
    return { dir: resolve(positionals[0]), csv: values.csv ?? null, xlsx: values.xlsx ?? null, data: values.data ?? defaultDataDir() };
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * `unanswered digest DIR --csv FILE --xlsx FILE`: every reply in a folder, judged and counted,
 * one progress line per file on stderr. Running it again on the same folder resumes: files
 * already digested (same size and time) are not read again. Ctrl+C stops after the file in hand.
 */
export async function runDigestCommand(args: ReadonlyArray<string>, io: CliIo, signal?: AbortSignal): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.stderr(`unanswered digest: ${parsed}. ${USAGE}\n`);
    return EXIT.badInput;
  }
  const isDir = await stat(parsed.dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    io.stderr(`unanswered digest: ${parsed.dir} is not a folder that can be read. ${USAGE}\n`);
    return EXIT.badInput;
  }
  await mkdir(parsed.data, { recursive: true });
  const index = openIndexDb(indexDbFile(parsed.data));
  try {
    if (index.rebuilt) io.stderr(`unanswered digest: ${index.rebuilt}\n`);
    const id = digestIdForFolder(parsed.dir);
    const manifest = (await loadManifest(parsed.data, id)) ?? { id, title: basename(parsed.dir), createdAt: io.now(), folder: parsed.dir, files: [] };
    await saveManifest(parsed.data, manifest);
    ensureDigest(index.db, manifest);
    const files = await listDigestFiles(parsed.dir);
    const stop = new AbortController();
    const onSigint = () => { stop.abort(new Error('Stopped')); };
    process.once('SIGINT', onSigint);
    // A worker per core reads and judges the files; this thread commits each row in file order.
    const reader = digestPool();
    const run = await runDigest({
      db: index.db, digestId: id, files, reader,
      signal: signal ? AbortSignal.any([signal, stop.signal]) : stop.signal,
      onStep: (s) => { io.stderr(`${describeStep(s)}\n`); },
    }).finally(async () => { process.off('SIGINT', onSigint); await reader.close(); });
    const entries = digestEntries(index.db, id);
    if (parsed.csv) await writeFileAtomic(resolve(parsed.csv), digestCsv(entries));
    if (parsed.xlsx) await writeFileAtomic(resolve(parsed.xlsx), await digestXlsx(entries));
    const t = digestTotals(entries);
    io.stdout([
      `${t.replies} replies counted (${t.duplicates} duplicates not counted, ${t.failed} files could not be read) of ${t.files} files.`,
      `${t.parts} question parts: ${t.met} met, ${t.partlyMet} partly met, ${t.open} open; ${t.deferrals} deferrals, ${t.assurances} assurances.`,
      t.lowConfidence === null ? 'Low-confidence verdicts to check: unknown (the analyser gave no confidence).' : `Low-confidence verdicts to check: ${t.lowConfidence}.`,
      ...(run.stopped ? [`Stopped after ${run.digested + run.skipped} of ${run.total} files: run the same command again to finish.`] : []),
      '',
    ].join('\n'));
    return run.stopped ? EXIT.failure : EXIT.ok;
  } finally {
    index.close();
  }
}
