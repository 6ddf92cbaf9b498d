import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import { docxToText } from '../helpers/libreoffice.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The filing tracker end to end: an RTI application filed long ago is overdue on the dashboard
 * with its working shown; one action drafts the first appeal with the application's facts filled
 * in; the appeal is exported and LibreOffice reads the registration number back. An impossible
 * status change is refused with the reason, and the deadlines export as an .ics with VEVENTs.
 */
const REGISTRATION = 'MOEIT/R/E/25/00123';

/** axe-core in both colour schemes: no serious or critical issue (as tests/e2e/accessibility.spec.ts). */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function recordPostedApplication(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Filings' }).click();
  await page.getByRole('button', { name: 'Record a filing' }).click();
  const form = page.getByRole('form', { name: 'Record a filing' });
  await form.getByLabel('Public authority', { exact: true }).fill('CERT-In');
  await form.getByLabel('How it was sent').selectOption('post');
  await form.getByLabel('Registration or postal article number').fill('EK123456789IN');
  await form.getByLabel('Date filed (sent or handed in)').fill('2025-01-06');
  await form.getByRole('button', { name: 'Save the filing' }).click();
}

test('RTI application: overdue on the dashboard, one-click first appeal exported as .docx, .ics export', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();

  // Record an RTI application filed online on 6 January 2025: its reply was due 5 Feb 2025.
  await page.getByRole('tab', { name: 'Filings' }).click();
  await page.getByRole('button', { name: 'Record a filing' }).click();
  const form = page.getByRole('form', { name: 'Record a filing' });
  await expect(form.getByLabel('What was filed')).toHaveValue('rti-application');
  await form.getByLabel('Public authority', { exact: true }).fill('Ministry of Electronics and Information Technology');
  await form.getByLabel('How it was sent').selectOption('rti-online');
  await form.getByLabel('Registration or postal article number').fill(REGISTRATION);
  await form.getByLabel('Fee paid (Rs)').fill('10');
  await form.getByLabel('Date filed (sent or handed in)').fill('2025-01-06');
  await form.getByRole('button', { name: 'Save the filing' }).click();

  const card = page.locator('article.filing').filter({ hasText: REGISTRATION });
  await expect(card.getByRole('heading', { name: `RTI application to Ministry of Electronics and Information Technology (${REGISTRATION})` })).toBeVisible();
  await expect(card.locator('[data-filing-status]')).toHaveText('Filed');
  const reply = card.locator('[data-deadline="reply-due"]');
  await expect(reply).toContainText('05.02.2025');
  await expect(reply).toContainText('Overdue');
  await expect(reply).toContainText('filed 06.01.2025 online, taken as received that day; + 30 days (s.7(1)) = 05.02.2025');
  await expect(card.locator('ol.history')).toContainText('06.01.2025 Filed');

  // An impossible change is refused, with the reason and what to record instead.
  const record = card.getByRole('form', { name: 'Record what happened' });
  await record.getByLabel('New status').selectOption('decided');
  await record.getByLabel('Date it happened').fill('2025-03-01');
  await record.getByRole('button', { name: 'Record' }).click();
  await expect(record.getByRole('alert')).toHaveText('Only a matter before the Information Commission is decided; record the second appeal first.');
  await expect(card.locator('[data-filing-status]')).toHaveText('Filed');

  // The filing reaches the case file on disk (autosave), then the dashboard reads it from there.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const saved = JSON.parse(await readFile(join(bridge.dataDir, 'workspace', 'cowin-data-breach-2023', 'case.json'), 'utf8'));
  expect(saved.filings).toEqual([expect.objectContaining({ kind: 'rti-application', registrationNumber: REGISTRATION, history: [expect.objectContaining({ status: 'filed', date: '2025-01-06' })] })]);

  // The dashboard: overdue, with the working of the most pressing date.
  await page.getByRole('button', { name: 'Deadlines dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines across all cases' })).toBeVisible();
  const overdue = page.getByRole('region', { name: /^Overdue/ });
  const item = overdue.locator('li.dashboard__item').filter({ hasText: REGISTRATION });
  await expect(item).toContainText('Reply due');
  await expect(item).toContainText('filed 06.01.2025 online, taken as received that day; + 30 days (s.7(1)) = 05.02.2025');
  await expect(item).toContainText('Case: CoWIN data breach');
  // The user's own step leads the entry, before the authority's deadline. Its date is long past:
  // it says since when it is owed, never "by" a past date.
  const yours = item.locator('.dashboard__yours');
  await expect(yours).toContainText(/Yours to do: .*first appeal/i);
  await expect(yours).toContainText(/overdue since \d/);
  await expect(yours).not.toContainText(/ by \d/);
  expect(await item.evaluate((li) => {
    const own = li.querySelector('.dashboard__yours');
    const authority = li.querySelector('.deadlines');
    return own !== null && authority !== null && (own.compareDocumentPosition(authority) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  })).toBe(true);

  // Every open deadline as .ics through the save dialog.
  const ics = join(workDir, 'deadlines.ics');
  await bridge.answerSaveDialog(ics);
  await page.getByRole('button', { name: 'Export all deadlines to a calendar (.ics)…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'deadlines.ics' })).toContainText(/Saved \d+ deadlines? to deadlines\.ics/);
  const calendar = await readFile(ics, 'utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain('BEGIN:VEVENT');
  expect(calendar).toContain('DTSTART;VALUE=DATE:20250205');

  // One action drafts the first appeal in that case, with the application's facts.
  await item.getByRole('button', { name: 'Draft the first appeal (s.19(1))' }).click();
  await expect(page.getByRole('tab', { name: /Drafts/ })).toHaveAttribute('aria-selected', 'true');
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel(/^Registration number of the RTI application/)).toHaveValue(REGISTRATION);
  // Shown as documents print it (the date field writes dd.mm.yyyy).
  await expect(editor.getByLabel(/^Date of the RTI application/)).toHaveValue('06.01.2025');
  await expect(editor.getByLabel(/^Public authority/)).toHaveValue('Ministry of Electronics and Information Technology');
  await expect(editor.getByLabel(/^What went wrong/)).toHaveValue('no-reply');

  await editor.getByLabel("CPIO's postal address").fill('Electronics Niketan, 6 CGO Complex, Lodhi Road, New Delhi 110003');
  // A final export is refused while the appellate authority's address is a blank slot (issue 11).
  await editor.getByLabel("First Appellate Authority's postal address").fill('Electronics Niketan, 6 CGO Complex, Lodhi Road, New Delhi 110003');
  // The application was filed in January 2025, so the appeal is late under s.19(1): the draft asks why.
  await editor.getByLabel(/^Reason for any delay in filing/).fill('The applicant was unwell and in hospital for most of the period.');
  await editor.getByLabel("Applicant's name").fill('Asha Verma');
  await editor.getByLabel("Applicant's address").fill('12 Example Lane, New Delhi 110024');
  await editor.getByLabel(/^Place/).fill('New Delhi');
  // The question the appeal cites has no number in the case: a final export waits for it (review 5).
  await editor.getByLabel(/^Parliamentary question in which the matter was raised/).fill('Rajya Sabha Question No. 1234 answered on 21.07.2023');
  // The index opens the appeal with page ranges: the appeal's pages, then each enclosure's (issue 11).
  await editor.getByLabel(/^Pages: this appeal/).fill('5, 2, 1, 1, 1, 1');
  await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);

  const target = join(workDir, 'First appeal.docx');
  await bridge.answerSaveDialog(target);
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Saved as First appeal.docx');
  expect((await stat(target)).size).toBeGreaterThan(2000);

  const text = (await docxToText(target)).replace(/\s+/g, ' ');
  expect(text).toContain(REGISTRATION);
  expect(text).toContain('06.01.2025');
  expect(text).toMatch(/19\(1\)/);

  // The same action again opens that appeal, as typed: no second draft (issue 15).
  await page.getByRole('button', { name: 'Deadlines dashboard' }).click();
  await page.locator('li.dashboard__item').filter({ hasText: REGISTRATION }).getByRole('button', { name: 'Draft the first appeal (s.19(1))' }).click();
  await expect(page.locator('form.draft-editor').getByLabel("Applicant's name")).toHaveValue('Asha Verma');
  const firstAppeals = async () => (JSON.parse(await readFile(join(bridge.dataDir, 'workspace', 'cowin-data-breach-2023', 'case.json'), 'utf8')) as { drafts: Array<{ kind: string }> }).drafts.filter((d) => d.kind === 'rti-first-appeal').length;
  await expect.poll(firstAppeals).toBe(1);
});

test('evidence on a filing: attached through the open dialog with its SHA-256, verified, and bundled for a hearing; screens pass axe', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await recordPostedApplication(page);
  const card = page.locator('article.filing').filter({ hasText: 'EK123456789IN' });
  // By post, with no date of receipt: the UNCONFIRMED 5-day allowance is applied and marked.
  const reply = card.locator('[data-deadline="reply-due"]');
  await expect(reply).toContainText('filed by post 06.01.2025 + 5 days assumed for delivery = received 11.01.2025');
  await expect(reply).toContainText('UNCONFIRMED');
  await expectAccessible(page);

  const receipt = join(workDir, 'Speed post receipt.txt');
  const bytes = 'India Post speed post EK123456789IN booked 06.01.2025 at New Delhi GPO';
  await writeFile(receipt, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  await bridge.answerOpenDialog(receipt);
  const evidence = card.getByRole('region', { name: /^Evidence for RTI application to CERT-In/ });
  await evidence.getByLabel('Note for the next file (optional)').fill('postal receipt');
  await evidence.getByRole('button', { name: 'Attach a file…' }).click();
  await expect(evidence.getByRole('status')).toHaveText('Attached Speed post receipt.txt; its SHA-256 is recorded.');
  const row = evidence.locator('tr').filter({ hasText: 'Speed post receipt.txt' });
  await expect(row).toContainText(`${sha.slice(0, 12)}…`);
  await expect(row.getByLabel(`SHA-256 ${sha}`)).toBeVisible();
  await evidence.getByRole('button', { name: 'Verify the files' }).click();
  await expect(row).toContainText('Unchanged since attached');

  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const bundle = join(workDir, 'hearing.zip');
  await bridge.answerSaveDialog(bundle);
  await page.getByRole('button', { name: 'Export the case bundle (.zip)…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'hearing.zip' })).toContainText('Saved as hearing.zip');
  const zip = await JSZip.loadAsync(await readFile(bundle));
  const names = Object.keys(zip.files);
  expect(names).toEqual(expect.arrayContaining(['index.txt', 'chronology.txt']));
  const stored = names.find((n) => n.startsWith('evidence/') && n.endsWith('Speed post receipt.txt'));
  expect(await zip.file(stored ?? '')?.async('string')).toBe(bytes);
  expect(await zip.file('index.txt')?.async('string')).toContain(sha);

  await page.getByRole('button', { name: 'Deadlines dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines across all cases' })).toBeVisible();
  await expect(page.locator('li.dashboard__item').filter({ hasText: 'EK123456789IN' })).toContainText('UNCONFIRMED');
  await expectAccessible(page);
});

test('a filing recorded from a draft carries its authority, how it is sent and the fee', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: /^Draft .* for open points$/ }).first().click();
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  const authority = await editor.getByLabel(/^Public authority/).inputValue();
  expect(authority.length).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Filings' }).click();
  await page.getByRole('button', { name: 'Record a filing' }).click();
  const form = page.getByRole('form', { name: 'Record a filing' });
  await form.getByLabel(/^Start from a draft/).selectOption({ index: 1 });
  await expect(form.getByLabel('Public authority', { exact: true })).toHaveValue(authority);
  await expect(form.getByLabel('Fee paid (Rs)')).toHaveValue('10');
});
