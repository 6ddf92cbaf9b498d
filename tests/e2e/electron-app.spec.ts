import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The Electron binary, if this machine has one (npm could download it). Found the way
 * electron's own index.js finds it, but without its fallback of downloading on the spot.
 */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const full = join(dist, relative);
  return relative !== '' && existsSync(full) ? full : null;
}

/**
 * The packaged app from `npm run dist` (electron-builder's unpacked folder), if one was built on
 * this machine; UNANSWERED_PACKAGED_APP names another. It is preferred to the development build.
 */
function packagedApp(): string | null {
  const candidates = [
    process.env.UNANSWERED_PACKAGED_APP,
    join(ROOT, 'release/linux-unpacked/unanswered'),
    join(ROOT, 'release/win-unpacked/Unanswered.exe'),
    join(ROOT, 'release/mac/Unanswered.app/Contents/MacOS/Unanswered'),
    join(ROOT, 'release/mac-arm64/Unanswered.app/Contents/MacOS/Unanswered'),
  ];
  return candidates.find((c): c is string => typeof c === 'string' && existsSync(c)) ?? null;
}

const packaged = packagedApp();
const binary = electronBinary();
/** What to launch: the packaged app as it is, or Electron running the built out/main. */
const launch = packaged
  ? { executablePath: packaged, args: [] as string[], what: `the packaged app at ${packaged}` }
  : binary
    ? { executablePath: binary, args: [join(ROOT, 'out/main/index.js')], what: 'the built app (out/) in Electron' }
    : null;
const SKIP_MESSAGE = 'SKIPPED: no Electron binary and no packaged app on this machine (neither can be downloaded here); this test runs the app wherever one exists.';
console.log(`[electron-app.spec] ${launch ? `running ${launch.what}` : SKIP_MESSAGE}`);

test.describe('the Electron app', () => {
  test.skip(launch === null, SKIP_MESSAGE);

  test('starts on the CoWIN example with the renderer locked down', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'unanswered-electron-'));
    const app = await electron.launch({
      executablePath: launch?.executablePath,
      args: launch?.args ?? [],
      env: { ...process.env, UNANSWERED_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/unanswered\//);
      // The preload exposes the API, and nothing of Node.
      const exposure = await page.evaluate(() => ({
        api: typeof (window as unknown as { api?: unknown }).api,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposure).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
      // New windows are denied; navigation away is blocked.
      expect(await page.evaluate(() => window.open('https://example.org') === null)).toBe(true);
      await page.evaluate(() => { window.location.href = 'https://example.org/'; });
      await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/unanswered\//);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
