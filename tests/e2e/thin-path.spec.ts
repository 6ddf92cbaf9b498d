import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { docxToText } from '../helpers/libreoffice.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The foundation's thin path, end to end on real data: first start opens the CoWIN example,
 * a part is marked open, an RTI application is drafted from it, edited, exported through the
 * save dialog, and LibreOffice reads the .docx back with the open point's text in it.
 */
test('CoWIN example: mark a part open, draft an RTI application, edit it, export it as .docx', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);

  // First start opens the example case, which is also in the case list.
  await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();
  const caseList = page.getByRole('navigation', { name: 'Cases' });
  await expect(caseList.getByRole('button', { name: /CoWIN data breach/ })).toHaveAttribute('aria-current', 'page');

  // The question's parts beside the reply.
  const parts = page.locator('li[data-part]');
  await expect(parts).toHaveCount(4);
  await expect(parts.nth(1)).toContainText('identified those responsible for the breach');
  await expect(page.getByRole('region', { name: 'What the reply says' })).toContainText('F.I.R has been registered');

  // Mark part (b) as open, with the user's own verdict.
  const partB = page.locator('li[data-part="b"]');
  await partB.getByLabel('Verdict for part (b)').selectOption('unanswered');
  await expect(partB.getByText('Your verdict')).toBeVisible();
  await expect(partB.locator('.chip')).toHaveText('Unanswered');

  // Draft an RTI application for the open points; the editor opens on it.
  await page.getByRole('button', { name: 'Draft RTI application for open points' }).click();
  await expect(page.getByRole('tab', { name: /Drafts/ })).toHaveAttribute('aria-selected', 'true');
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();

  // Export is blocked until the required fields are filled, and says which.
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('alert')).toContainText('Fill these before exporting');
  await expect(editor.getByRole('alert')).toContainText("Applicant's name");
  await editor.getByLabel("CPIO's postal address").fill('Electronics Niketan, 6 CGO Complex, Lodhi Road, New Delhi 110003');
  await editor.getByLabel("Applicant's name").fill('Asha Verma');
  await editor.getByLabel("Applicant's address").fill('12 Example Lane, New Delhi 110024');
  await editor.getByLabel(/^Place/).fill('New Delhi');
  await editor.getByLabel(/How the fee is paid/).selectOption('ipo');
  await editor.getByLabel(/Fee instrument number/).fill('12F 345678');
  await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);

  // Edit the first point: the user's own words must reach the document.
  const firstPoint = editor.locator('ol.points textarea').first();
  const original = await firstPoint.inputValue();
  expect(original.length).toBeGreaterThan(10);
  await firstPoint.fill(`${original} Edited by the applicant for the e2e check.`);

  // Autosave reaches the case file on disk.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const caseJson = JSON.parse(await readFile(join(bridge.dataDir, 'workspace', 'cowin-data-breach-2023', 'case.json'), 'utf8'));
  expect(caseJson.drafts).toHaveLength(1);
  expect(caseJson.drafts[0].points[0]).toContain('Edited by the applicant for the e2e check.');
  expect(caseJson.analysis.overrides).toEqual([expect.objectContaining({ label: 'b', status: 'unanswered' })]);

  // Export through the save dialog.
  const target = join(workDir, 'CoWIN RTI application.docx');
  await bridge.answerSaveDialog(target);
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved as CoWIN RTI application.docx');
  expect((await stat(target)).size).toBeGreaterThan(2000);

  // LibreOffice opens it, and the open point's text is in it.
  const text = (await docxToText(target)).replace(/\s+/g, ' ');
  expect(text).toContain('Edited by the applicant for the e2e check.');
  expect(text).toMatch(/Right to Information Act, 2005/);
  expect(text).toContain('Asha Verma');
});
