/**
 * `npm run bench` (`node tests/bench/bench.ts [--json]`): the figures the app is held to, measured
 * in-process on Node 24. Each figure is the median of repeated runs; the run count is printed
 * beside it. Targets are figures, not tests: PASS/FAIL is printed and the exit code is 0 either
 * way (it is 1 only when a measurement itself breaks, which is a bug). `--json` prints exactly
 * one JSON object on stdout; notes and progress go to stderr.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../shared/analysis/analyze.ts';
import { lintQuestion, type QuestionDraft } from '../../shared/lint/lint-question.ts';
import { batchDrafts, docxBytes, hasPandoc, pandocBatch, prepareTexts, rtiDraft, writeDocxBatch } from './documents.ts';
import { firstPaint, PAINT_STARTS, rendererBuilt, rendererJsGzipKb } from './first-paint.ts';
import { round, timeBatched, timeRuns, type Figure } from './measure.ts';
import { printSpeed, speedFigures, speedTargets, textOfBytes } from './speed.ts';
import { pasteFrames, type PasteFrames } from './paste-frames.ts';
import { countWords, loadSources, longText, withoutHindi } from './texts.ts';
import { benchDigest, DIGEST_TARGETS, type DigestFigures } from './digest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const note = (line: string): void => { process.stderr.write(`bench: ${line}\n`); };
const notes: string[] = [];
const addNote = (line: string): void => { notes.push(line); note(line); };

/** Targets from the brief (issue 7): upper bounds in ms. */
const TARGETS = { analyze_2k_ms: 20, analyze_50k_ms: 500, docx_rti_ms: 50, docx_batch36_ms: 1500 } as const;
/**
 * Issue 12's renderer floors: a first paint under 500 ms (both the first content, the start-up
 * shell, and the case list), and the open case interactive in under a second from a cold start.
 */
const RENDERER_TARGETS = {
  renderer_first_contentful_paint_ms: 500, renderer_first_paint_ms: 500, renderer_ready_ms: 1000,
  // Under 50 ms per frame while a 10 MB paste is analysed, whatever language it is in.
  paste_10mb_max_frame_ms: 50, paste_10mb_latin_max_frame_ms: 50,
  // And while the 10 MB case is saved: its long text goes to main in parts (renderer/src/case-save.ts).
  paste_10mb_save_max_frame_ms: 50, paste_10mb_latin_save_max_frame_ms: 50,
} as const;

// A 150-word question notice: five parts of 30 words each, on the CoWIN example.
const QUESTION: QuestionDraft = {
  house: 'Lok Sabha',
  ministry: 'Health and Family Welfare',
  parts: [
    'whether the Government has examined the security audit of the CoWIN portal conducted by CERT-In in June 2023 and, if so, the details of the vulnerabilities found during that audit;',
    'whether the personal data of citizens registered on the CoWIN portal was made available through a messaging application and, if so, the number of citizens whose data was exposed;',
    'whether any First Information Report has been registered in connection with the breach and, if so, the date of registration and the present status of the investigation into it;',
    'whether any officer or agency has been found responsible for the breach of the CoWIN portal and, if so, the details of the action taken against each of them so far;',
    'the steps taken by the Government since June 2023 to protect the data already leaked and to prevent any similar breach of the CoWIN portal and other health portals in future.',
  ],
};

const sources = await loadSources();
note(`texts from ${sources.origin}`);
const text2k = longText(sources, 2_000);
const text50k = longText(sources, 50_000);
const words2k = countWords(text2k);
const words50k = countWords(text50k);

note(`analyze ${words2k} words`);
const a2k = await timeRuns(30, () => analyze({ kind: 'combined', text: text2k }), 3);
note(`analyze ${words50k} words`);
const a50k = await timeRuns(7, () => analyze({ kind: 'combined', text: text50k }), 1);
note('lint a 150-word question');
const lint = await timeBatched(20, 200, () => lintQuestion(QUESTION));
note('one RTI application as .docx');
const draft = rtiDraft();
const rti = await timeRuns(20, () => docxBytes(draft), 3);

const work = await mkdtemp(join(tmpdir(), 'bench-'));
let batch: Figure;
let pandoc: Figure | null = null;
try {
  const drafts = batchDrafts();
  note(`the same application to ${drafts.length} authorities as .docx`);
  let n = 0;
  batch = await timeRuns(5, () => writeDocxBatch(drafts, join(work, `docx-${n++}`)), 1);
  if (await hasPandoc()) {
    note(`pandoc: the same ${drafts.length} documents' text as .docx`);
    const texts = await prepareTexts(drafts, join(work, 'pandoc'));
    pandoc = await timeRuns(3, () => pandocBatch(texts), 1);
  } else {
    addNote('pandoc is not installed: pandoc_batch36_ms is null (apt-get install pandoc).');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const rendererDir = resolve(ROOT, process.env['UNANSWERED_RENDERER_DIR'] ?? 'out/renderer');
const chromiumPath = process.env['UNANSWERED_CHROMIUM'] ?? '/usr/bin/chromium';
let paint: Awaited<ReturnType<typeof firstPaint>> | null = null;
let jsGzip: Awaited<ReturnType<typeof rendererJsGzipKb>> | null = null;
let paste: PasteFrames | null = null;
if (!(await rendererBuilt(rendererDir))) {
  addNote(`no built renderer at ${rendererDir}: renderer figures are null (run npx electron-vite build first).`);
} else {
  jsGzip = await rendererJsGzipKb(rendererDir);
  if (!existsSync(chromiumPath)) {
    addNote(`no Chromium at ${chromiumPath}: renderer_first_paint_ms is null (apt-get install chromium).`);
  } else {
    note('renderer first paint in Chromium through the bridge');
    try {
      paint = await firstPaint(rendererDir, PAINT_STARTS, chromiumPath);
    } catch (e) {
      addNote(`renderer_first_paint_ms is null: ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`);
    }
    note('a 10 MB paste analysed and saved in Chromium, with Hindi and without: frame times; an idle page\'s beside it');
    try {
      paste = await pasteFrames(rendererDir, chromiumPath, textOfBytes(sources, 10_000_000), textOfBytes(withoutHindi(sources), 10_000_000), 3);
    } catch (e) {
      addNote(`paste_10mb figures are null: ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`);
    }
  }
}

// Issue 12: start-up, PDFs, batches and a 6 MB text, each beside its peer (speed.ts).
const speed = await speedFigures(sources, note, addNote);
let digest: DigestFigures | null = null;
try {
  digest = await benchDigest(sources.texts, note);
} catch (e) {
  addNote(`digest figures are null: ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`);
}

const per1k = (f: Figure, words: number): number => f.ms / (words / 1000);
const perK2 = per1k(a2k, words2k);
const perK50 = per1k(a50k, words50k);
const figures = {
  analyze_2k_ms: round(a2k.ms),
  analyze_50k_ms: round(a50k.ms),
  lint_question_ms: round(lint.ms, 4),
  docx_rti_ms: round(rti.ms),
  docx_batch36_ms: round(batch.ms),
  pandoc_batch36_ms: pandoc === null ? null : round(pandoc.ms),
  renderer_first_paint_ms: paint === null ? null : round(paint.ms),
  renderer_js_kb_gzip: jsGzip === null ? null : jsGzip.kb,
  renderer_first_js_kb_gzip: jsGzip === null ? null : jsGzip.firstKb,
  renderer_ready_ms: paint === null ? null : round(paint.readyMs),
  renderer_first_contentful_paint_ms: paint === null ? null : round(paint.fcpMs),
  // Issue 12: the longest frame (and the 95th percentile) while a 10 MB paste is checked and analysed (paste-frames.ts).
  paste_10mb_max_frame_ms: paste === null ? null : round(paste.maxFrameMs, 1),
  paste_10mb_p95_frame_ms: paste === null ? null : round(paste.p95FrameMs, 1),
  paste_10mb_longest_task_ms: paste === null ? null : round(paste.longestTaskMs, 1),
  paste_10mb_paste_ms: paste === null ? null : round(paste.pasteMs),
  paste_10mb_analyse_ms: paste === null ? null : round(paste.analyseMs),
  // After the analysis: the case view taking its answer in and drawing the verdicts and the reply.
  paste_10mb_result_max_frame_ms: paste === null ? null : round(paste.resultFrameMs, 1),
  paste_10mb_result_ms: paste === null ? null : round(paste.resultMs),
  // Then the autosave of the 10 MB case, through the bridge (a fetch; Electron's is IPC): the verdicts drawn to "Saved" drawn;
  // then until the app is quiet again (the rest of the reply drawn, the watcher's report of the save).
  paste_10mb_save_max_frame_ms: paste === null ? null : round(paste.saveFrameMs, 1),
  paste_10mb_save_ms: paste === null ? null : round(paste.saveMs),
  paste_10mb_after_save_max_frame_ms: paste === null ? null : round(paste.afterSaveFrameMs, 1),
  // The same 10 MB with no Hindi: nothing for the paste's worker to flag, so the text has to be found free of it.
  paste_10mb_latin_max_frame_ms: paste === null ? null : round(paste.latin.maxFrameMs, 1),
  paste_10mb_latin_longest_task_ms: paste === null ? null : round(paste.latin.longestTaskMs, 1),
  paste_10mb_latin_paste_ms: paste === null ? null : round(paste.latin.pasteMs),
  paste_10mb_latin_result_max_frame_ms: paste === null ? null : round(paste.latin.resultFrameMs, 1),
  paste_10mb_latin_save_max_frame_ms: paste === null ? null : round(paste.latin.saveFrameMs, 1),
  ...speed.figures,
};
const runs = {
  analyze_2k_ms: a2k.runs,
  analyze_50k_ms: a50k.runs,
  lint_question_ms: lint.runs,
  docx_rti_ms: rti.runs,
  docx_batch36_ms: batch.runs,
  pandoc_batch36_ms: pandoc?.runs ?? 0,
  renderer_first_paint_ms: paint?.runs ?? 0,
  renderer_ready_ms: paint?.runs ?? 0,
  renderer_first_contentful_paint_ms: paint?.runs ?? 0,
  paste_10mb_max_frame_ms: paste?.runs ?? 0,
  paste_10mb_save_max_frame_ms: paste?.runs ?? 0,
  paste_10mb_latin_max_frame_ms: paste?.runs ?? 0,
  ...speed.runs,
};
const linearity = {
  analyze_2k_ms_per_1k_words: round(perK2),
  analyze_50k_ms_per_1k_words: round(perK50),
  // 1.0 is perfectly linear; above 1 the analyser slows per word on long input.
  ratio_50k_to_2k: round(perK50 / perK2, 2),
};
const targets = Object.fromEntries(Object.entries(TARGETS).map(([key, limit]) => {
  const value = figures[key as keyof typeof TARGETS];
  return [key, { below_ms: limit, pass: value < limit }];
}));
const rendererTargets = Object.fromEntries(Object.entries(RENDERER_TARGETS).map(([key, limit]) => {
  const value = figures[key as keyof typeof RENDERER_TARGETS];
  return [key, { below_ms: limit, pass: value === null ? null : value < limit }];
}));
// The floor this machine's Chromium allows: a static page's first contentful paint (first-paint.ts).
const rendererPeers = {
  chromium_static_page_fcp_ms: paint === null ? null : round(paint.staticFcpMs),
  // The same frame recorder on an idle static page, for as long: the frames this machine gives a page doing nothing.
  chromium_idle_page_max_frame_ms: paste === null ? null : round(paste.idleMaxFrameMs, 1),
  chromium_idle_page_p95_frame_ms: paste === null ? null : round(paste.idleP95FrameMs, 1),
  chromium_one_10mb_string_ms: paste === null ? null : round(paste.oneStringMs, 1),
};
const ratioOf = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : round(a / b, 2));
const rendererRatios = {
  renderer_fcp_to_static_page: ratioOf(figures.renderer_first_contentful_paint_ms, rendererPeers.chromium_static_page_fcp_ms),
  paste_10mb_max_frame_to_idle_page: ratioOf(figures.paste_10mb_max_frame_ms, rendererPeers.chromium_idle_page_max_frame_ms),
  paste_10mb_latin_max_frame_to_idle_page: ratioOf(figures.paste_10mb_latin_max_frame_ms, rendererPeers.chromium_idle_page_max_frame_ms),
  paste_10mb_longest_task_to_one_string: ratioOf(figures.paste_10mb_longest_task_ms, rendererPeers.chromium_one_10mb_string_ms),
};

if (values.json) {
  process.stdout.write(`${JSON.stringify({
    ...figures,
    runs,
    words: { analyze_2k: words2k, analyze_50k: words50k, lint_question: countWords(QUESTION.parts.join(' ')) },
    linearity,
    targets: { ...targets, ...rendererTargets, ...speedTargets(speed) },
    peers: { ...rendererPeers, ...speed.peers },
    ratios: { ...rendererRatios, ...speed.ratios },
    speed_inputs: { ...speed.facts, paste_text_mb: paste === null ? null : round(paste.textMb, 2), paste_latin_text_mb: paste === null ? null : round(paste.latin.textMb, 2) },
    renderer_js_files: jsGzip?.files ?? 0,
    texts: sources.origin,
    node: process.versions.node,
    notes,
    digest: digest === null ? null : { ...digest, targets: DIGEST_TARGETS },
  })}\n`);
} else {
  const fmt = (v: number | null): string => (v === null ? 'n/a' : `${v.toFixed(v < 1 ? 4 : 2)} ms`);
  const line = (label: string, value: number | null, count: number, target?: number): void => {
    const verdict = target === undefined || value === null ? '' : `  target < ${target} ms: ${value < target ? 'PASS' : 'FAIL'}`;
    process.stdout.write(`${label.padEnd(44)} ${fmt(value).padStart(12)}  (median of ${count})${verdict}\n`);
  };
  line(`analyze, ${words2k} words`, figures.analyze_2k_ms, runs.analyze_2k_ms, TARGETS.analyze_2k_ms);
  line(`analyze, ${words50k} words`, figures.analyze_50k_ms, runs.analyze_50k_ms, TARGETS.analyze_50k_ms);
  process.stdout.write(`${'analyze linearity, ms per 1k words'.padEnd(44)} ${linearity.analyze_2k_ms_per_1k_words} at 2k, ${linearity.analyze_50k_ms_per_1k_words} at 50k (ratio ${linearity.ratio_50k_to_2k})\n`);
  line('lintQuestion, 150-word question', figures.lint_question_ms, runs.lint_question_ms);
  line('RTI application .docx', figures.docx_rti_ms, runs.docx_rti_ms, TARGETS.docx_rti_ms);
  line('same application to 36 authorities .docx', figures.docx_batch36_ms, runs.docx_batch36_ms, TARGETS.docx_batch36_ms);
  line('pandoc, the same 36 documents .docx', figures.pandoc_batch36_ms, runs.pandoc_batch36_ms);
  line('renderer first contentful paint (shell)', figures.renderer_first_contentful_paint_ms, runs.renderer_first_contentful_paint_ms, RENDERER_TARGETS.renderer_first_contentful_paint_ms);
  line('peer: Chromium, a static page, FCP', rendererPeers.chromium_static_page_fcp_ms, runs.renderer_first_contentful_paint_ms);
  line('renderer first paint (case list)', figures.renderer_first_paint_ms, runs.renderer_first_paint_ms, RENDERER_TARGETS.renderer_first_paint_ms);
  process.stdout.write(`${'renderer JS, gzip'.padEnd(44)} ${figures.renderer_js_kb_gzip === null ? 'n/a' : `${figures.renderer_js_kb_gzip} kB`} (${jsGzip?.files ?? 0} file(s))\n`);
  line('renderer ready (case view interactive)', figures.renderer_ready_ms, runs.renderer_ready_ms, RENDERER_TARGETS.renderer_ready_ms);
  line('10 MB paste: longest frame, paste + analysis', figures.paste_10mb_max_frame_ms, runs.paste_10mb_max_frame_ms, RENDERER_TARGETS.paste_10mb_max_frame_ms);
  line('10 MB paste: 95th percentile frame', figures.paste_10mb_p95_frame_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: longest task', figures.paste_10mb_longest_task_ms, runs.paste_10mb_max_frame_ms);
  line('peer: Chromium, an idle page, longest frame', rendererPeers.chromium_idle_page_max_frame_ms, runs.paste_10mb_max_frame_ms);
  line('peer: Chromium, making the 10 MB text one string', rendererPeers.chromium_one_10mb_string_ms, runs.paste_10mb_max_frame_ms);
  line('peer: Chromium, an idle page, p95 frame', rendererPeers.chromium_idle_page_p95_frame_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: paste to text in the box', figures.paste_10mb_paste_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: Analyse to the answer', figures.paste_10mb_analyse_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: answer to verdicts drawn', figures.paste_10mb_result_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: longest frame drawing the result', figures.paste_10mb_result_max_frame_ms, runs.paste_10mb_max_frame_ms);
  line('10 MB paste: verdicts drawn to saved', figures.paste_10mb_save_ms, runs.paste_10mb_save_max_frame_ms);
  line('10 MB paste: longest frame saving the case', figures.paste_10mb_save_max_frame_ms, runs.paste_10mb_save_max_frame_ms, RENDERER_TARGETS.paste_10mb_save_max_frame_ms);
  line('10 MB paste: longest frame, saved to quiet', figures.paste_10mb_after_save_max_frame_ms, runs.paste_10mb_save_max_frame_ms);
  line('10 MB paste, no Hindi: longest frame', figures.paste_10mb_latin_max_frame_ms, runs.paste_10mb_latin_max_frame_ms, RENDERER_TARGETS.paste_10mb_latin_max_frame_ms);
  line('10 MB paste, no Hindi: longest task', figures.paste_10mb_latin_longest_task_ms, runs.paste_10mb_latin_max_frame_ms);
  line('10 MB paste, no Hindi: paste to text in box', figures.paste_10mb_latin_paste_ms, runs.paste_10mb_latin_max_frame_ms);
  line('10 MB paste, no Hindi: longest frame, result', figures.paste_10mb_latin_result_max_frame_ms, runs.paste_10mb_latin_max_frame_ms);
  line('10 MB paste, no Hindi: longest frame saving', figures.paste_10mb_latin_save_max_frame_ms, runs.paste_10mb_latin_max_frame_ms, RENDERER_TARGETS.paste_10mb_latin_save_max_frame_ms);
  for (const [key, v] of Object.entries(rendererRatios)) process.stdout.write(`${key.padEnd(44)} ${v === null ? 'n/a' : String(v)}\n`);
  process.stdout.write(`${'renderer JS for the first screen, gzip'.padEnd(44)} ${figures.renderer_first_js_kb_gzip === null ? 'n/a' : `${figures.renderer_first_js_kb_gzip} kB`}  target < 300 kB\n`);
  printSpeed(speed, (text) => process.stdout.write(text));
  if (digest) process.stdout.write(`${`digest, ${digest.files} files (${digest.pdfs} PDFs)`.padEnd(44)} ${digest.files_per_s} files/s (target >= ${DIGEST_TARGETS.digest_files_per_s}), peak ${digest.peak_mb} MB (target < ${DIGEST_TARGETS.digest_peak_mb}), search ${digest.search_ms} ms (target < ${DIGEST_TARGETS.digest_search_ms}; substring scan ${digest.substring_scan_ms} ms)\n`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
}
