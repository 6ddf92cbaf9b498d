import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startBridge } from '../bridge/bridge-server.ts';
import { preloadShimSource } from '../bridge/preload-shim.ts';
import { CHROMIUM_ARGS } from './first-paint.ts';
import { median } from './measure.ts';
import { SLICE_CHARS } from '../../renderer/src/workers/sliced-message.ts';

/**
 * Issue 12: "the interface stays responsive, at under 50 ms per frame, while a 10 MB paste is
 * analysed". In the built renderer, through the bridge, in Chromium: a new case, a 10 MB text
 * pasted into its box (a real paste event with the text on its clipboard data), then Analyse,
 * until the verdicts are on screen. Through it all the page records every animation frame's
 * time (requestAnimationFrame) and every long task (PerformanceObserver, Long Tasks API); a
 * frame's time is the gap between two frames. The figures are the longest frame and the 95th
 * percentile over the paste (the paste event to the first frame with the text in the box) and
 * the analysis (Analyse to the worker's answer) together, each run's; then the median over the
 * runs. What follows the analysis, the case view taking its answer in and drawing the verdicts
 * and the reply, has figures of its own (resultFrameMs, resultMs), and so does the autosave of
 * the 10 MB case that follows (saveFrameMs, saveMs: the verdicts drawn to "Saved" drawn), and what
 * comes after it until the app is quiet again (afterSaveFrameMs: the rest of a long reply drawn a
 * piece at a time, the folder watcher's report of the save and the case read again).
 *
 * Through the bridge a save is fetches: the long text goes ahead in parts of 64K characters
 * (renderer/src/case-save.ts), each JSON and an upload (which the browser's DevTools network
 * agent, on for Playwright, copies too), then the case naming it, and an answer naming it back.
 * In Electron each is ipcRenderer.invoke, a structured clone each way. The save figures are the
 * bridge's, so they bound Electron's from above; they are not Electron's.
 *
 * Twice over: a text with Hindi (the corpus's), and the same without it (`latin`). The paste's
 * worker flags Hindi it finds, but a text with none has to be found to have none, so the two
 * texts take different paths through the import screen.
 *
 * Each run has a fresh data folder: the app reopens the last case at start, which would be the
 * previous run's 10 MB case.
 *
 * The peer, measured in turn in the same browser: the same recorder on a static page doing
 * nothing, for as long as the app's run took: the frame times this machine gives an idle page.
 */

/** One text's figures: the median over the runs of each run's figure. */
export type PastePhases = {
  readonly maxFrameMs: number;
  readonly p95FrameMs: number;
  readonly longestTaskMs: number;
  /** The longest frame from the worker's answer to the verdicts drawn (the case view's, after the analysis). */
  readonly resultFrameMs: number;
  /** From the worker's answer to the verdicts drawn. */
  readonly resultMs: number;
  /** The longest frame from the verdicts drawn until "Saved" is drawn. */
  readonly saveFrameMs: number;
  /** From the verdicts drawn to "Saved" on screen. */
  readonly saveMs: number;
  /** The longest frame from "Saved" drawn until the app is quiet again. */
  readonly afterSaveFrameMs: number;
  readonly pasteMs: number;
  readonly analyseMs: number;
  readonly textMb: number;
};

export type PasteFrames = PastePhases & {
  /**
   * The same, for a 10 MB text with no Hindi in it: a text with Hindi is flagged by the paste's
   * worker, one without has to be found to have none, which is work of its own (issue 12).
   */
  readonly latin: PastePhases;
  readonly idleMaxFrameMs: number;
  readonly idleP95FrameMs: number;
  /**
   * The platform's floor for any step that makes the whole text one string: in the same browser,
   * on the idle page, joining the text's slices (as the worker sends them) into one string. A
   * paste whose checked text differs from what was pasted (a form feed made a line break) has to
   * make that string once in the window; this says what that costs on this machine by itself.
   */
  readonly oneStringMs: number;
  readonly runs: number;
};

/**
 * Installed in the page: records every animation frame's time and every long task between
 * start() and stop(), and marks when the analyser's worker answers (the Worker class is wrapped
 * to see its first message; nothing else of the app is touched).
 */
export const RECORDER = `(() => {
  const r = { frames: [], tasks: [], marks: {}, on: false };
  window.__frames = r;
  new PerformanceObserver((list) => { if (r.on) for (const e of list.getEntries()) r.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  const tick = (t) => { if (!r.on) return; r.frames.push(t); requestAnimationFrame(tick); };
  r.mark = (name) => { r.marks[name] = performance.now(); };
  r.start = () => { r.frames = []; r.tasks = []; r.marks = {}; r.on = true; requestAnimationFrame(tick); };
  r.stop = () => { r.on = false; return { frames: r.frames, tasks: r.tasks, marks: r.marks }; };
  const Real = window.Worker;
  window.Worker = class extends Real {
    constructor(url, options) {
      super(url, options);
      if (/analysis-worker/.test(String(url))) this.addEventListener('message', () => r.mark('answered'));
    }
  };
})();`;

type Marks = { paste?: number; placed?: number; click?: number; answered?: number; verdicts?: number; saved?: number };
/**
 * What the page functions below use of the page's window. This file is type-checked for Node,
 * which has no DOM; these run in the page, where they are all there.
 */
type El = { click: () => void; textContent: string | null; dispatchEvent: (e: unknown) => boolean };
type PageWindow = {
  document: { querySelector: (s: string) => El | null; querySelectorAll: (s: string) => Iterable<El>; body: unknown };
  performance: { now: () => number };
  DataTransfer: new () => { setData: (type: string, data: string) => void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
  MutationObserver: new (cb: () => void) => { observe: (target: unknown, options: { childList: boolean; subtree: boolean; attributes?: boolean }) => void; disconnect: () => void };
  requestAnimationFrame: (cb: () => void) => number;
  __clipboard: unknown;
};
type Recorded = { frames: number[]; tasks: Array<[number, number]>; marks: Marks };
type RecorderWindow = { __frames: { start: () => void; stop: () => Recorded; mark: (name: keyof Marks) => void; tasks: Array<[number, number]>; marks: Marks } };

function percentile(xs: ReadonlyArray<number>, p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Frame times (gaps between frames) of the frames that ended after `from` and no later than `to`. */
function gapsWithin(frames: ReadonlyArray<number>, from: number, to: number): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    const end = frames[i] ?? 0;
    if (end > from && end <= to) gaps.push(end - (frames[i - 1] ?? 0));
  }
  return gaps;
}

/** The first frame after `at`: the one that shows what happened then. */
function frameAfter(frames: ReadonlyArray<number>, at: number): number {
  return frames.find((f) => f > at) ?? at;
}

/** Polls every 50 ms on a cheap selector: the default per-frame polling would itself load the frames measured. */
async function waitFor(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => (globalThis as unknown as PageWindow).document.querySelector(s) !== null, selector, { polling: 50, timeout: 300_000 });
}

export type RunPhases = {
  /** Frame times from the paste to the text in the box, then from Analyse to the worker's answer. */
  readonly busy: number[];
  readonly pasteMs: number;
  readonly analyseMs: number;
  /** The longest frame from the worker's answer to the verdicts drawn: the case view taking the result in. */
  readonly resultFrameMs: number;
  readonly resultMs: number;
  /** The longest frame from the verdicts drawn until "Saved" is drawn: the autosave of the 10 MB case. */
  readonly saveFrameMs: number;
  /** From the verdicts drawn to "Saved" on screen. */
  readonly saveMs: number;
  /** The longest frame after that, until the app is quiet (SAVE_QUIET_MS): the rest of the reply drawn, and what the save set off. */
  readonly afterSaveFrameMs: number;
  readonly longestTaskMs: number;
  readonly totalMs: number;
};

/**
 * The save's part of a run ends once "Saved" is on screen and then no long task has run for this
 * long: a save sets more off after it lands (the folder watcher reports the write about 120 ms
 * later, and the case list is read again), and those are the save's frames too.
 */
const SAVE_QUIET_MS = 1500;

export async function oneRun(page: Page, url: string, text: string, n: number): Promise<RunPhases> {
  await page.goto(url);
  await waitFor(page, '.case-list .case-link');
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill(`Ten megabytes ${n}`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const box = page.getByRole('tabpanel').getByLabel('Text of the question and the reply');
  await box.waitFor();
  // The clipboard's contents are there before the paste, as they are when the user presses Ctrl+V.
  await page.evaluate((t) => { const w = globalThis as unknown as PageWindow; const d = new w.DataTransfer(); d.setData('text/plain', t); w.__clipboard = d; }, text);
  await box.focus();
  await page.evaluate(() => (globalThis as unknown as RecorderWindow).__frames.start());
  await box.evaluate((el) => {
    const w = globalThis as unknown as RecorderWindow & PageWindow;
    w.__frames.mark('paste');
    el.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: w.__clipboard, bubbles: true, cancelable: true }));
    // The origin line appears once the checked text is in the box.
    const seen = new w.MutationObserver(() => { if (w.document.querySelector('.import-slot__origin')) { seen.disconnect(); w.__frames.mark('placed'); } });
    seen.observe(w.document.body, { childList: true, subtree: true });
  });
  await waitFor(page, '.import-slot__origin');
  await page.evaluate(() => {
    const w = globalThis as unknown as RecorderWindow & PageWindow;
    const button = [...w.document.querySelectorAll('button')].find((b) => b.textContent === 'Analyse');
    if (!button) throw new Error('no Analyse button');
    w.__frames.mark('click');
    const seen = new w.MutationObserver(() => { if (w.document.querySelector('li[data-part]')) { seen.disconnect(); w.__frames.mark('verdicts'); } });
    seen.observe(w.document.body, { childList: true, subtree: true });
    // The analysis is autosaved: "Saved" replaces "Saving…" in the case's header (data-save-state).
    const saved = new w.MutationObserver(() => { if (w.document.querySelector('li[data-part]') && w.document.querySelector('[data-save-state="saved"]')) { saved.disconnect(); w.__frames.mark('saved'); } });
    saved.observe(w.document.body, { childList: true, subtree: true, attributes: true });
    button.click();
  });
  await waitFor(page, 'li[data-part]');
  await waitFor(page, '[data-save-state="saved"]');
  // Then until no long task has run for SAVE_QUIET_MS (polled slowly: the polling is itself a task).
  await page.waitForFunction((quiet) => {
    const w = globalThis as unknown as RecorderWindow & PageWindow;
    const r = w.__frames;
    const savedAt = r.marks.saved;
    if (savedAt === undefined) return false;
    const lastEnd = Math.max(savedAt, ...r.tasks.map(([start, d]) => start + d));
    return w.performance.now() - lastEnd >= quiet;
  }, SAVE_QUIET_MS, { polling: 100, timeout: 300_000 });
  const { frames, tasks, marks } = await page.evaluate(() => (globalThis as unknown as RecorderWindow).__frames.stop());
  const { paste, placed, click, answered, verdicts, saved } = marks;
  if (paste === undefined || placed === undefined || click === undefined || answered === undefined || verdicts === undefined || saved === undefined) throw new Error(`a mark is missing: ${JSON.stringify(marks)}`);
  // The paste's frames run to the first frame after the text reached the box, which lays it out.
  const busy = [...gapsWithin(frames, paste, frameAfter(frames, placed)), ...gapsWithin(frames, click, answered)];
  const drawn = frameAfter(frames, verdicts);
  const result = gapsWithin(frames, answered, drawn);
  const savedDrawn = frameAfter(frames, saved);
  const save = gapsWithin(frames, drawn, savedDrawn);
  const after = gapsWithin(frames, savedDrawn, Infinity);
  if (process.env['BENCH_DEBUG']) process.stderr.write(`${JSON.stringify({ marks, long: busy.filter((g) => g > 50).map(Math.round), save: save.filter((g) => g > 50).map(Math.round), after: after.filter((g) => g > 50).map(Math.round), tasks: tasks.map(([s, d]) => [Math.round(s), Math.round(d)]) })}\n`);
  return {
    busy,
    pasteMs: placed - paste,
    analyseMs: answered - click,
    resultFrameMs: Math.max(0, ...result),
    resultMs: verdicts - answered,
    saveFrameMs: Math.max(0, ...save),
    saveMs: saved - verdicts,
    afterSaveFrameMs: Math.max(0, ...after),
    longestTaskMs: Math.max(0, ...tasks.filter(([start]) => (start >= paste && start < placed) || (start >= click && start < answered)).map(([, d]) => d)),
    totalMs: (frames.at(-1) ?? 0) - paste,
  };
}

/** Median of three: the text cut into the worker's slices in the page, then timed joining into one string. */
async function oneStringMs(page: Page, text: string): Promise<number> {
  return page.evaluate(({ t, size }) => {
    const slices: string[] = [];
    for (let at = 0; at < t.length; at += size) slices.push(t.slice(at, at + size).split('').join(''));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const whole = slices.join('');
      times.push(performance.now() - start);
      if (whole.length !== t.length) throw new Error('the joined text lost characters');
    }
    return [...times].sort((a, b) => a - b)[1] ?? 0;
  }, { t: text, size: SLICE_CHARS });
}

function phases(all: ReadonlyArray<RunPhases>, text: string): PastePhases {
  return {
    maxFrameMs: median(all.map((r) => Math.max(...r.busy))),
    p95FrameMs: median(all.map((r) => percentile(r.busy, 95))),
    longestTaskMs: median(all.map((r) => r.longestTaskMs)),
    resultFrameMs: median(all.map((r) => r.resultFrameMs)),
    resultMs: median(all.map((r) => r.resultMs)),
    saveFrameMs: median(all.map((r) => r.saveFrameMs)),
    saveMs: median(all.map((r) => r.saveMs)),
    afterSaveFrameMs: median(all.map((r) => r.afterSaveFrameMs)),
    pasteMs: median(all.map((r) => r.pasteMs)),
    analyseMs: median(all.map((r) => r.analyseMs)),
    textMb: Buffer.byteLength(text) / (1024 * 1024),
  };
}

/** One run of the app on `text`, in a fresh data folder and a fresh browser context. */
async function appRun(browser: Browser, rendererDir: string, text: string, n: number): Promise<RunPhases> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-paste-'));
  const app = await startBridge({ dataDir, rendererDir });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: preloadShimSource() });
    await page.addInitScript({ content: RECORDER });
    return await oneRun(page, app.url, text, n);
  } finally {
    await context.close();
    await app.shutdown();
    await new Promise<void>((done) => app.server.close(() => done()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** `text` has Hindi in it (the corpus's), `latin` none: each is run `runs` times, in turn. */
export async function pasteFrames(rendererDir: string, chromiumPath: string, text: string, latin: string, runs: number): Promise<PasteFrames> {
  const staticDir = await mkdtemp(join(tmpdir(), 'bench-paste-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Idle</title></head><body><p>Idle</p></body></html>\n');
  const peer = await startBridge({ dataDir: join(staticDir, 'data'), rendererDir: staticDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  try {
    const all: RunPhases[] = [];
    const allLatin: RunPhases[] = [];
    const idle: Array<{ max: number; p95: number; oneStringMs: number }> = [];
    for (let i = 0; i < runs; i++) {
      all.push(await appRun(browser, rendererDir, text, i));
      allLatin.push(await appRun(browser, rendererDir, latin, i));
      // The peer: an idle page's frames, for as long as the app's run took.
      const quiet = await browser.newContext();
      try {
        const page = await quiet.newPage();
        await page.addInitScript({ content: RECORDER });
        await page.goto(peer.url);
        await page.evaluate(() => (globalThis as unknown as RecorderWindow).__frames.start());
        await page.waitForTimeout(all.at(-1)?.totalMs ?? 1000);
        const { frames } = await page.evaluate(() => (globalThis as unknown as RecorderWindow).__frames.stop());
        const gaps = gapsWithin(frames, 0, Infinity);
        idle.push({ max: Math.max(...gaps), p95: percentile(gaps, 95), oneStringMs: await oneStringMs(page, text) });
      } finally {
        await quiet.close();
      }
    }
    return {
      ...phases(all, text),
      latin: phases(allLatin, latin),
      idleMaxFrameMs: median(idle.map((r) => r.max)),
      idleP95FrameMs: median(idle.map((r) => r.p95)),
      oneStringMs: median(idle.map((r) => r.oneStringMs)),
      runs,
    };
  } finally {
    await browser.close();
    await peer.shutdown();
    await new Promise<void>((done) => peer.server.close(() => done()));
    await rm(staticDir, { recursive: true, force: true });
  }
}
