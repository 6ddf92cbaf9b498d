import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openApp, startBridgeProcess, test } from './fixtures.ts';

test('search across all cases finds the reply text and opens the case', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How to use Unanswered' })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search all cases' })).toBeFocused();
  await page.keyboard.type('law enforcement agency');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('place');
  const hit = page.getByRole('button', { name: /CoWIN data breach.*Reply/ }).first();
  await expect(hit.locator('mark')).toHaveText(/law enforcement agency/i);
  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();
});

test('the profile is set once in Settings and kept', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const applicant = page.getByRole('group', { name: /Applicant/ });
  await applicant.getByLabel('Name').fill('Asha Verma');
  await applicant.getByLabel('Address for correspondence').fill('12 Example Lane\nNew Delhi 110024');
  await applicant.getByLabel('E-mail').click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await expect(page.getByText(/UNCONFIRMED/)).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('group', { name: /Applicant/ }).getByLabel('Name')).toHaveValue('Asha Verma');
  const stored = JSON.parse(await readFile(join(bridge.dataDir, 'settings.json'), 'utf8'));
  expect(stored.profile.applicant.address).toBe('12 Example Lane\nNew Delhi 110024');
});

test('a new case from the keyboard shortcut', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.keyboard.press('Control+n');
  const name = page.getByLabel('Name of the new case');
  await expect(name).toBeFocused();
  await name.fill('Vacancies in central universities');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacancies in central universities' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Cases' }).getByRole('button', { name: /Vacancies/ })).toHaveAttribute('aria-current', 'page');
});

/**
 * Crash recovery: the bridge (main, in the app) is killed while the user types. On reopening,
 * everything typed more than two seconds before the kill is there, and the app says what it recovered.
 */
test('after a crash mid-typing, nothing older than two seconds is lost and the app says what it recovered', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.locator('li[data-part="b"]').getByLabel('Verdict for part (b)').selectOption('unanswered');
  await page.getByRole('button', { name: /Draft RTI application/ }).click();
  const point = page.locator('form.draft-editor ol.points textarea').first();
  await point.click();
  await page.keyboard.press('Control+End');
  const original = await point.inputValue();

  // Type steadily for about four seconds, noting when each character went in.
  const typed: Array<{ ch: string; at: number }> = [];
  const words = ' The applicant asks for every file noting on the breach and the FIR copy';
  for (const ch of words) {
    await page.keyboard.type(ch);
    typed.push({ ch, at: Date.now() });
    if (typed.length === 60) break;
    await page.waitForTimeout(60); // typing pace, not a wait for the app
  }
  const killedAt = Date.now();
  bridge.process.kill('SIGKILL');
  await new Promise((done) => bridge.process.once('exit', done));

  const reopened = await startBridgeProcess(bridge.dataDir);
  try {
    const again = await page.context().newPage();
    await openApp(again, reopened);
    await expect(again.getByRole('alert').filter({ hasText: 'did not close properly' })).toBeVisible();
    await expect(again.getByRole('alert')).toContainText('CoWIN data breach');

    const caseJson = JSON.parse(await readFile(join(bridge.dataDir, 'workspace', 'cowin-data-breach-2023', 'case.json'), 'utf8'));
    const saved: string = caseJson.drafts[0].points[0];
    const mustHave = original + typed.filter((t) => t.at <= killedAt - 2000).map((t) => t.ch).join('');
    expect(saved.startsWith(mustHave), `saved "${saved.slice(original.length)}" must start with "${mustHave.slice(original.length)}"`).toBe(true);
    console.log(`crash recovery: typed ${typed.length} characters, ${saved.length - original.length} were saved when the bridge was killed, ${mustHave.length - original.length} were required`);
  } finally {
    await reopened.stop();
  }
});

test('Ctrl+E exports the open draft and Ctrl+Shift+S saves a copy of the case, as the menu does', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await page.getByRole('form', { name: 'Draft a follow-up' }).getByRole('button', { name: /^Draft .* for open points$/ }).click();
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  await page.keyboard.press('Control+e');
  // Required fields are still empty, so the export says which, rather than writing a file.
  await expect(editor.getByRole('alert')).toContainText('Fill these before exporting');

  await bridge.answerSaveDialog(join(workDir, 'copy.unanswered.json'));
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('status').filter({ hasText: 'A copy was saved as copy.unanswered.json' })).toBeVisible();
  const copy = JSON.parse(await readFile(join(workDir, 'copy.unanswered.json'), 'utf8'));
  expect(copy.id).toBe('cowin-data-breach-2023');
});
