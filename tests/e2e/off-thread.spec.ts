import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, openApp, paste, test } from './fixtures.ts';

/**
 * Issue 12: the analyser runs in a Web Worker, off the interface thread, with progress and Stop;
 * a long draft is checked in a worker of its own.
 * The page's Worker is wrapped (before the app loads) so the test can see the worker start,
 * answer, and be terminated, and can hold the analysis at its start to press Stop without racing
 * the clock. Nothing else of the app is replaced.
 */
const WORKER_PROBE = `(() => {
  const Real = window.Worker;
  window.__analysis = { started: [], answered: 0, answeredBy: [], terminated: 0, hold: false, held: null };
  window.Worker = class extends Real {
    constructor(url, options) {
      super(url, options);
      window.__analysis.started.push(String(url));
      this.addEventListener('message', () => { window.__analysis.answered += 1; window.__analysis.answeredBy.push(String(url)); });
    }
    postMessage(message) {
      if (window.__analysis.hold) { window.__analysis.held = message; return; }
      super.postMessage(message);
    }
    terminate() { window.__analysis.terminated += 1; super.terminate(); }
  };
})();`;

type Probe = { started: string[]; answered: number; answeredBy: string[]; terminated: number; hold: boolean };
const probe = (): Probe => (globalThis as unknown as { __analysis: Probe }).__analysis;

test('analysis runs in a worker: progress shows, Stop ends it and leaves the case as it was, and a second run fills the case', async ({ page, bridge }) => {
  await page.addInitScript({ content: WORKER_PROBE });
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Worker check');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Worker check' })).toBeVisible();

  const panel = page.getByRole('tabpanel');
  const text = await readFile(join(import.meta.dirname, '../fixtures/import/rs-cowin-qa.txt'), 'utf8');
  await panel.getByLabel('Text of the question and the reply').fill(text);

  // Held at its start: the progress and the Stop button show, and the window still answers.
  await page.evaluate(() => { (globalThis as unknown as { __analysis: Probe }).__analysis.hold = true; });
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Analysing the reply part by part' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Analyse', exact: true })).toBeDisabled();
  await panel.getByRole('button', { name: 'Stop analysing' }).click();
  await expect(panel.getByRole('alert')).toHaveText('The analysis was stopped; the case was not changed.');
  expect((await page.evaluate(probe)).terminated).toBe(1);
  await expect(page.locator('li[data-part]')).toHaveCount(0);
  await expect(panel.getByLabel('Text of the question and the reply')).toHaveValue(text);

  // Let go: the same text is analysed in a worker, which answers, and the verdicts appear.
  await page.evaluate(() => { (globalThis as unknown as { __analysis: Probe }).__analysis.hold = false; });
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  const seen = await page.evaluate(probe);
  expect(seen.started).toHaveLength(2);
  for (const url of seen.started) expect(url).toMatch(/analysis-worker/);
  expect(seen.answered).toBe(1);
  expect(seen.terminated).toBe(2);
});

test('a long draft is checked in a worker: its findings still appear, and clear when fixed', async ({ page, bridge }) => {
  await page.addInitScript({ content: WORKER_PROBE });
  await openApp(page, bridge);
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  await form.getByLabel('Kind of document').selectOption({ label: 'Rajya Sabha question notice, unstarred' });
  await form.getByRole('button', { name: /^Draft .* for open points$/ }).click();
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('Rajya Sabha rules');
  expect((await page.evaluate(probe)).started.filter((u) => /lint-worker/.test(u))).toHaveLength(0);

  // Over 20,000 characters in one part, with an opinion question at its start.
  const long = `whether in the opinion of the Government the breach was serious ${'and the details of the records kept of every access to the portal, '.repeat(320)}`;
  await editor.locator('ol.points textarea').nth(2).fill(long);
  const opinion = checks.locator('li[data-rule="pq-opinion"]');
  await expect(opinion).toHaveCount(1);
  expect((await page.evaluate(probe)).started.filter((u) => /lint-worker/.test(u))).toHaveLength(1);

  await editor.locator('ol.points textarea').nth(2).fill(`the number of persons whose data was exposed, ${'with the records kept of every access to the portal, '.repeat(400)}`);
  await expect(opinion).toHaveCount(0);
});

test('a long paste is checked in a worker and reaches the box normalised; a short one is checked at once', async ({ page, bridge }) => {
  await page.addInitScript({ content: WORKER_PROBE });
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Long paste');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const box = page.getByRole('tabpanel').getByLabel('Text of the question and the reply');
  const pasteInto = (text: string) => paste(box, text);
  const pasteWorkers = async () => (await page.evaluate(probe)).started.filter((u) => /paste-worker/.test(u)).length;

  await pasteInto('Short line one\r\nShort line two');
  await expect(box).toHaveValue('Short line one\nShort line two');
  expect(await pasteWorkers()).toBe(0);

  // Windows line breaks and a control character, over 200,000 characters in all.
  const long = 'The Minister replied to every part of the question.\r\n'.repeat(5_000) + 'End\u0007.';
  await box.fill('');
  await pasteInto(long);
  await expect(box).toHaveValue('The Minister replied to every part of the question.\n'.repeat(5_000) + 'End.');
  expect(await pasteWorkers()).toBe(1);
  await expect(page.getByRole('tabpanel')).toContainText('1 invisible control character was removed');
});

test('a long text is read for Hindi only when no check has, and then in a worker: a long paste is taken at its check\'s word, a stored one is read again', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  await page.addInitScript({ content: WORKER_PROBE });
  await openApp(page, bridge);
  const hindiWorkers = async () => (await page.evaluate(probe)).started.filter((u) => /hindi-worker/.test(u)).length;
  const hindiAnswers = async () => (await page.evaluate(probe)).answeredBy.filter((u) => /hindi-worker/.test(u)).length;
  const panel = page.getByRole('tabpanel');
  const warning = panel.locator('.import-warnings__hindi');
  // The CoWIN question and reply (one line of Hindi in its header), then annexure lines: too long to edit.
  const qa = await readFile(join(import.meta.dirname, '../fixtures/import/rs-cowin-qa.txt'), 'utf8');
  const annexure = 'Statement referred to in reply: the data of registered beneficiaries was accessed through the portal.\n'.repeat(4_000);
  const english = `${qa.split('\n').filter((l) => !/\p{Script=Devanagari}/u.test(l)).join('\n')}\n${annexure}`;

  const pasteAndAnalyse = async (title: string, text: string, hindi: boolean) => {
    await page.getByRole('button', { name: 'New case', exact: true }).click();
    await page.getByLabel('Name of the new case').fill(title);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await paste(panel.getByLabel('Text of the question and the reply'), text);
    await expect(panel.locator('[data-large-text]')).toBeVisible();
    // The paste's own check said whether there is Hindi; nothing reads the text again for it.
    await expect(warning).toHaveCount(hindi ? 1 : 0);
    expect(await hindiWorkers()).toBe(0);
    await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
    await expect(page.locator('li[data-part]')).toHaveCount(4);
  };

  await pasteAndAnalyse('Long English', english, false);
  // Reopened from the case: the stored text's warnings were not kept, so it is read, in a worker.
  await panel.getByRole('button', { name: 'Correct the text or import it again' }).click();
  await expect.poll(hindiAnswers).toBe(1);
  await expect(warning).toHaveCount(0);
  expect(await hindiWorkers()).toBe(1);
  await panel.getByRole('button', { name: 'Back to the analysis without changes' }).click();

  await page.evaluate(() => { const p = (globalThis as unknown as { __analysis: Probe }).__analysis; p.started = []; p.answeredBy = []; });
  await pasteAndAnalyse('Long bilingual', `${qa}\n${annexure}`, true);
  await panel.getByRole('button', { name: 'Correct the text or import it again' }).click();
  await expect(warning).toBeVisible();
  expect([await hindiWorkers(), await hindiAnswers()]).toEqual([1, 1]);
});

test('a 6 MB paste, over the old 5 MB limit: its beginning is shown, its analysis shows progress, stops, and then fills the case', async ({ page, bridge }) => {
  test.setTimeout(240_000);
  await page.addInitScript({ content: WORKER_PROBE });
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Big paste');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const panel = page.getByRole('tabpanel');
  const box = panel.getByLabel('Text of the question and the reply');

  // The CoWIN question and reply, then statement after statement of the reply's annexure.
  const qa = await readFile(join(import.meta.dirname, '../fixtures/import/rs-cowin-qa.txt'), 'utf8');
  const line = 'Statement referred to in reply: the data of registered beneficiaries was accessed through the portal on the dates shown.\n';
  const text = `${qa}\n${line.repeat(Math.ceil((6 * 1024 * 1024 - qa.length) / line.length))}`;
  expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
  await paste(box, text);

  // Too long to edit: the box gives way to the text's beginning and says why; no refusal.
  const large = panel.locator('[data-large-text]');
  await expect(large).toContainText(`This text has ${text.length.toLocaleString('en-US')} characters`);
  await expect(panel.getByRole('document', { name: 'Text of the question and the reply' })).toContainText('CoWIN');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect((await page.evaluate(probe)).started.filter((u) => /paste-worker/.test(u))).toHaveLength(1);

  // Held at its start: progress and Stop show; Stop ends the worker and leaves the case as it was.
  await page.evaluate(() => { (globalThis as unknown as { __analysis: Probe }).__analysis.hold = true; });
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Analysing the reply part by part' })).toBeVisible();
  await panel.getByRole('button', { name: 'Stop analysing' }).click();
  await expect(panel.getByRole('alert')).toHaveText('The analysis was stopped; the case was not changed.');
  await expect(page.locator('li[data-part]')).toHaveCount(0);
  await expect(large).toBeVisible();

  // Let go: the whole text is analysed in its worker and the verdicts appear.
  await page.evaluate(() => { (globalThis as unknown as { __analysis: Probe }).__analysis.hold = false; });
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.locator('li[data-part]')).toHaveCount(4, { timeout: 180_000 });
  const seen = await page.evaluate(probe);
  expect(seen.started.filter((u) => /analysis-worker/.test(u))).toHaveLength(2);
  expect(seen.answered).toBeGreaterThanOrEqual(2);
});

/**
 * A long reply draws only the pieces near where it is read (highlighted-text.tsx): this scrolls
 * its pane down about a piece at a time, two frames apart, until `words` are drawn, as a reader
 * scrolling down would see them.
 */
async function scrollUntilDrawn(reply: Locator, words: string): Promise<void> {
  for (let step = 0; step < 1_000; step += 1) {
    const drawn = await reply.evaluate(async (el, w) => {
      if (el.textContent?.includes(w)) return true;
      let pane: HTMLElement | null = el.parentElement;
      while (pane && !(pane.scrollHeight > pane.clientHeight && ['auto', 'scroll'].includes(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
      (pane ?? document.scrollingElement ?? document.documentElement).scrollBy(0, 1_000);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return el.textContent?.includes(w) ?? false;
    }, words);
    if (drawn) return;
  }
  throw new Error(`"${words}" was never drawn, scrolling down the reply`);
}

test('a long reply is drawn a piece at a time: its highlight at once, the rest as it is scrolled to, down to its last paragraph', async ({ page, bridge }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Long reply');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const panel = page.getByRole('tabpanel');
  const box = panel.getByLabel('Text of the question and the reply');
  // The CoWIN question and reply, then 1,200 numbered paragraphs of annexure: four chunks and more.
  const qa = await readFile(join(import.meta.dirname, '../fixtures/import/rs-cowin-qa.txt'), 'utf8');
  const annexure = Array.from({ length: 1200 }, (_, i) => `Annexure paragraph ${i + 1}: the portal's records for this entry.`).join('\n\n');
  await paste(box, `${qa}\n\n${annexure}`);
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  const reply = page.locator('.reply-text');
  await page.locator('li[data-part="b"] .part__text').click();
  await expect(reply.locator('mark').first()).toBeInViewport();
  // Cut into four pieces and more, not all drawn: a run of those not drawn is one placeholder.
  const pieces = await reply.evaluate((el) => el.querySelectorAll('.reply-text__chunk').length + [...el.querySelectorAll<HTMLElement>('.reply-text__gap')].reduce((n, g) => n + Number(g.dataset['count']), 0));
  expect(pieces).toBeGreaterThanOrEqual(4);
  await scrollUntilDrawn(reply, 'Annexure paragraph 1200: the portal');
});

test('a long reply checked in a worker comes back in slices and is drawn whole, a paragraph across a slice\'s end included', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Sliced reply');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const panel = page.getByRole('tabpanel');
  const box = panel.getByLabel('Text of the question and the reply');
  // A page break (\f, as pdftotext writes them) makes the checked text differ from the pasted
  // one, so the paste's worker sends it back, in slices of 512 Ki characters (sliced-message.ts).
  // One long paragraph sits across the first slice's end, and the reply is drawn from the slices.
  const qa = await readFile(join(import.meta.dirname, '../fixtures/import/rs-cowin-qa.txt'), 'utf8');
  const filler = (chars: number) => {
    let s = '';
    for (let i = 1; s.length < chars; i++) s += `Annexure paragraph ${i}: the portal's records for this entry.\n\n`;
    return s.slice(0, chars);
  };
  const before = `${qa}\f\n${filler(512 * 1024 - 1_000 - qa.length)}\n\n`;
  const across = `Across the cut begins here: ${'the records of the portal, '.repeat(80)}and across the cut it ends here.`;
  const text = `${before}${across}\n\n${filler(200_000)}\n\nThe last paragraph of the annexure.`;
  expect(before.length).toBeLessThan(512 * 1024);
  expect(before.length + across.length).toBeGreaterThan(512 * 1024);
  await paste(box, text);
  await expect(panel.locator('.import-slot__origin')).toBeVisible();
  await panel.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.locator('li[data-part]')).toHaveCount(4);
  const reply = page.locator('.reply-text');
  await page.locator('li[data-part="b"] .part__text').click();
  await expect(reply.locator('mark').first()).toBeInViewport();
  // The paragraph across the cut is one paragraph, whole; the last one is there too.
  await scrollUntilDrawn(reply, 'Across the cut begins here');
  await expect(reply.locator('p', { hasText: 'Across the cut begins here' })).toHaveText(across);
  await scrollUntilDrawn(reply, 'The last paragraph of the annexure.');
});
