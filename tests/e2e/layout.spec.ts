import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { en } from '../../renderer/src/locales/en/index.ts';
import { hi } from '../../renderer/src/locales/hi/index.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * Layout at the two window sizes the app is checked at (a 1366×768 laptop, a 1024×700 small
 * window), in English and in Hindi (longer strings), light and dark (issue 15): the draft list
 * stays in view while a long draft scrolls; the export button keeps to one line beside the
 * missing-fields alert; two first appeals in one case are told apart in the list as rendered;
 * no screen scrolls sideways, the window itself never scrolls (only the sidebar and the main
 * area do), no button's label is clipped; axe finds no serious issue.
 */
const SIZES = [{ width: 1366, height: 768 }, { width: 1024, height: 700 }] as const;
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/texts');
type Messages = typeof en | typeof hi;

async function recordRtiApplication(page: Page, authority: string, registration: string): Promise<void> {
  await page.getByRole('tab', { name: en.tracker.tab }).click();
  await page.getByRole('button', { name: en.tracker.form.heading }).click();
  const form = page.getByRole('form', { name: en.tracker.form.heading });
  await form.getByLabel('Public authority', { exact: true }).fill(authority);
  await form.getByLabel('How it was sent').selectOption('rti-online');
  await form.getByLabel('Registration or postal article number').fill(registration);
  await form.getByLabel('Date filed (sent or handed in)').fill('2025-01-06');
  await form.getByRole('button', { name: en.tracker.form.save }).click();
  // The dashboard reads the case file on disk: wait for the autosave.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

/** The example case with an RTI application and two first appeals (to two ministries), whose titles are the same. */
async function caseWithThreeDrafts(page: Page): Promise<void> {
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  await page.getByRole('button', { name: en.app.welcome.dismiss }).click();
  await page.getByRole('form', { name: 'Draft a follow-up' }).getByRole('button', { name: /^Draft .* for (open points|the chosen parts)$/ }).click();
  await expect(page.locator('form.draft-editor')).toBeVisible();
  const appeals = [['Ministry of Electronics and Information Technology', 'MOEIT/R/E/25/00123'], ['Ministry of Health and Family Welfare', 'MOHFW/R/E/25/00456']] as const;
  for (const [authority, registration] of appeals) await recordRtiApplication(page, authority, registration);
  for (const [, registration] of appeals) {
    await page.getByRole('button', { name: en.tracker.dashboard.button }).click();
    await page.locator('li.dashboard__item').filter({ hasText: registration }).getByRole('button', { name: 'Draft the first appeal (s.19(1))' }).click();
    await expect(page.locator('form.draft-editor')).toBeVisible();
  }
  await expect(page.locator('.draft-link')).toHaveCount(3);
}

async function toLanguage(page: Page, lang: 'en' | 'hi'): Promise<Messages> {
  if (lang === 'en') return en;
  await page.getByRole('button', { name: en.cases.settings }).click();
  await page.getByLabel(en.settings.language.label).selectOption('hi');
  await expect(page.getByRole('heading', { level: 1, name: hi.settings.heading })).toBeVisible();
  return hi;
}

/** Sideways scrolling of the window or the main area, a window that scrolls at all, and buttons whose label does not fit them. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.scrollingElement;
    if (doc && doc.scrollWidth > window.innerWidth) found.push(`the window scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
    // The sidebar and the main area scroll on their own; the window itself never does.
    if (doc && doc.scrollHeight > window.innerHeight) found.push(`the window scrolls down: ${doc.scrollHeight} > ${window.innerHeight}`);
    const main = document.querySelector('main.workspace');
    if (main && main.scrollWidth > main.clientWidth + 1) found.push(`the main area scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`);
    for (const b of document.querySelectorAll<HTMLElement>('button')) {
      if (b.offsetParent === null || b.closest('.visually-hidden')) continue;
      if (b.scrollWidth > b.clientWidth + 1) found.push(`button label clipped: "${b.innerText.trim()}" ${b.scrollWidth} > ${b.clientWidth}`);
      const r = b.getBoundingClientRect();
      if (r.right > window.innerWidth + 1) found.push(`button past the right edge: "${b.innerText.trim()}"`);
    }
    return found;
  });
}

/** How many lines of text a button's label takes. */
async function linesOf(button: Locator): Promise<number> {
  return button.evaluate((b) => {
    const cs = getComputedStyle(b);
    const inner = b.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
    return inner / parseFloat(cs.lineHeight);
  });
}

async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * No sideways scrolling at this size; axe-clean in light and dark (the app follows the system).
 * axe runs at one of the two sizes per language (English wide, Hindi narrow): its rules do not
 * change with the width, and each run takes seconds on the shared two-core machine.
 */
async function checkScreen(page: Page, name: string, axe: boolean): Promise<void> {
  await page.locator('main.workspace').evaluate((el) => el.scrollTo(0, 0));
  expect(await overflow(page), name).toEqual([]);
  if (!axe) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousIssues(page), `${name}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function replyFolder(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).sort().slice(0, 4);
  for (const n of names) await copyFile(join(CORPUS, n), join(dir, n));
  return dir;
}

for (const lang of ['en', 'hi'] as const) {
  test(`drafts, analysis, filings, dashboard, digest, settings and help lay out at 1366×768 and 1024×700 (${lang})`, async ({ page, bridge, workDir }) => {
    // Seven screens, two sizes, axe in two schemes: slow on a loaded two-core machine.
    test.setTimeout(480_000);
    await page.setViewportSize(SIZES[0]);
    await openApp(page, bridge);
    await caseWithThreeDrafts(page);
    await bridge.answerFolderDialog(await replyFolder(join(workDir, 'session')));
    await page.getByRole('button', { name: en.digest.button }).click();
    await page.getByRole('button', { name: en.digest.runFolder }).click();
    await expect(page.locator('tr.digest-row')).toHaveCount(4);
    const t = await toLanguage(page, lang);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}×${size.height}, ${lang}`;
      const axe = (lang === 'en') === (size.width > 1100);
      await page.getByRole('navigation', { name: t.cases.heading }).getByRole('button', { name: /CoWIN data breach/ }).click();
      await page.getByRole('tab', { name: new RegExp(t.caseView.tabs.drafts) }).click();
      const list = page.getByRole('navigation', { name: t.drafts.heading });
      const links = list.locator('.draft-link');
      await links.nth(1).click();
      const editor = page.locator('form.draft-editor');

      // The two first appeals have the same title: the list tells them apart as rendered, and
      // nothing in an entry is cut off (an ellipsis would hide what differs).
      const shown = await links.evaluateAll((els) => els.map((el) => (el instanceof HTMLElement ? el.innerText.replace(/\s+/g, ' ').trim() : '')));
      expect(new Set(shown).size, `${at}: ${shown.join(' | ')}`).toBe(3);
      expect(shown.filter((s) => s.includes('Ministry of Health and Family Welfare')), at).toHaveLength(1);
      const cut = await links.evaluateAll((els) => els.flatMap((el) => [el, ...el.querySelectorAll('*')])
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => (el instanceof HTMLElement ? el.innerText : '')));
      expect(cut, at).toEqual([]);
      // Each entry's accessible name is its whole text, so screen readers hear the difference too.
      for (const text of shown) await expect(list.getByRole('button', { name: text, exact: true })).toHaveCount(1);

      // The export refused for missing fields: the alert shows beside or below a one-line button.
      const exportButton = editor.getByRole('button', { name: t.drafts.export });
      await exportButton.click();
      await expect(editor.getByRole('alert')).toBeVisible();
      expect(await linesOf(exportButton), `${at}: export button lines`).toBeLessThan(1.5);

      // Scrolled to the export button at the foot of the draft, the list is still on screen: beside
      // the editor (wide) it sticks in its column; above the editor (narrow) it is where the draft starts.
      await exportButton.scrollIntoViewIfNeeded();
      const box = await list.boundingBox();
      const view = page.viewportSize();
      if (size.width > 1100) {
        expect(box, at).not.toBeNull();
        expect(box?.y ?? -1, `${at}: list top`).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + Math.min(box?.height ?? 0, 100), `${at}: list in view`).toBeLessThanOrEqual(view?.height ?? 0);
        await expect(links.nth(1)).toBeInViewport();
      } else {
        const editorTop = await editor.evaluate((e) => e.getBoundingClientRect().top);
        expect((box?.y ?? 0) + (box?.height ?? 0), `${at}: list above the editor`).toBeLessThanOrEqual(editorTop);
      }
      await checkScreen(page, `drafts with the missing-fields alert, ${at}`, axe);

      await page.getByRole('tab', { name: t.caseView.tabs.analysis }).click();
      await expect(page.locator('li[data-part]')).toHaveCount(4);
      await checkScreen(page, `analysis, ${at}`, axe);
      await page.getByRole('tab', { name: t.tracker.tab }).click();
      await expect(page.locator('article.filing')).toHaveCount(2);
      await checkScreen(page, `filings, ${at}`, axe);
      await page.getByRole('button', { name: t.tracker.dashboard.button }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.tracker.dashboard.heading })).toBeVisible();
      await checkScreen(page, `dashboard, ${at}`, axe);
      await page.getByRole('button', { name: t.digest.button }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.digest.heading })).toBeVisible();
      // Where there is room, "Open as case" keeps to one line (in Hindi it wrapped to three).
      if (size.width > 1100) expect(await linesOf(page.getByRole('button', { name: t.digest.openCase }).first()), `${at}: open as case`).toBeLessThan(1.5);
      await checkScreen(page, `digest, ${at}`, axe);
      await page.getByRole('button', { name: t.cases.settings }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.settings.heading })).toBeVisible();
      await checkScreen(page, `settings, ${at}`, axe);
      await page.getByRole('button', { name: t.cases.help }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.help.heading })).toBeVisible();
      await checkScreen(page, `help, ${at}`, axe);
    }
  });
}
