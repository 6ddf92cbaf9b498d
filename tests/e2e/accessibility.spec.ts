import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

/**
 * axe-core on every screen: no serious or critical issue. Each screen is checked in light and
 * dark colour schemes, since the app follows the system setting.
 */
async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('case, analysis, drafts and notes screens', async ({ page, bridge }) => {
      await openApp(page, bridge);
      await expect(page.locator('li[data-part]')).toHaveCount(4);
      expect(await seriousIssues(page)).toEqual([]);

      await page.locator('li[data-part="a"]').getByLabel('Verdict for part (a)').selectOption('unanswered');
      await page.getByRole('button', { name: /Draft RTI application/ }).click();
      await expect(page.locator('form.draft-editor')).toBeVisible();
      expect(await seriousIssues(page)).toEqual([]);

      await page.getByRole('tab', { name: 'Notes' }).click();
      expect(await seriousIssues(page)).toEqual([]);
    });

    test('settings, search and help screens', async ({ page, bridge }) => {
      await openApp(page, bridge);
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      expect(await seriousIssues(page)).toEqual([]);

      await page.getByRole('searchbox', { name: 'Search all cases' }).fill('CERT-In');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toContainText('found');
      expect(await seriousIssues(page)).toEqual([]);

      await page.getByRole('button', { name: 'Help' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How to use Unanswered' })).toBeVisible();
      expect(await seriousIssues(page)).toEqual([]);
    });
  });
}
