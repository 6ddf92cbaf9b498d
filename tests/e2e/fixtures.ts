import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { preloadShimSource } from '../bridge/preload-shim.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type Bridge = {
  readonly url: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Queue the answer the next save dialog gives. */
  readonly answerSaveDialog: (path: string | null) => Promise<void>;
  readonly answerFolderDialog: (path: string | null) => Promise<void>;
  /** Queue the answer the next open-file dialog gives. */
  readonly answerOpenDialog: (path: string | null) => Promise<void>;
  /** Queue the answer the next open dialog for many files gives. */
  readonly answerOpenFilesDialog: (paths: ReadonlyArray<string> | null) => Promise<void>;
  /** Everything the app wrote to the (recorded) clipboard, oldest first. */
  readonly readClipboard: () => Promise<ReadonlyArray<string>>;
  readonly stop: () => Promise<void>;
};

/** Start the bridge as a child process on its own data folder; resolves when it listens. */
export async function startBridgeProcess(dataDir: string): Promise<Bridge> {
  // UNANSWERED_RENDERER_DIR: a renderer built elsewhere than out/ (see electron.vite.config.ts).
  const renderer = resolve(ROOT, process.env.UNANSWERED_RENDERER_DIR ?? 'out/renderer');
  const child = spawn(process.execPath, ['--no-memory-protection-keys', join(ROOT, 'tests/bridge/main.ts'), '--data', dataDir, '--renderer', renderer], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const stdout = child.stdout;
  if (!stdout) throw new Error('bridge has no stdout');
  const url = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => { if (line.startsWith('BRIDGE ')) done(line.slice(7).trim()); });
    child.once('exit', (code) => fail(new Error(`bridge exited early with code ${code}`)));
  });
  const control = async (body: object) => {
    const res = await fetch(`${url}/__test/dialog`, { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).toBe(204);
  };
  return {
    url,
    dataDir,
    process: child,
    answerSaveDialog: (path) => control({ save: [path] }),
    answerFolderDialog: (path) => control({ folder: [path] }),
    answerOpenDialog: (path) => control({ open: [path] }),
    answerOpenFilesDialog: (paths) => control({ openMany: [paths] }),
    readClipboard: async () => {
      const res = await fetch(`${url}/__test/clipboard`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { copied: string[] }).copied;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Open the renderer on a bridge with the preload shim in place, and wait for the app to be ready. */
export async function openApp(page: Page, bridge: Bridge): Promise<void> {
  await page.addInitScript({ content: preloadShimSource() });
  await page.goto(bridge.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
}

type Fixtures = { bridge: Bridge; workDir: string };

/** Each test gets its own data folder and its own bridge (Bruno: no shared user data). */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'unanswered-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  bridge: async ({ workDir }, use) => {
    const bridge = await startBridgeProcess(join(workDir, 'data'));
    await use(bridge);
    await bridge.stop();
  },
});

/** What a real paste delivers: a trusted-looking paste event carrying text/plain, into the focused box. */
export async function paste(box: Locator, text: string): Promise<void> {
  await box.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    (el as HTMLTextAreaElement).focus();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export { expect };
