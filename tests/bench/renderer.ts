/**
 * `node tests/bench/renderer.ts [--paint] [--paste] [--runs N]`: only the renderer's figures of
 * `npm run bench` (first paint, and the 10 MB paste analysed and saved), measured exactly as the
 * full bench measures them, for working on one of them without waiting minutes for the rest.
 * With neither switch, both. Prints one JSON object on stdout; progress goes to stderr. Needs a
 * built renderer (`npm run build`) and Chromium, as the full bench does; the full bench stays
 * the figure of record.
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { firstPaint, PAINT_STARTS, rendererBuilt, rendererJsGzipKb } from './first-paint.ts';
import { round } from './measure.ts';
import { pasteFrames } from './paste-frames.ts';
import { textOfBytes } from './speed.ts';
import { loadSources, withoutHindi } from './texts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { paint: { type: 'boolean', default: false }, paste: { type: 'boolean', default: false }, runs: { type: 'string' } } });
const both = !values.paint && !values.paste;
const rendererDir = resolve(ROOT, process.env['UNANSWERED_RENDERER_DIR'] ?? 'out/renderer');
const chromiumPath = process.env['UNANSWERED_CHROMIUM'] ?? '/usr/bin/chromium';
const note = (line: string): void => { process.stderr.write(`bench: ${line}\n`); };

if (!(await rendererBuilt(rendererDir))) throw new Error(`no built renderer at ${rendererDir}: run npm run build first`);
const out: Record<string, unknown> = { load_before: loadavg()[0] };
if (both || values.paint) {
  const runs = Number(values.runs ?? PAINT_STARTS);
  note(`renderer first paint, ${runs} runs`);
  const paint = await firstPaint(rendererDir, runs, chromiumPath);
  const js = await rendererJsGzipKb(rendererDir);
  Object.assign(out, {
    renderer_first_contentful_paint_ms: round(paint.fcpMs),
    renderer_first_paint_ms: round(paint.ms),
    renderer_ready_ms: round(paint.readyMs),
    chromium_static_page_fcp_ms: round(paint.staticFcpMs),
    renderer_first_js_kb_gzip: js.firstKb,
    paint_runs: runs,
  });
}
if (both || values.paste) {
  const runs = Number(values.runs ?? 3);
  note(`10 MB paste analysed and saved, ${runs} runs each text`);
  const sources = await loadSources();
  const paste = await pasteFrames(rendererDir, chromiumPath, textOfBytes(sources, 10_000_000), textOfBytes(withoutHindi(sources), 10_000_000), runs);
  Object.assign(out, {
    paste_10mb_max_frame_ms: round(paste.maxFrameMs, 1),
    paste_10mb_result_max_frame_ms: round(paste.resultFrameMs, 1),
    paste_10mb_save_max_frame_ms: round(paste.saveFrameMs, 1),
    paste_10mb_save_ms: round(paste.saveMs),
    paste_10mb_after_save_max_frame_ms: round(paste.afterSaveFrameMs, 1),
    paste_10mb_latin_max_frame_ms: round(paste.latin.maxFrameMs, 1),
    paste_10mb_latin_save_max_frame_ms: round(paste.latin.saveFrameMs, 1),
    chromium_idle_page_max_frame_ms: round(paste.idleMaxFrameMs, 1),
    paste_runs: runs,
  });
}
out['load_after'] = loadavg()[0];
process.stdout.write(`${JSON.stringify(out)}\n`);
