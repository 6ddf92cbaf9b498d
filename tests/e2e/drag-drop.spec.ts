import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/texts');

/** Drop a file on the page the way a file manager does: a real DataTransfer with a File in it. */
async function dropOnWindow(page: Page, name: string, bytes: Buffer, target: string): Promise<void> {
  await page.evaluate(({ name, base64, target }) => {
    const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name, { type: 'text/plain' }));
    const element = document.querySelector(target) ?? document.body;
    element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, base64: bytes.toString('base64'), target });
}

test('a reply dropped anywhere on the window is imported into the open case and analysed', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Name of the new case').fill('Dropped reply');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dropped reply' })).toBeVisible();

  const text = await readFile(resolve(CORPUS, 'q008.txt'));
  // Dropped on the case header, not on an import box.
  await dropOnWindow(page, 'q008.txt', text, '.case__header');
  await expect(page.locator('textarea').first()).toHaveValue(/STUDY ON PUBLIC HEALTHCARE FACILITIES/i);
  await page.getByRole('button', { name: /^Analyse/ }).click();
  await expect(page.locator('li[data-part]').first()).toBeVisible();
  expect(await page.locator('li[data-part]').count()).toBeGreaterThan(1);
});

test('a file dropped with no case open is not imported, and says why', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'Help' }).click();
  await dropOnWindow(page, 'q008.txt', Buffer.from('text'), 'main');
  await expect(page.getByRole('status').filter({ hasText: 'Open or create a case first' })).toBeVisible();
});
