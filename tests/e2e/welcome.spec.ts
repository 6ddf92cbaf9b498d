import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures.ts';

test('first start: the welcome says what the app does, the three ways in and where the data lives; closed, it stays closed; Help shows it again', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  const welcome = page.getByRole('region', { name: 'Welcome to Unanswered' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('button', { name: /Open the worked example/ })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Import a reply from a file…' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Paste a reply', exact: true })).toBeVisible();
  await expect(welcome).toContainText(workDir);
  await expect(welcome).toContainText('Nothing leaves the machine');
  const axe = await new AxeBuilder({ page }).include('.welcome').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // The example's reply says plainly that it is not the official text.
  await welcome.getByRole('button', { name: /Open the worked example/ }).click();
  await expect(page.getByRole('region', { name: 'What the reply says' }).getByRole('note')).toContainText('not the official text');

  await welcome.getByRole('button', { name: 'Close the welcome' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Welcome to Unanswered' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('button', { name: 'Show the welcome again' }).click();
  await expect(page.getByRole('region', { name: 'Welcome to Unanswered' })).toBeVisible();
});

test('paste a reply from the welcome: a new case opens on the import form', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'Paste a reply', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reply pasted on \d\d\.\d\d\.\d{4}$/ })).toBeVisible();
  await expect(page.locator('textarea').first()).toBeVisible();
});
