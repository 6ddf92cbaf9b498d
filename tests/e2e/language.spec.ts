import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { en } from '../../renderer/src/locales/en/index.ts';
import { hi } from '../../renderer/src/locales/hi/index.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The interface in Hindi: Settings > Interface language switches every screen at once (no
 * reload), the choice survives a reload, <html lang> follows for screen readers, Devanagari gets a
 * Devanagari font, dates stay dd.mm.yyyy, and axe finds no serious or critical issue in Hindi.
 */

const DEVANAGARI = /[\u0900-\u097F]/;

async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Interface text on screen with no Devanagari in it: headings, buttons, tabs, legends and labels,
 * leaving out what is the user's data (case and draft titles, the question's parts, authority
 * names) and what is marked as English (`lang="en"`: the engine's own prose).
 */
async function englishLeftovers(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const devanagari = new RegExp(pattern);
    const data = '.case-link, .part__text, #case-title, .draft-link, .route__name, .suggestion__items, .reply-text, body [lang="en"], .hit, option, code, kbd';
    const chosen = [...document.querySelectorAll('h1, h2, h3, h4, button, [role="tab"], legend, label, th, summary')];
    return chosen
      .filter((el) => el instanceof HTMLElement && el.offsetParent !== null && !el.closest(data))
      .map((el) => {
        // The element's own words, without the controls and data nested in it.
        const copy = el.cloneNode(true);
        if (copy instanceof HTMLElement) copy.querySelectorAll('input, textarea, select, .case-link, .part__text, .route__name, [lang="en"]').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      })
      .filter((text) => /[A-Za-z]{3,}/.test(text) && !devanagari.test(text))
      // Names that are the same in both languages.
      .filter((text) => !/^(RTI Online|SHA-256|Unanswered)$/.test(text));
  }, DEVANAGARI.source);
}

async function toHindi(page: Page): Promise<void> {
  await page.getByRole('button', { name: en.cases.settings }).click();
  await page.getByLabel(en.settings.language.label).selectOption('hi');
  await expect(page.getByRole('heading', { level: 1, name: hi.settings.heading })).toBeVisible();
}

test('switching to Hindi changes the interface at once, survives a reload, and back again', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The leftover check sees English interface text when there is some.
  await expect(page.getByRole('tab', { name: en.caseView.tabs.analysis })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual(expect.arrayContaining([en.cases.new, en.caseView.tabs.analysis]));
  await toHindi(page);

  // At once, everywhere on screen: the sidebar too, and the document's language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  const sidebar = page.getByRole('navigation', { name: hi.cases.heading });
  await expect(sidebar.getByRole('button', { name: hi.cases.new })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: hi.cases.help })).toBeVisible();
  await expect(page.getByRole('button', { name: hi.tracker.dashboard.button })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: hi.search.label })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual([]);

  // Devanagari in a Devanagari font.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toMatch(/^"?Noto Sans Devanagari"?/);

  // The example case: tabs, headings, verdicts in Hindi; dates dd.mm.yyyy; the note on English prose.
  await sidebar.getByRole('button', { name: /CoWIN data breach/ }).click();
  for (const name of [hi.caseView.tabs.analysis, hi.caseView.tabs.notes, hi.tracker.tab]) await expect(page.getByRole('tab', { name })).toBeVisible();
  await expect(page.getByRole('tab', { name: new RegExp(hi.caseView.tabs.drafts) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: hi.analysis.partsHeading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: hi.analysis.replyHeading })).toBeVisible();
  await expect(page.getByTestId('question-facts')).toContainText(hi.common.house['Rajya Sabha']);
  await expect(page.getByTestId('question-facts')).toContainText(/\b\d{2}\.\d{2}\.\d{4}\b/);
  await expect(page.locator('.analysis__when')).toHaveText(/\d{2}\.\d{2}\.\d{4}/);
  // The analyser's reasons are written in Hindi (quotations of the reply stay as the reply has them).
  const reasons = await page.locator('li[data-part] .part__reason').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) {
    expect(reason).toMatch(DEVANAGARI);
    expect(reason.replace(/"[^"]*"/g, '').replace(/\([a-z]\)/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  }
  const statuses = Object.values(hi.status);
  for (const chip of await page.locator('li[data-part] .chip').allTextContents()) expect([...statuses, hi.analysis.notAnalysed]).toContain(chip);
  expect(await englishLeftovers(page)).toEqual([]);

  // Survives a reload: the saved language is the first one shown.
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('navigation', { name: hi.cases.heading }).getByRole('button', { name: hi.cases.new })).toBeVisible();

  // And back to English, at once.
  await page.getByRole('button', { name: hi.cases.settings }).click();
  await page.getByLabel(hi.settings.language.label).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: en.cases.new, exact: true })).toBeVisible();
});

test('a Hindi draft gets its suggestions in Hindi, and the reasons for them and the routing are Hindi', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await toHindi(page);
  await page.getByRole('navigation', { name: hi.cases.heading }).getByRole('button', { name: /CoWIN data breach/ }).click();
  const form = page.locator('.analysis__actions');
  await form.getByRole('radio', { name: hi.drafting.create.languages.hi }).check();
  await form.getByRole('button', { name: /आरटीआई आवेदन/ }).click();
  await expect(page.locator('form.draft-editor')).toBeVisible();

  // Suggestions: Hindi points (the user's own words for the matter may stay English), Hindi reasons, no "English only" note.
  const suggestions = page.getByRole('region', { name: hi.drafting.suggestions.heading });
  await expect(suggestions.locator('.suggestion__items').first()).toHaveAttribute('lang', 'hi');
  const points = await suggestions.locator('.suggestion__items > li > p').allTextContents();
  expect(points.length).toBeGreaterThan(5);
  for (const p of points) {
    expect(p).toMatch(DEVANAGARI);
    expect(p).not.toMatch(/\b(?:copies|copy|public authority|file notings|to the date of|this application|reply to)\b/i);
  }
  const whys = await suggestions.locator('.suggestion details p').allTextContents();
  expect(whys.length).toBeGreaterThan(0);
  for (const w of whys) expect(w).toMatch(DEVANAGARI);

  // Routing: reasons and warnings in Hindi, no "English only" note.
  const routing = page.getByRole('region', { name: hi.drafting.routing.heading });
  await expect(routing.locator('.route').first()).toBeVisible();
  const warnings = await routing.locator('.route .warnings li').allTextContents();
  expect(warnings.length).toBeGreaterThan(0);
  for (const w of warnings) expect(w).toMatch(DEVANAGARI);
  for (const reason of await routing.locator('.route > p.small').allTextContents()) expect(reason).not.toMatch(/The question was addressed|The text names it|Instead of/);
  expect(await seriousIssues(page)).toEqual([]);
});

test('axe finds no serious or critical issue on the main screens in Hindi', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await toHindi(page);
  expect(await seriousIssues(page)).toEqual([]);

  // Analysis, with a verdict of the user's own.
  await page.getByRole('navigation', { name: hi.cases.heading }).getByRole('button', { name: /CoWIN data breach/ }).click();
  await page.locator('li[data-part="a"]').getByLabel(hi.analysis.changeVerdict.replace('{{label}}', 'a')).selectOption('unanswered');
  await expect(page.locator('li[data-part="a"] .chip')).toHaveText(hi.status.unanswered);
  expect(await seriousIssues(page)).toEqual([]);

  // The drafting workspace: fields labelled in Hindi, checks, suggestions, routing.
  await page.locator('.analysis__actions').getByRole('button', { name: /आरटीआई आवेदन/ }).click();
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel(hi.templateLabels.pioAddress)).toBeVisible();
  // The rule checks speak Hindi, with the provision each applies: no "shown in English" note on them.
  const findings = page.locator('.lint .finding');
  await expect(findings.first()).toBeVisible();
  for (const text of await page.locator('.lint .finding__message').allTextContents()) {
    expect(text).toMatch(DEVANAGARI);
    expect(text).not.toMatch(/[A-Za-z]/);
  }
  for (const text of await page.locator('.lint .finding__cite').allTextContents()) expect(text).toMatch(DEVANAGARI);
  expect(await englishLeftovers(page)).toEqual([]);
  expect(await seriousIssues(page)).toEqual([]);

  for (const tab of [hi.tracker.tab, hi.caseView.tabs.notes]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    expect(await englishLeftovers(page)).toEqual([]);
    expect(await seriousIssues(page)).toEqual([]);
  }

  await page.getByRole('button', { name: hi.tracker.dashboard.button }).click();
  await expect(page.getByRole('heading', { level: 1, name: hi.tracker.dashboard.heading })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual([]);
  expect(await seriousIssues(page)).toEqual([]);

  await page.getByRole('searchbox', { name: hi.search.label }).fill('CERT-In');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('स्थान');
  expect(await seriousIssues(page)).toEqual([]);

  await page.getByRole('button', { name: hi.cases.help }).click();
  await expect(page.getByRole('heading', { level: 1, name: hi.help.heading })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual([]);
  expect(await seriousIssues(page)).toEqual([]);
});

test('in Hindi, a filing\'s deadline working and next actions are Devanagari, with no "shown in English" note', async ({ page, bridge }) => {
  await openApp(page, bridge);
  // An RTI application filed online on 6 January 2025: its reply was due 5 February 2025.
  await page.getByRole('tab', { name: en.tracker.tab }).click();
  await page.getByRole('button', { name: en.tracker.add }).click();
  const form = page.getByRole('form', { name: en.tracker.add });
  await form.getByLabel(en.tracker.form.publicAuthority, { exact: true }).fill('Ministry of Electronics and Information Technology');
  await form.getByLabel(en.tracker.form.mode).selectOption('rti-online');
  await form.getByLabel(en.tracker.form.filedOn).fill('2025-01-06');
  await form.getByRole('button', { name: en.tracker.form.save }).click();
  const reply = page.locator('article.filing [data-deadline="reply-due"]');
  await expect(reply.locator('.deadline__working')).toHaveText(/filed 06\.01\.2025 online/);

  await toHindi(page);
  await page.getByRole('navigation', { name: hi.cases.heading }).getByRole('button', { name: /CoWIN data breach/ }).click();
  await page.getByRole('tab', { name: hi.tracker.tab }).click();
  await expect(reply.locator('.deadline__working')).toHaveText(new RegExp(`^${hi.tracker.deadlines.working}: 06\\.01\\.2025 को ऑनलाइन दाखिल, उसी दिन प्राप्त माना गया; \\+ 30 दिन \\(धारा 7\\(1\\)\\) = 05\\.02\\.2025$`));
  await expect(reply.locator('.deadline__basis')).toHaveText('आधार: धारा 7(1)');
  await expect(reply.locator('.deadline__label')).toHaveText(hi.engine.deadlineKind['reply-due']);
  // The next actions: the first appeal is the user's to draft, under s.19(1) in Hindi lettering.
  await expect(page.locator('article.filing').getByRole('button', { name: 'प्रथम अपील का प्रारूप बनाएँ (धारा 19(1))' })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual([]);

  await page.getByRole('button', { name: hi.tracker.dashboard.button }).click();
  await expect(page.getByRole('heading', { level: 1, name: hi.tracker.dashboard.heading })).toBeVisible();
  expect(await englishLeftovers(page)).toEqual([]);
});
