/**
 * Issue 12's figures ("Fast at every size"), each beside the nearest peer this machine has,
 * measured in the same run, with the ratio:
 * - cli_help_ms, cli_analyze_txt_ms: the whole `unanswered` process (the package's bin), against
 *   a bare `node -e ""` (the floor any Node command pays) and `pdftotext -v` (a native command);
 *   the .txt analysis against pandoc reading the same file (commonmark to plain text).
 * - analyze_pdf_ms: in-process import and analysis of a 3-page PDF, PDFium already loaded, against
 *   `pdftotext -layout` on the same file.
 * - batch_files_per_s: `unanswered analyze FOLDER --jsonl` over 200 texts and 20 PDFs, whole
 *   process. Its PDF part against `pdftotext -layout` run once per file on the same 20 PDFs (a
 *   shell loop):
 *   batch_pdf20_ms (the command on the 20 PDFs alone: start, extraction and analysis) and
 *   pdf_extract20_ms (a fresh process loading PDFium and extracting their text, as one worker of
 *   the pool does, with Node's compile cache as the worker keeps it; the floor is within 2 times
 *   pdftotext), and pdf_extract20_cold_ms (the same without the cache: a first run).
 * - analyze_6mb_ms, analyze_6mb_peak_mb: `unanswered analyze` on a 6 MB text, whole process, and
 *   that process's peak resident memory (also as a multiple of the text's size: the floor is 30);
 *   pandoc reads the same text as the peer for time.
 * The PDFs are made by LibreOffice from the corpus texts (as the Houses' PDFs are exported from
 * office documents), or hand-written with a standard font where LibreOffice is missing (noted).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { analyze } from '../../shared/analysis/analyze.ts';
import { importFile } from '../../electron/services/import/import-file.ts';
import { handWrittenPdf } from '../unit/electron/services/import/fixtures.ts';
import { median, round, timeRuns, type Figure } from './measure.ts';
import { longText, type Sources } from './texts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The bin as package.json names it, so the figure is what `npx unanswered` runs. */
async function binPath(): Promise<string> {
  const pkg: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const bin = typeof pkg === 'object' && pkg !== null && 'bin' in pkg && typeof pkg.bin === 'object' && pkg.bin !== null && 'unanswered' in pkg.bin ? pkg.bin.unanswered : null;
  if (typeof bin !== 'string') throw new Error('package.json has no bin "unanswered"');
  return join(ROOT, bin);
}

/** Wall time of one process, start to exit, output discarded. Fails on a non-zero exit unless allowed. */
function timeProcess(cmd: string, args: ReadonlyArray<string>, okCodes: ReadonlyArray<number> = [0], env: Readonly<Record<string, string>> = {}): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, [...args], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, ...env } });
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (okCodes.includes(code ?? -1)) done(ms);
      else fail(new Error(`${cmd} ${args.join(' ')} exited ${code ?? 'by signal'}`));
    });
  });
}

async function processFigure(runs: number, cmd: string, args: ReadonlyArray<string>, okCodes?: ReadonlyArray<number>, env?: Readonly<Record<string, string>>): Promise<Figure> {
  await timeProcess(cmd, args, okCodes, env);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeProcess(cmd, args, okCodes, env));
  return { ms: median(times), runs };
}

async function hasCommand(cmd: string, args: ReadonlyArray<string>): Promise<boolean> {
  try {
    await run(cmd, [...args]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Peak resident memory of the whole `unanswered analyze` process, in MB: the bin runs inside a
 * small wrapper that, on exit, writes the process's own peak (own-peak.ts) to a file.
 */
async function peakOfCli(bin: string, args: ReadonlyArray<string>, work: string): Promise<{ ms: number; peakMb: number }> {
  const report = join(work, 'peak.txt');
  const wrapper = join(work, 'peak-wrapper.mjs');
  await writeFile(wrapper, `import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ownPeakKb } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'own-peak.ts')).href)};
const [report, bin, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...rest];
process.on('exit', () => writeFileSync(report, String(ownPeakKb())));
await import(pathToFileURL(bin).href);
`);
  const ms = await timeProcess(process.execPath, [wrapper, report, bin, ...args]);
  const kb = Number(await readFile(report, 'utf8'));
  return { ms, peakMb: kb / 1024 };
}

/** A combined text of about `bytes` UTF-8 bytes, cut at a line end, from the corpus. */
export function textOfBytes(sources: Sources, bytes: number): string {
  let words = Math.ceil(bytes / 6);
  for (;;) {
    const text = longText(sources, words);
    if (Buffer.byteLength(text) >= bytes) {
      const cut = text.lastIndexOf('\n', Math.floor(text.length * (bytes / Buffer.byteLength(text))));
      return cut > 0 ? text.slice(0, cut) : text;
    }
    words = Math.ceil(words * 1.5);
  }
}

/** Corpus texts of about three A4 pages each: one source whole, then further replies up to ~1,300 words. */
function pdfTexts(sources: Sources, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const rotated = { ...sources, texts: [...sources.texts.slice(i % sources.texts.length), ...sources.texts.slice(0, i % sources.texts.length)] };
    out.push(longText(rotated, 1_300));
  }
  return out;
}

async function makePdfs(texts: ReadonlyArray<string>, dir: string, work: string): Promise<{ files: string[]; origin: string }> {
  await mkdir(dir, { recursive: true });
  const src = join(work, 'pdf-src');
  await mkdir(src, { recursive: true });
  const names = texts.map((_, i) => `reply-${String(i + 1).padStart(2, '0')}`);
  await Promise.all(texts.map((t, i) => writeFile(join(src, `${names[i] ?? i}.txt`), t)));
  if (await hasCommand('soffice', ['--version'])) {
    const profile = await mkdtemp(join(tmpdir(), 'bench-lo-'));
    try {
      await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(src, `${n}.txt`))], { timeout: 300_000 });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    return { files: names.map((n) => join(dir, `${n}.pdf`)), origin: 'LibreOffice' };
  }
  // Helvetica has no Devanagari: the English lines, 50 to a page.
  for (const [i, t] of texts.entries()) {
    const lines = t.split('\n').filter((l) => !/\p{Script=Devanagari}/u.test(l)).flatMap((l) => l.match(/.{1,95}(\s|$)/g) ?? ['']);
    const pages = [];
    for (let p = 0; p < lines.length; p += 50) pages.push({ text: lines.slice(p, p + 50) });
    await writeFile(join(dir, `${names[i] ?? i}.pdf`), handWrittenPdf(pages));
  }
  return { files: names.map((n) => join(dir, `${n}.pdf`)), origin: 'hand-written (no LibreOffice)' };
}

export type SpeedResult = {
  readonly figures: Record<string, number | null>;
  readonly peers: Record<string, number | null>;
  readonly ratios: Record<string, number | null>;
  readonly runs: Record<string, number>;
  readonly facts: Record<string, string | number>;
};

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : round(a / b, 2));

/**
 * Every figure above. `rendererReady` is measured by the caller (renderer-ready.ts), which owns
 * the browser; it is passed in so its ratio is printed with the rest.
 */
export async function speedFigures(sources: Sources, note: (line: string) => void, addNote: (line: string) => void): Promise<SpeedResult> {
  const bin = await binPath();
  const built = existsSync(join(ROOT, process.env['UNANSWERED_OUT'] ?? 'out', 'cli/unanswered.mjs'));
  if (!built) addNote('the CLI is not built (npm run build): the CLI figures are of the TypeScript source.');
  const havePdftotext = await hasCommand('pdftotext', ['-v']);
  const havePandoc = await hasCommand('pandoc', ['--version']);
  if (!havePdftotext) addNote('pdftotext is not installed (apt-get install poppler-utils): its peer figures are null.');
  const work = await mkdtemp(join(tmpdir(), 'bench-speed-'));
  try {
    const txt = join(work, 'reply.txt');
    await writeFile(txt, sources.texts[0] ?? '');

    note('CLI start: unanswered --help, node -e "", pdftotext -v');
    const help = await processFigure(9, process.execPath, [bin, '--help']);
    const nodeStart = await processFigure(9, process.execPath, ['-e', '']);
    const pdftotextStart = havePdftotext ? await processFigure(9, 'pdftotext', ['-v']) : null;

    note('CLI analyze on a .txt, whole process; pandoc reading the same file');
    const cliTxt = await processFigure(7, process.execPath, [bin, 'analyze', txt, '--json']);
    const pandocTxt = havePandoc ? await processFigure(7, 'pandoc', ['-f', 'commonmark', '-t', 'plain', '-o', join(work, 'reply.plain'), txt]) : null;

    note('making 20 three-page PDFs and a folder of 200 texts and 20 PDFs');
    const pdfDir = join(work, 'pdfs');
    const { files: pdfs, origin } = await makePdfs(pdfTexts(sources, 20), pdfDir, work);
    const firstPdf = pdfs[0] ?? '';
    const firstImport = await importFile(firstPdf);
    const pages = firstImport.ok ? firstImport.value.pageCount ?? 0 : 0;
    const batchDir = join(work, 'batch');
    await mkdir(batchDir);
    for (let i = 0; i < 200; i++) await writeFile(join(batchDir, `text-${String(i + 1).padStart(3, '0')}.txt`), sources.texts[i % sources.texts.length] ?? '');
    for (const pdf of pdfs) await copyFile(pdf, join(batchDir, pdf.slice(pdfDir.length + 1)));
    const batchCount = (await readdir(batchDir)).length;

    note(`analyze a ${pages}-page PDF in-process; pdftotext -layout on it`);
    const pdfInProcess = await timeRuns(9, async () => {
      const imported = await importFile(firstPdf);
      if (!imported.ok) throw new Error(imported.error.message);
      analyze({ kind: 'combined', text: imported.value.text });
    }, 2);
    const pdftotextOne = havePdftotext ? await processFigure(9, 'pdftotext', ['-layout', firstPdf, join(work, 'one.txt')]) : null;

    note(`batch: unanswered analyze FOLDER --jsonl over ${batchCount} files; the 20 PDFs alone; pdftotext per PDF`);
    const batch = await processFigure(3, process.execPath, [bin, 'analyze', batchDir, '--jsonl']);
    // The extraction alone, as one pool worker does it: a fresh process keeps Node's compile cache
    // (analyze-worker.ts), loads PDFium and reads the 20 PDFs through the importer the worker
    // runs, the bundled one once built (no analysis), timed from start to exit. Beside it, the
    // same with the cache switched off: a first run on a new machine.
    const importer = built ? join(ROOT, process.env['UNANSWERED_OUT'] ?? 'out', 'cli/import-file.mjs') : join(ROOT, 'electron/services/import/import-file.ts');
    const extractScript = join(work, 'extract-all.mjs');
    await writeFile(extractScript, `import { enableCompileCache } from 'node:module';
enableCompileCache();
const { importFile } = await import(${JSON.stringify(pathToFileURL(importer).href)});
for (const file of process.argv.slice(2)) {
  const read = await importFile(file);
  if (!read.ok) { process.stderr.write(read.error.message); process.exit(1); }
}
`);
    const extract20 = await processFigure(3, process.execPath, [extractScript, ...pdfs]);
    const extract20Cold = await processFigure(3, process.execPath, [extractScript, ...pdfs], [0], { NODE_DISABLE_COMPILE_CACHE: '1' });
    const batchPdf = await processFigure(3, process.execPath, [bin, 'analyze', pdfDir, '--jsonl']);
    // pdftotext once per file, as a shell loop runs it: one process started from here, as the
    // extraction above is. Started from here one by one, each pdftotext also paid for this
    // process's own size (Node forks it to start a child): holding 800 MB, the 20 took 720-750 ms
    // against 245-280 ms for the shell loop, and ~230 ms either way holding nothing.
    const pdftotextBatch = havePdftotext
      ? await processFigure(3, 'sh', ['-c', 'for f in "$@"; do pdftotext -layout "$f" "$OUT"; done', 'sh', ...pdfs], [0], { OUT: join(work, 'each.txt') })
      : null;

    note('a 6 MB text through unanswered analyze: time and peak memory; pandoc reading it');
    const six = textOfBytes(sources, 6_000_000);
    const sixPath = join(work, 'six.txt');
    await writeFile(sixPath, six);
    const sixMb = Buffer.byteLength(six) / (1024 * 1024);
    const sixRuns: Array<{ ms: number; peakMb: number }> = [];
    for (let i = 0; i < 3; i++) sixRuns.push(await peakOfCli(bin, ['analyze', sixPath, '--json'], work));
    const sixMs = median(sixRuns.map((r) => r.ms));
    const sixPeak = median(sixRuns.map((r) => r.peakMb));
    const pandocSix = havePandoc ? await processFigure(1, 'pandoc', ['-f', 'commonmark', '-t', 'plain', '-o', join(work, 'six.plain'), sixPath]) : null;

    const filesPerS = batchCount / (batch.ms / 1000);
    const figures = {
      cli_help_ms: round(help.ms),
      cli_analyze_txt_ms: round(cliTxt.ms),
      analyze_pdf_ms: round(pdfInProcess.ms),
      batch_files_per_s: round(filesPerS, 1),
      batch_pdf20_ms: round(batchPdf.ms),
      pdf_extract20_ms: round(extract20.ms),
      pdf_extract20_cold_ms: round(extract20Cold.ms),
      analyze_6mb_ms: round(sixMs),
      analyze_6mb_peak_mb: round(sixPeak, 1),
    };
    const peers = {
      node_start_ms: round(nodeStart.ms),
      pdftotext_start_ms: pdftotextStart === null ? null : round(pdftotextStart.ms),
      pandoc_txt_ms: pandocTxt === null ? null : round(pandocTxt.ms),
      pdftotext_pdf_ms: pdftotextOne === null ? null : round(pdftotextOne.ms),
      pdftotext_pdf20_ms: pdftotextBatch === null ? null : round(pdftotextBatch.ms),
      pandoc_6mb_ms: pandocSix === null ? null : round(pandocSix.ms),
    };
    const ratios = {
      cli_help_to_node_start: ratio(help.ms, nodeStart.ms),
      cli_help_to_pdftotext_start: ratio(help.ms, peers.pdftotext_start_ms),
      cli_analyze_txt_to_pandoc: ratio(cliTxt.ms, peers.pandoc_txt_ms),
      analyze_pdf_to_pdftotext: ratio(pdfInProcess.ms, peers.pdftotext_pdf_ms),
      batch_pdf20_to_pdftotext: ratio(batchPdf.ms, peers.pdftotext_pdf20_ms),
      pdf_extract20_to_pdftotext: ratio(extract20.ms, peers.pdftotext_pdf20_ms),
      pdf_extract20_cold_to_pdftotext: ratio(extract20Cold.ms, peers.pdftotext_pdf20_ms),
      analyze_6mb_to_pandoc: ratio(sixMs, peers.pandoc_6mb_ms),
      analyze_6mb_peak_to_text_size: round(sixPeak / sixMb, 1),
    };
    const runs = {
      cli_help_ms: help.runs, cli_analyze_txt_ms: cliTxt.runs, analyze_pdf_ms: pdfInProcess.runs,
      batch_files_per_s: batch.runs, batch_pdf20_ms: batchPdf.runs, pdf_extract20_ms: extract20.runs, pdf_extract20_cold_ms: extract20Cold.runs, analyze_6mb_ms: sixRuns.length, analyze_6mb_peak_mb: sixRuns.length,
    };
    const facts = { pdfs: origin, pdf_pages: pages, batch_files: batchCount, text_6mb_mb: round(sixMb, 2), cli: built ? 'bundled (out/cli)' : 'TypeScript source' };
    return { figures, peers, ratios, runs, facts };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Floors from issue 12, printed PASS/FAIL like the other targets (never a failing exit). */
export const SPEED_FLOORS = {
  cli_help_ms: { below: 150 },
  cli_analyze_txt_ms: { below: 300 },
  batch_files_per_s: { atLeast: 10 },
  pdf_extract20_to_pdftotext: { below: 2 },
  analyze_6mb_peak_to_text_size: { below: 30 },
} as const;

export function speedTargets(result: SpeedResult): Record<string, { limit: string; pass: boolean | null }> {
  const value = (key: string): number | null => result.figures[key] ?? result.ratios[key] ?? null;
  return Object.fromEntries(Object.entries(SPEED_FLOORS).map(([key, floor]) => {
    const v = value(key);
    if ('below' in floor) return [key, { limit: `< ${floor.below}`, pass: v === null ? null : v < floor.below }];
    return [key, { limit: `>= ${floor.atLeast}`, pass: v === null ? null : v >= floor.atLeast }];
  }));
}

export function printSpeed(result: SpeedResult, write: (line: string) => void): void {
  const targets = speedTargets(result);
  for (const [key, v] of [...Object.entries(result.figures), ...Object.entries(result.peers), ...Object.entries(result.ratios)]) {
    const t = targets[key];
    const verdict = t ? `  target ${t.limit}: ${t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL'}` : '';
    write(`${key.padEnd(44)} ${v === null ? 'n/a' : String(v)}${verdict}\n`);
  }
  write(`${'speed inputs'.padEnd(44)} ${Object.entries(result.facts).map(([k, v]) => `${k}=${v}`).join(', ')}\n`);
}
