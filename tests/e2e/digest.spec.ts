import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { en } from '../../renderer/src/locales/en/index.ts';
import { hi } from '../../renderer/src/locales/hi/index.ts';
import { xlsxSheetsAsCsv } from '../helpers/libreoffice-calc.ts';
import { docxToText } from '../helpers/libreoffice.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * A session digest end to end: choose a folder of replies, see one row per reply, filter and sort,
 * open a row as a case (made once), export CSV and .xlsx and read them back (LibreOffice opens the
 * workbook), find a digested reply by search as you type; axe-clean in both schemes and languages.
 */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/texts');
const COUNT = 10;

async function replyFolder(workDir: string): Promise<string> {
  const dir = join(workDir, 'session');
  await mkdir(join(dir, 'more'), { recursive: true });
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).sort().slice(0, COUNT);
  for (const n of names) await copyFile(join(CORPUS, n), join(dir, n));
  // The same reply twice (same House, number and date): counted once.
  await copyFile(join(CORPUS, names[0] ?? ''), join(dir, 'more', 'again.md'));
  await writeFile(join(dir, 'scan.pdf'), 'not really a PDF');
  return dir;
}

async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function digestFolder(page: Page, bridge: { answerFolderDialog: (p: string | null) => Promise<void> }, dir: string): Promise<void> {
  await page.getByRole('button', { name: en.digest.button }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.digest.heading })).toBeVisible();
  await bridge.answerFolderDialog(dir);
  await page.getByRole('button', { name: en.digest.runFolder }).click();
  await expect(page.locator('.digest__summary')).toContainText(`${COUNT} replies counted (1 duplicates not counted twice, 1 files could not be read)`);
}

test('digest a folder, filter, sort, open a row as a case, export and read back, search it', async ({ page, bridge, workDir }) => {
  // Three exports opened by LibreOffice: slow on a loaded two-core machine.
  test.setTimeout(180_000);
  const dir = await replyFolder(workDir);
  await openApp(page, bridge);
  await digestFolder(page, bridge, dir);

  const rows = page.locator('tr.digest-row');
  await expect(rows).toHaveCount(COUNT + 2);
  await expect(page.locator('.digest-chart__row').first()).toContainText('parts open');

  // Filter: the file that could not be read, with why; then the duplicate.
  await page.getByRole('combobox', { name: en.digest.status, exact: true }).selectOption('failed');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('scan.pdf');
  await expect(rows.first()).toContainText('Could not be read');
  await page.getByRole('combobox', { name: en.digest.status, exact: true }).selectOption('duplicate');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('more/again.md');
  await page.getByRole('combobox', { name: en.digest.status, exact: true }).selectOption('any');

  // Filter by ministry: every row shown is that ministry's.
  const ministry = (await page.getByRole('combobox', { name: en.digest.ministry, exact: true }).locator('option').nth(1).textContent()) ?? '';
  await page.getByRole('combobox', { name: en.digest.ministry, exact: true }).selectOption(ministry);
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(COUNT + 2);
  for (let i = 0; i < shown; i++) await expect(rows.nth(i).locator('td').nth(3)).toHaveText(ministry);
  await page.getByRole('combobox', { name: en.digest.ministry, exact: true }).selectOption('');

  // Sort by open parts, most first.
  const openHeader = page.getByRole('columnheader', { name: en.digest.columns.open });
  await openHeader.getByRole('button').click();
  await expect(openHeader).toHaveAttribute('aria-sort', 'ascending');
  await openHeader.getByRole('button').click();
  await expect(openHeader).toHaveAttribute('aria-sort', 'descending');
  const opens = (await page.locator('tr.digest-row:not(.digest-row--failed) td:nth-of-type(10)').allTextContents()).map(Number);
  expect(opens).toEqual([...opens].sort((a, b) => b - a));

  // Export CSV and .xlsx, and read them back.
  const csvPath = join(workDir, 'out.csv');
  await bridge.answerSaveDialog(csvPath);
  await page.getByRole('button', { name: en.digest.exportCsv }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved out.csv' })).toBeVisible();
  const csv = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv).toHaveLength(COUNT + 3);
  const xlsxPath = join(workDir, 'out.xlsx');
  await bridge.answerSaveDialog(xlsxPath);
  await page.getByRole('button', { name: en.digest.exportXlsx }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved out.xlsx' })).toBeVisible();
  const sheets = await xlsxSheetsAsCsv(xlsxPath);
  expect((sheets.get('Digest') ?? '').trim().split('\n')).toEqual(csv);

  // A Word briefing of the rows shown (here: those with parts open), opened by LibreOffice.
  await page.getByRole('combobox', { name: en.digest.status, exact: true }).selectOption('open');
  const openReplies = await page.locator('tr.digest-row:not(.digest-row--duplicate)').count();
  const briefingPath = join(workDir, 'briefing.docx');
  await bridge.answerSaveDialog(briefingPath);
  await page.getByRole('button', { name: en.digest.exportBriefing }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved briefing.docx: ${openReplies} replies with open points.` })).toBeVisible();
  const briefing = (await docxToText(briefingPath)).replace(/\s+/g, ' ');
  expect(briefing).toContain('BRIEFING: POINTS LEFT OPEN IN THE REPLIES');
  expect(briefing).toContain(`Replies shown: ${openReplies}. Replies with parts left open or partly met, deferred or assured: ${openReplies}.`);
  expect(briefing).toMatch(/(Lok|Rajya) Sabha (Starred |Unstarred )?Question No\. \d+, answered on \d\d\.\d\d\.\d{4}/);
  expect(briefing).toContain('Parts left open or partly met');
  await page.getByRole('combobox', { name: en.digest.status, exact: true }).selectOption('any');

  // Open a row as a case: made the first time, the same case the second.
  const before = await page.locator('.case-list li').count();
  const first = page.locator('tr.digest-row:not(.digest-row--failed)').first();
  const subject = (await first.locator('td').nth(4).textContent()) ?? '';
  const file = (await first.locator('th').textContent()) ?? '';
  await first.getByRole('button', { name: en.digest.openCase }).click();
  await expect(page.locator('#case-title')).toContainText(subject.slice(0, 20));
  await expect(page.locator('li[data-part]').first()).toBeVisible();
  await expect(page.locator('.case-list li')).toHaveCount(before + 1);
  await page.getByRole('button', { name: en.digest.button }).click();
  await page.locator('tr.digest-row', { has: page.locator('th', { hasText: file }) }).getByRole('button', { name: en.digest.openCase }).click();
  await expect(page.locator('#case-title')).toBeVisible();
  await expect(page.locator('.case-list li')).toHaveCount(before + 1);

  // Search as you type (no Enter) finds the digested replies, the match marked.
  await page.getByRole('searchbox', { name: en.search.label }).fill('Fasal Bima');
  await expect(page.locator('.hit').first()).toBeVisible();
  await expect(page.locator('.hit mark').first()).toHaveText(/Fasal|Bima/);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('the digest screen has no serious accessibility issue, in English and Hindi', async ({ page, bridge, workDir }) => {
      const dir = await replyFolder(workDir);
      await openApp(page, bridge);
      await digestFolder(page, bridge, dir);
      expect(await seriousIssues(page)).toEqual([]);
      await page.getByRole('button', { name: en.cases.settings }).click();
      await page.getByLabel(en.settings.language.label).selectOption('hi');
      await page.getByRole('button', { name: hi.digest.button }).click();
      await expect(page.getByRole('heading', { level: 1, name: hi.digest.heading })).toBeVisible();
      await expect(page.locator('.digest__summary')).toContainText('उत्तर गिने गए');
      expect(await seriousIssues(page)).toEqual([]);
    });
  });
}

test('pick many files in one dialog, and drop many files on the digest view', async ({ page, bridge, workDir }) => {
  const dir = await replyFolder(workDir);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort().slice(0, 4);
  await openApp(page, bridge);
  await page.getByRole('button', { name: en.digest.button }).click();

  // Pick many: the scripted dialog answers with four files; the same four picked again resume.
  await bridge.answerOpenFilesDialog(names.map((n) => join(dir, n)));
  await page.getByRole('button', { name: en.digest.runFiles }).click();
  await expect(page.locator('.digest__summary')).toContainText('4 replies counted (0 duplicates not counted twice, 0 files could not be read)');
  await expect(page.locator('tr.digest-row')).toHaveCount(4);
  await expect(page.locator('tr.digest-row th').first()).toHaveText(names[0] ?? '');

  // Drop many: three files dropped on the view come in one at a time and are digested together.
  const dropped = await Promise.all(names.slice(0, 3).map(async (n) => ({ name: n, text: await readFile(join(dir, n), 'utf8') })));
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    document.querySelector('.digest')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await expect(page.locator('.digest__summary')).toContainText('3 replies counted (0 duplicates not counted twice, 0 files could not be read)');
  await expect(page.locator('tr.digest-row')).toHaveCount(3);
  // Main kept its own copy of the drop, so "Read the folder again" works after a stop or a crash.
  const drops = await readdir(join(bridge.dataDir, 'digests', 'dropped'));
  expect(drops).toHaveLength(1);
  expect((await readdir(join(bridge.dataDir, 'digests', 'dropped', drops[0] ?? ''))).sort()).toEqual(names.slice(0, 3));
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('an assurance found in a digest is on the deadline dashboard and in its .ics, with its due date and source', async ({ page, bridge, workDir }) => {
      test.setTimeout(180_000);
      const dir = join(workDir, 'with-assurance');
      await mkdir(dir, { recursive: true });
      // Answered 10.12.2025 with "will be laid on the Table": due three months on, 10.03.2026.
      await copyFile(resolve(import.meta.dirname, '../fixtures/digest/assurance-reply.txt'), join(dir, 'kavach.txt'));
      await openApp(page, bridge);
      await page.getByRole('button', { name: en.digest.button }).click();
      await bridge.answerFolderDialog(dir);
      await page.getByRole('button', { name: en.digest.runFolder }).click();
      await expect(page.locator('.digest__summary')).toContainText('1 replies counted');

      await page.getByRole('button', { name: en.tracker.dashboard.button }).first().click();
      const item = page.locator('[data-digest-assurance="kavach.txt"]');
      await expect(page.getByRole('heading', { name: en.tracker.digestAssurances.heading })).toBeVisible();
      await expect(item).toContainText('Lok Sabha question 4321, answered 10.12.2025, part (b)');
      await expect(item).toContainText('10.03.2026');
      await expect(item).toContainText('Railways');
      await expect(item).toContainText('Found in the digest “with-assurance”, file kavach.txt.');
      expect(await seriousIssues(page)).toEqual([]);

      const icsPath = join(workDir, 'deadlines.ics');
      await bridge.answerSaveDialog(icsPath);
      await page.getByRole('button', { name: en.tracker.ics.export }).click();
      await expect(page.getByRole('status').filter({ hasText: 'deadlines.ics' })).toBeVisible();
      const ics = (await readFile(icsPath, 'utf8')).replace(/\r\n /g, '');
      expect(ics).toContain('DTSTART;VALUE=DATE:20260310');
      expect(ics).toContain('Assurance due: LS Q 4321 of 10.12.2025\\, part (b)');
      expect(ics).toContain('file kavach.txt');

      // The reply opens as a case from the dashboard.
      await item.getByRole('button', { name: en.tracker.digestAssurances.openCase }).click();
      await expect(page.locator('#case-title')).toContainText('Kavach');

      await page.getByRole('button', { name: en.cases.settings }).click();
      await page.getByLabel(en.settings.language.label).selectOption('hi');
      await page.getByRole('button', { name: hi.tracker.dashboard.button }).first().click();
      await expect(page.getByRole('heading', { name: hi.tracker.digestAssurances.heading })).toBeVisible();
      await expect(page.locator('[data-digest-assurance="kavach.txt"]')).toContainText('लोक सभा प्रश्न 4321, उत्तर 10.12.2025, भाग (b)');
      expect(await seriousIssues(page)).toEqual([]);

      // With the interface in Hindi, the briefing is in Hindi; LibreOffice reads it back.
      if (scheme === 'light') {
        await page.getByRole('button', { name: hi.digest.button }).click();
        const briefingPath = join(workDir, 'briefing-hi.docx');
        await bridge.answerSaveDialog(briefingPath);
        await page.getByRole('button', { name: hi.digest.exportBriefing }).click();
        await expect(page.getByRole('status').filter({ hasText: 'briefing-hi.docx' })).toBeVisible();
        const text = (await docxToText(briefingPath)).replace(/\s+/g, ' ');
        expect(text).toContain('ब्रीफ़िंग: उत्तरों में अनुत्तरित बिंदु');
        expect(text).toContain('लोक सभा अतारांकित प्रश्न संख्या 4321, उत्तर 10.12.2025');
        expect(text).toContain('भाग (b): आश्वासन, नियत तिथि 10.03.2026');
      }
    });
  });
}
