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

test('a reply dropped with no case open makes a new case, named from its subject, with the text in the import form', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'Help' }).click();
  const text = await readFile(resolve(CORPUS, 'q008.txt'));
  await dropOnWindow(page, 'q008.txt', text, 'main');
  // The subject as the House printed it, in heading case; the list shows the new case too.
  const heading = page.getByRole('heading', { level: 1, name: /public healthcare facilities/i });
  await expect(heading).toBeVisible();
  await expect(page.locator('.case-list').getByText(/public healthcare facilities/i)).toBeVisible();
  await expect(page.locator('textarea').first()).toHaveValue(/STUDY ON PUBLIC HEALTHCARE FACILITIES/i);
  await page.getByRole('button', { name: /^Analyse/ }).click();
  await expect(page.locator('li[data-part]').first()).toBeVisible();
});

test('a dropped file that cannot be read makes no case, and says why', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'Help' }).click();
  const before = await page.locator('.case-list li').count();
  // A PDF name with bytes that are no PDF: refused by the importer, so no case is made.
  await dropOnWindow(page, 'broken.pdf', Buffer.from('%PDF-1.7 not really'), 'main');
  await expect(page.getByRole('status').filter({ hasText: 'The reply could not be imported' })).toBeVisible();
  expect(await page.locator('.case-list li').count()).toBe(before);
});
