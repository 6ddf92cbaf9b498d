import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { en, type Messages } from '../../renderer/src/locales/en/index.ts';
import { hi } from '../../renderer/src/locales/hi/index.ts';
import { docxToText } from '../helpers/libreoffice.ts';
import { expect, openApp, test } from './fixtures.ts';

/**
 * The whole journey with the keyboard only, in English and again in Hindi: no mouse click, no
 * `fill`, no `selectOption`. Tab and Shift+Tab move the focus, Enter and Space press, the arrow
 * keys change selects, radio groups and tabs, and every stop on the way must show a visible focus
 * outline (WCAG 2.4.7). The strings are the app's own locale files, so the test reads what a
 * Hindi user reads.
 */

type Strings = Messages;
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** The focused element shows an outline (the :focus-visible ring in styles.css). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), tag: el.tagName };
  });
  expect(ring, 'something is focused').not.toBeNull();
  expect(ring?.style, `outline on the focused ${ring?.tag}`).not.toBe('none');
  expect(ring?.width ?? 0).toBeGreaterThan(0);
}

/**
 * Press Tab (or Shift+Tab) until `target` has the focus, checking the focus ring at every stop on
 * the way; fails if the target cannot be reached (an unreachable control or a keyboard trap).
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(target)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const onBody = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
    if (!onBody) await expectVisibleFocus(page);
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()} in ${max} presses`);
}

/** Change the focused <select> with the arrow keys until it shows `value`. */
async function chooseWithArrows(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select.evaluate((el) => (el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value) : []));
  expect(values).toContain(value);
  for (let i = 0; i < values.length * 2; i += 1) {
    const current = await select.inputValue();
    if (current === value) return;
    await page.keyboard.press(values.indexOf(value) > values.indexOf(current) ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(value);
}

/** Settings > Interface language, by keyboard: Ctrl+, then Tab to the select and arrow to Hindi. */
async function switchToHindi(page: Page): Promise<void> {
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible();
  // Found by its English name; held by position, since its name turns Hindi the moment it changes.
  await expect(page.getByLabel(en.settings.language.label)).toBeVisible();
  const select = page.locator('section.settings select').first();
  await tabTo(page, select);
  await chooseWithArrows(page, select, 'hi');
  // At once, with no reload: the heading, the document language and the focus all stay put.
  await expect(page.getByRole('heading', { level: 1, name: hi.settings.heading })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  expect(await isFocused(page.getByLabel(hi.settings.language.label))).toBe(true);
  // A Hindi letter agrees with its signer: the applicant's form, chosen from the keyboard too.
  const form = page.getByRole('group', { name: hi.settings.applicant.legend }).getByLabel(hi.settings.hindiForm.label);
  await tabTo(page, form);
  await chooseWithArrows(page, form, 'feminine');
}

for (const language of ['en', 'hi'] as const) {
  test(`keyboard only, ${language === 'en' ? 'English' : 'Hindi'}: open the example, change a verdict, draft an RTI application, fill it, export it`, async ({ page, bridge, workDir }) => {
    const s: Strings = language === 'en' ? en : hi;
    await openApp(page, bridge);
    if (language === 'hi') await switchToHindi(page);

    // Leave the case that opens on first start (F1: help), then open the example from the list.
    await page.keyboard.press('F1');
    await expect(page.getByRole('heading', { level: 1, name: s.help.heading })).toBeVisible();
    const caseButton = page.getByRole('navigation', { name: s.cases.heading }).getByRole('button', { name: /CoWIN data breach/ });
    await tabTo(page, caseButton);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();
    await expect(caseButton).toHaveAttribute('aria-current', 'page');

    // The case's tabs are one tab stop; the arrow keys, Home and End move between them.
    const analysisTab = page.getByRole('tab', { name: s.caseView.tabs.analysis });
    await tabTo(page, analysisTab);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: new RegExp(s.caseView.tabs.drafts) })).toBeFocused();
    await expect(page.getByRole('tab', { name: new RegExp(s.caseView.tabs.drafts) })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: s.caseView.tabs.notes })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(analysisTab).toHaveAttribute('aria-selected', 'true');
    await expect(analysisTab).toBeFocused();
    await expectVisibleFocus(page);

    // Select part (b): its passage is shown in the reply.
    const partB = page.locator('li[data-part="b"]');
    const partButton = partB.locator('button.part__text');
    await tabTo(page, partButton);
    await page.keyboard.press('Enter');
    await expect(partButton).toHaveAttribute('aria-pressed', 'true');

    // Change its verdict to unanswered with the arrow keys.
    const verdict = partB.getByLabel(fill(s.analysis.changeVerdict, { label: 'b' }));
    await tabTo(page, verdict);
    await chooseWithArrows(page, verdict, 'unanswered');
    await expect(partB.locator('.chip')).toHaveText(s.status.unanswered);
    await expect(partB.getByText(s.analysis.byUser, { exact: true })).toBeVisible();

    // Hindi: the document in Hindi too, chosen with the arrow keys in the radio group.
    if (language === 'hi') {
      const english = page.locator('.analysis__actions').getByRole('radio', { name: s.drafting.create.languages.en });
      await tabTo(page, english);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.analysis__actions').getByRole('radio', { name: s.drafting.create.languages.hi })).toBeChecked();
    }

    // Draft an RTI application for the open points; the new draft's editor takes the focus.
    const draftButton = page.locator('.analysis__actions').getByRole('button', { name: fill(s.drafting.create.submitOpen, { kind: s.drafting.short['rti-application'] }) });
    await tabTo(page, draftButton);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: new RegExp(s.caseView.tabs.drafts) })).toHaveAttribute('aria-selected', 'true');
    const editor = page.locator('form.draft-editor');
    await expect(editor.getByLabel(s.drafts.title, { exact: true })).toBeFocused();
    await expectVisibleFocus(page);

    // The required fields, labelled in the interface language, typed in from the keyboard.
    const field = (key: string) => editor.locator(`[id$="-field-${key}"]`);
    await expect(editor.getByLabel(s.templateLabels.applicantName)).toBeVisible();
    const typed: ReadonlyArray<readonly [string, string]> = [
      ['pioAddress', 'Electronics Niketan, 6 CGO Complex, Lodhi Road, New Delhi 110003'],
      ['applicantName', 'Asha Verma'],
      ['applicantAddress', '12 Example Lane, New Delhi 110024'],
      ['place', 'New Delhi'],
    ];
    for (const [key, value] of typed) {
      await tabTo(page, field(key));
      // A field may come prefilled (the CPIO's address from the address book): replace what is there.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
      await expect(field(key)).toHaveValue(value);
    }
    await tabTo(page, field('feeMode'));
    await chooseWithArrows(page, field('feeMode'), 'ipo');
    await expect(field('feeMode').locator('option:checked')).toHaveText(s.templateLabels.feeIpo);
    await tabTo(page, field('feeInstrument'));
    await page.keyboard.type('12F 345678');
    await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);

    // Export through the (scripted) save dialog, pressing the button with Space.
    const target = join(workDir, `keyboard-${language}.docx`);
    await bridge.answerSaveDialog(target);
    const exportButton = editor.getByRole('button', { name: s.drafts.export });
    await tabTo(page, exportButton);
    await page.keyboard.press('Space');
    await expect(editor.getByRole('status')).toContainText(fill(s.drafts.exported, { fileName: `keyboard-${language}.docx` }));
    expect((await stat(target)).size).toBeGreaterThan(2000);

    // LibreOffice reads it, in the language chosen.
    const text = (await docxToText(target)).replace(/\s+/g, ' ');
    expect(text).toContain('Asha Verma');
    expect(text).toContain('Electronics Niketan');
    expect(text).toContain(language === 'en' ? 'Right to Information Act, 2005' : 'सूचना का अधिकार अधिनियम, 2005');
  });
}

test('from launch, the skip link brings the keyboard to the open case in three key presses', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await expect(page.locator('li[data-part]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the open case' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeFocused();
  await page.keyboard.press('Tab');
  // The third press lands on the case's own controls: inside the case, past the case list.
  const inCase = await page.evaluate(() => {
    const el = document.activeElement;
    return el !== null && el.closest('main') !== null && el.closest('.case-list') === null && el.matches('button, [role="tab"], a, select, input');
  });
  expect(inCase).toBe(true);
});
