import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The README's pictures, made from the real renderer on every run so they never go stale.
 */
const OUT = resolve(import.meta.dirname, 'screenshots');

test('screenshots of the main screens for the README', async ({ page, bridge }) => {
  await mkdir(OUT, { recursive: true });
  await page.setViewportSize({ width: 1360, height: 860 });
  await openApp(page, bridge);
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  await page.locator('li[data-part="c"] .part__text').click();
  await page.screenshot({ path: join(OUT, 'analysis.png') });

  await page.locator('li[data-part="a"]').getByLabel('Verdict for part (a)').selectOption('unanswered');
  await page.getByRole('button', { name: 'Draft RTI application for open points' }).click();
  await expect(page.locator('form.draft-editor')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'draft.png') });
});
