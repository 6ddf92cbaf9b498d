import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The README's pictures, made from the real renderer on every run so they never go stale:
 * the first-run welcome, the analysis, a draft with its checks, the filings tracker and the deadlines dashboard.
 */
const OUT = resolve(import.meta.dirname, 'screenshots');

/** Pictures show the top of the screen, wherever focus left the scroll position. */
async function scrollToTop(page: Page): Promise<void> {
  await page.locator('main.workspace').evaluate((el) => el.scrollTo(0, 0));
  await page.mouse.move(0, 0);
}

test('screenshots of the main screens for the README', async ({ page, bridge }) => {
  await mkdir(OUT, { recursive: true });
  await page.setViewportSize({ width: 1360, height: 860 });
  await openApp(page, bridge);
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  // The first-run welcome, then closed for the rest.
  await page.screenshot({ path: join(OUT, 'welcome.png') });
  await page.getByRole('button', { name: 'Close the welcome' }).click();
  await page.locator('li[data-part="b"] .part__text').click();
  await page.screenshot({ path: join(OUT, 'analysis.png') });

  // A Rajya Sabha question notice from the open parts, with the checks beside it.
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  await form.getByLabel('Kind of document').selectOption({ label: 'RTI application (s.6(1))' });
  await form.getByRole('button', { name: /^Draft .* for open points$/ }).click();
  await expect(page.locator('form.draft-editor')).toBeVisible();
  await scrollToTop(page);
  await page.screenshot({ path: join(OUT, 'draft.png') });

  // Record an RTI application filed long ago, so the tracker has something due.
  await page.getByRole('tab', { name: 'Filings' }).click();
  await page.getByRole('button', { name: 'Record a filing' }).click();
  const filing = page.getByRole('form', { name: 'Record a filing' });
  await filing.getByLabel('Public authority', { exact: true }).fill('Ministry of Health and Family Welfare');
  await filing.getByLabel('How it was sent').selectOption('post');
  await filing.getByLabel('Registration or postal article number').fill('EK123456789IN');
  await filing.getByLabel('Date filed (sent or handed in)').fill('2026-09-01');
  await filing.getByRole('button', { name: 'Save the filing' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await scrollToTop(page);
  await page.screenshot({ path: join(OUT, 'filings.png') });

  await page.getByRole('button', { name: 'Deadlines dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'dashboard.png') });
});
