import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// playwright-core's chromium, through the package.json dependency that re-exports it.
import { chromium } from '@playwright/test';
import { startBridge } from '../bridge/bridge-server.ts';
import { preloadShimSource } from '../bridge/preload-shim.ts';
import { median } from './measure.ts';

/** Same switches as playwright.config.ts: Debian's Chromium, nothing reaching out at start. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Marks when the case list is first painted, in ms since navigation start (performance.now()'s
 * origin). A MutationObserver sees the first case button appear; requestAnimationFrame then a
 * zero timeout lands just after the frame that shows it has been painted.
 */
const PAINT_PROBE = `(() => {
  const seen = () => document.querySelector('.case-list .case-link') !== null;
  const mark = () => requestAnimationFrame(() => setTimeout(() => { window.__casesPaintedAt = performance.now(); }, 0));
  const start = () => {
    if (seen()) return mark();
    const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); mark(); } });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;

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
 * first start's cost, not a paint's.
 */
export async function firstPaint(rendererDir: string, runs: number, chromiumPath: string): Promise<{ ms: number; runs: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-paint-'));
  const { server, url } = await startBridge({ dataDir, rendererDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  try {
    const once = async (): Promise<number> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript({ content: preloadShimSource() });
        await page.addInitScript({ content: PAINT_PROBE });
        await page.goto(url);
        // A function, not a string: the renderer's CSP forbids eval. `globalThis` is the page's
        // window there (this file is type-checked for Node, which has no `window`).
        const handle = await page.waitForFunction(() => (globalThis as { __casesPaintedAt?: number }).__casesPaintedAt, undefined, { timeout: 30_000 });
        const value: unknown = await handle.jsonValue();
        if (typeof value !== 'number') throw new Error('the case list was not painted');
        return value;
      } finally {
        await context.close();
      }
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once());
    return { ms: median(times), runs };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Gzip size (zlib level 9) of the renderer's JavaScript in `assets/`, in kB (1,000 bytes). */
export async function rendererJsGzipKb(rendererDir: string): Promise<{ kb: number; files: number }> {
  const assets = join(rendererDir, 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js'));
  let bytes = 0;
  for (const name of names) bytes += gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
  return { kb: Math.round(bytes / 100) / 10, files: names.length };
}
