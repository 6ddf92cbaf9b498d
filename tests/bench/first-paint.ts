import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// playwright-core's chromium, through the package.json dependency that re-exports it.
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../bridge/bridge-server.ts';
import { preloadShimSource } from '../bridge/preload-shim.ts';
import { median } from './measure.ts';

/** Same switches as playwright.config.ts: Debian's Chromium, nothing reaching out at start. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * A script that reports, in ms since navigation start (performance.now()'s origin), when
 * `selector` first matches and has been painted: a MutationObserver sees it appear;
 * requestAnimationFrame then a zero timeout lands just after the frame that shows it, once the
 * main thread is free again. It reports through the console (`console.debug`), which the bench
 * reads over the DevTools protocol: waiting with page.waitForFunction would inject Playwright's
 * own script into the page, about 110 ms of the main thread on this machine in the middle of
 * start-up, which the measured start-up then included (seen in a Chromium trace).
 */
function reportWhenPainted(selector: string, key: string): string {
  return `(() => {
  const seen = () => document.querySelector(${JSON.stringify(selector)}) !== null;
  const report = () => requestAnimationFrame(() => setTimeout(() => { console.debug(${JSON.stringify(key)}, performance.now()); }, 0));
  const start = () => {
    if (seen()) return report();
    const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); report(); } });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;
}

/** The time a probe reported: the first console message `key <ms>` on `page` (reportWhenPainted). */
function reported(page: Page, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${key}" report in 30 s`)), 30_000);
    page.on('console', (message) => {
      const [name, at] = message.text().split(' ');
      if (name !== key) return;
      clearTimeout(timer);
      resolve(Number(at));
    });
  });
}

/**
 * Chromium's own first-contentful-paint entry (Paint Timing): the first frame with text in it,
 * which is index.html's start-up shell (the app's name and "Opening your cases…") once it paints
 * before the scripts have run. Read after the case view is ready, so the entry is there.
 */
const FCP = 'first-contentful-paint';

/**
 * The peer: a page with a heading and a line of text and nothing else (no script, no stylesheet),
 * from the same kind of loopback server, in the same browser, measured in the same loop. Its
 * first contentful paint is the floor this machine's Chromium allows a page.
 */
const STATIC_PAGE = '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Unanswered</title></head><body><p>Unanswered</p><p>Opening your cases…</p></body></html>\n';

/** The case list first painted (renderer_first_paint_ms). */
const PAINT_KEY = 'unanswered-bench:cases-painted';
/** The open case interactive (issue 12's renderer_ready_ms): its verdict list painted, the thread free. */
const READY_KEY = 'unanswered-bench:case-ready';

/**
 * Starts per first-paint figure, the median taken: nine, not five. On a 2-core machine one start's
 * paint varies by ±60 ms, and the median of five moved by as much from one bench run to the next.
 */
export const PAINT_STARTS = 9;

export async function rendererBuilt(rendererDir: string): Promise<boolean> {
  try {
    return (await stat(join(rendererDir, 'index.html'))).isFile();
  } catch {
    return false;
  }
}

/**
 * Time from navigation to the case list painted: the built renderer served by the bridge (the
 * real services over loopback), opened in a fresh browser context per run (no cache). One
 * unmeasured page first: it bootstraps the data folder (seeding the example case), which is a
 * first start's cost, not a paint's. Beside it, Chromium's first contentful paint of the same
 * pages (the start-up shell) and of a static page (the peer), measured in turn with them.
 */
export async function firstPaint(rendererDir: string, runs: number, chromiumPath: string): Promise<{ ms: number; runs: number; readyMs: number; fcpMs: number; staticFcpMs: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-paint-'));
  const staticDir = await mkdtemp(join(tmpdir(), 'bench-paint-static-'));
  await writeFile(join(staticDir, 'index.html'), STATIC_PAGE);
  const { server, url } = await startBridge({ dataDir, rendererDir });
  const peer = await startBridge({ dataDir: join(staticDir, 'data'), rendererDir: staticDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const fcpOf = async (page: Page): Promise<number> => {
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, FCP, { timeout: 30_000 });
    const value: unknown = await handle.jsonValue();
    if (typeof value !== 'number') throw new Error('no first-contentful-paint entry');
    return value;
  };
  try {
    const staticOnce = async (): Promise<number> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(peer.url);
        return await fcpOf(page);
      } finally {
        await context.close();
      }
    };
    const once = async (): Promise<[number, number, number]> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript({ content: preloadShimSource() });
        await page.addInitScript({ content: reportWhenPainted('.case-list .case-link', PAINT_KEY) });
        await page.addInitScript({ content: reportWhenPainted('.case .parts .part', READY_KEY) });
        const painted = reported(page, PAINT_KEY);
        const interactive = reported(page, READY_KEY);
        await page.goto(url);
        const [value, ready] = await Promise.all([painted, interactive]);
        return [value, ready, await fcpOf(page)];
      } finally {
        await context.close();
      }
    };
    await once();
    await staticOnce();
    const times: number[] = [];
    const ready: number[] = [];
    const fcp: number[] = [];
    const staticFcp: number[] = [];
    // Peer and app in turn, so a busy spell on the machine falls on both.
    for (let i = 0; i < runs; i++) {
      staticFcp.push(await staticOnce());
      const [paint, interactive, contentful] = await once();
      times.push(paint);
      ready.push(interactive);
      fcp.push(contentful);
    }
    return { ms: median(times), runs, readyMs: median(ready), fcpMs: median(fcp), staticFcpMs: median(staticFcp) };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
    await new Promise<void>((done) => peer.server.close(() => done()));
    await rm(dataDir, { recursive: true, force: true });
    await rm(staticDir, { recursive: true, force: true });
  }
}

/**
 * Gzip size (zlib level 9) of the renderer's JavaScript in `assets/`, in kB (1,000 bytes): all of
 * it, and the first screen's: the scripts and module preloads index.html names, and the open
 * case's chunk ('case', electron.vite.config.ts), which index.html no longer names as it is
 * fetched once the case list has painted, but which every start loads. The chunks of the other
 * screens, Hindi and the analyser's worker load later.
 */
export async function rendererJsGzipKb(rendererDir: string): Promise<{ kb: number; files: number; firstKb: number }> {
  const assets = join(rendererDir, 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js'));
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const first = new Set([...[...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]), ...names.filter((n) => /^case-[\w-]{8}\.js$/.test(n))]);
  let bytes = 0;
  let firstBytes = 0;
  for (const name of names) {
    const size = gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
    bytes += size;
    if (first.has(name)) firstBytes += size;
  }
  const kb = (n: number): number => Math.round(n / 100) / 10;
  return { kb: kb(bytes), files: names.length, firstKb: kb(firstBytes) };
}
