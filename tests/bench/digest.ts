/**
 * Session digest figures (issue 13), measured on generated replies: 2,000 files, 500 of them PDFs
 * made from the corpus texts by LibreOffice and 1,500 texts, each renumbered so none is a
 * duplicate. The digest runs as the real CLI in its own process (files per second, its peak
 * memory); search is timed on the index it made, beside a peer: the substring scan the app used
 * before (every text lower-cased and searched in full), over the same texts.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { indexDbFile } from '../../electron/services/digest/digest-paths.ts';
import { openIndexDb } from '../../electron/services/index-db/index-db.ts';
import { searchIndex } from '../../electron/services/search/search-index.ts';
import { median, round } from './measure.ts';

const CHILD = resolve(import.meta.dirname, 'digest-child.ts');
export const DIGEST_TARGETS = { digest_files_per_s: 10, digest_peak_mb: 1024, digest_search_ms: 50 } as const;
const QUERIES = ['BharatNet target', 'Fasal Bima', '"law enforcement"', 'FIR', 'ministry', 'गांव', 'statement laid table'];

export type DigestFigures = {
  readonly files: number;
  readonly pdfs: number;
  readonly seconds: number;
  readonly files_per_s: number;
  readonly peak_mb: number;
  readonly search_ms: number;
  readonly substring_scan_ms: number;
  readonly search_runs: number;
};

/** A corpus text as another question: its number changed, a line of its own at the end. */
function renumber(text: string, n: number): string {
  return `${text.replace(/(QUESTION\s+NO\.?\s*)\d+/gi, `$1${n}`).replace(/^(\W{0,4})\d+(\.\s+(?:SHRI|SMT|DR|KUMARI))/gim, `$1${n}$2`)}\n\n[generated reply ${n}]\n`;
}

async function makeReplies(texts: ReadonlyArray<string>, dir: string, total: number, pdfs: number, note: (s: string) => void): Promise<string[]> {
  const staging = join(dir, 'staging');
  const folder = join(dir, 'replies');
  await mkdir(staging, { recursive: true });
  await mkdir(folder, { recursive: true });
  const all: string[] = [];
  for (let i = 0; i < total; i++) {
    const text = renumber(texts[i % texts.length] ?? '', 10_000 + i);
    all.push(text);
    await writeFile(join(i < pdfs ? staging : folder, `r${String(i).padStart(5, '0')}.txt`), text);
  }
  note(`digest: ${pdfs} PDFs from the corpus texts with LibreOffice`);
  const names = (await readdir(staging)).sort().map((n) => join(staging, n));
  // In batches: one soffice start per 100 files keeps a failure small and the command line short.
  for (let i = 0; i < names.length; i += 100) {
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...names.slice(i, i + 100)], { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  }
  const made = (await readdir(folder)).filter((n) => n.endsWith('.pdf')).length;
  if (made !== pdfs) throw new Error(`LibreOffice made ${made} of ${pdfs} PDFs`);
  return all;
}

function runChild(args: ReadonlyArray<string>): Promise<{ code: number; files: number; maxRssKb: number; ms: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', fail);
    child.on('exit', () => {
      try {
        const last = out.trim().split('\n').pop() ?? '';
        const parsed: { code: number; files: number; maxRssKb: number } = JSON.parse(last);
        done({ ...parsed, ms: performance.now() - t0 });
      } catch (e) {
        fail(new Error(`the digest process gave no figures: ${String(e)} ${out}`));
      }
    });
  });
}

function timeMedian(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The generated folder already made in `dir` (kept with BENCH_DIGEST_KEEP), so a before/after runs on the same files. */
async function keptReplies(texts: ReadonlyArray<string>, dir: string, total: number, pdfs: number): Promise<string[] | null> {
  try {
    const names = await readdir(join(dir, 'replies'));
    if (names.length !== total || names.filter((n) => n.endsWith('.pdf')).length !== pdfs) return null;
  } catch {
    return null;
  }
  return Array.from({ length: total }, (_, i) => renumber(texts[i % texts.length] ?? '', 10_000 + i));
}

/**
 * BENCH_DIGEST_KEEP=DIR makes the replies in DIR once and keeps them: the next run (after a
 * change to the digest) reads the very same files, so files/s before and after compare.
 */
export async function benchDigest(texts: ReadonlyArray<string>, note: (s: string) => void, total = 2000, pdfs = 500): Promise<DigestFigures> {
  const keep = process.env['BENCH_DIGEST_KEEP'] ?? null;
  const dir = keep ?? await mkdtemp(join(tmpdir(), 'bench-digest-'));
  if (keep) {
    await mkdir(keep, { recursive: true });
    await rm(join(keep, 'data'), { recursive: true, force: true });
  }
  try {
    const all = (keep ? await keptReplies(texts, dir, total, pdfs) : null) ?? await makeReplies(texts, dir, total, pdfs, note);
    note(`digest: ${total} files through the CLI`);
    const data = join(dir, 'data');
    const run = await runChild([join(dir, 'replies'), '--data', data, '--csv', join(dir, 'digest.csv'), '--xlsx', join(dir, 'digest.xlsx')]);
    if (run.code !== 0 || run.files !== total) throw new Error(`the digest ended with code ${run.code} after ${run.files} of ${total} files`);
    note('digest: search across it, and the substring scan as a peer');
    const index = openIndexDb(indexDbFile(data));
    let search: number;
    try {
      search = median(QUERIES.map((q) => timeMedian(15, () => searchIndex(index.db, q, 50))));
    } finally {
      index.close();
    }
    const lowered = QUERIES.map((q) => q.replaceAll('"', '').toLowerCase());
    const scan = median(lowered.map((q) => timeMedian(15, () => all.filter((t) => t.toLowerCase().includes(q)).length)));
    return {
      files: total,
      pdfs,
      seconds: round(run.ms / 1000, 1),
      files_per_s: round(total / (run.ms / 1000), 1),
      peak_mb: round(run.maxRssKb / 1024, 0),
      search_ms: round(search),
      substring_scan_ms: round(scan),
      search_runs: QUERIES.length * 15,
    };
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

/** Run alone: `node tests/bench/digest.ts [TOTAL PDFS]`. */
if (import.meta.main) {
  const { loadSources } = await import('./texts.ts');
  const [total = '2000', pdfs = '500'] = process.argv.slice(2);
  const figures = await benchDigest((await loadSources()).texts, (s) => process.stderr.write(`bench: ${s}\n`), Number(total), Number(pdfs));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
