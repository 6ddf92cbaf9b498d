import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TASK_PROGRESS_EVENT, TaskProgressSchema, type TaskProgress } from '../../shared/ipc/events.ts';
import { handWrittenPdf } from '../unit/electron/services/import/fixtures.ts';
import { expect, openApp, test, type Bridge } from './fixtures.ts';

/**
 * Long work shows progress and can be stopped (issue 6, item 7), through the real renderer and
 * the real services: a 1,500-page PDF read page by page with the count advancing; a 2,000-page
 * one stopped part-way, leaving the text and the case as they were; a batch export stopped
 * between files (the files written stay, and the message says how many); a case bundle stopped
 * before its zip is written.
 *
 * The exports take well under a second, too quick to press Stop by hand. So the test watches
 * main's progress events (the bridge's /__events stream) and freezes the bridge process
 * (SIGSTOP) the moment the first file is done, presses Stop, and lets it run on (SIGCONT) once
 * the request has left the page: main is then exactly as a slower machine would leave it.
 */

/** main's progress events, as the preload shim reads them (Server-Sent Events on /__events). */
async function watchProgress(bridge: Bridge): Promise<{ next: (pred: (p: TaskProgress) => boolean) => Promise<TaskProgress>; close: () => void }> {
  const controller = new AbortController();
  const res = await fetch(`${bridge.url}/__events`, { signal: controller.signal });
  const body = res.body;
  if (!res.ok || !body) throw new Error(`no event stream: ${res.status}`);
  const waiting: Array<{ pred: (p: TaskProgress) => boolean; done: (p: TaskProgress) => void }> = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith(`event: ${TASK_PROGRESS_EVENT}\n`)) continue;
          const data = frame.split('\n').find((line) => line.startsWith('data: '))?.slice(6) ?? '';
          const progress = TaskProgressSchema.parse(JSON.parse(data));
          for (const w of [...waiting]) {
            if (!w.pred(progress)) continue;
            waiting.splice(waiting.indexOf(w), 1);
            w.done(progress);
          }
        }
      }
    } catch {
      // Closed by the test.
    }
  })();
  return {
    next: (pred) => new Promise((done) => { waiting.push({ pred, done }); }),
    close: () => controller.abort(),
  };
}

/** Freeze the bridge (main) at the first event `pred` accepts; the returned function lets it run on. */
async function freezeAt(bridge: Bridge, events: Awaited<ReturnType<typeof watchProgress>>, pred: (p: TaskProgress) => boolean): Promise<TaskProgress> {
  const progress = await events.next(pred);
  bridge.process.kill('SIGSTOP');
  return progress;
}

function resume(bridge: Bridge): void {
  bridge.process.kill('SIGCONT');
}

/** A hand-written text PDF (PDF 32000-1 §7.5) of `pages` pages, `lines` lines each. */
function longPdf(pages: number, lines: number): Buffer {
  return handWrittenPdf(Array.from({ length: pages }, (_, i) => ({
    text: Array.from({ length: lines }, (_, l) => `Annexure page ${i + 1}, line ${l + 1}: vaccination records held by the Ministry.`),
  })));
}

/** Every text a live region showed, in order: installed before the work starts, read after it ends. */
async function recordStatuses(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    const note = () => {
      const text = document.querySelector(sel)?.textContent ?? null;
      if (text !== null && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}

function pageNumbers(statuses: ReadonlyArray<string>, total: string): number[] {
  return statuses.flatMap((s) => {
    const m = new RegExp(`^Reading page ([\\d,]+) of ${total}…$`).exec(s);
    return m?.[1] ? [Number(m[1].replace(/,/g, ''))] : [];
  });
}

async function expectAccessible(page: Page, scope: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(scope).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('importing a long PDF shows the page being read; a stopped import leaves the text and the case as they were', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await page.getByRole('button', { name: 'New case', exact: true }).click();
  await page.getByLabel('Name of the new case').fill('Vaccination annexures');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vaccination annexures' })).toBeVisible();
  const workspace = join(bridge.dataDir, 'workspace');
  const id = (await readdir(workspace)).find((name) => name !== 'cowin-data-breach-2023');
  if (!id) throw new Error('the new case has no folder');
  const caseFile = join(workspace, id, 'case.json');

  const slot = page.getByRole('group', { name: 'The question and the reply' });
  const box = slot.getByLabel('Text of the question and the reply');
  const chooseFile = slot.getByRole('button', { name: 'Import the question and reply from a file…' });
  const status = slot.locator('.task-progress').getByRole('status');
  const bar = slot.getByRole('progressbar', { name: 'Reading the file' });

  // 1,500 pages, read to the end: the page count advances on screen while it reads.
  const short = join(workDir, 'annexure-1500.pdf');
  await writeFile(short, longPdf(1500, 10));
  const statuses = await recordStatuses(page, '.task-progress [role="status"]');
  await bridge.answerOpenDialog(short);
  await chooseFile.click();
  await expect(status).toHaveText(/^Reading page [\d,]+ of 1,500…$/);
  await expect(bar).toHaveAttribute('max', '1500');
  await expect(slot.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  // A text this long (over EDITABLE_CHARS) is shown as its read-only beginning, not in the text box (issue 12).
  await expect(box).toHaveText(/^Annexure page 1, line 1: /);
  await expect(slot.locator('[data-large-text]')).toBeVisible();
  await expect(slot.getByText(/^From “annexure-1500\.pdf” \(PDF, 1,?500 pages\)/)).toBeVisible();
  await expect(status).toHaveCount(0);
  const seen = pageNumbers(await statuses(), '1,500');
  // Several distinct pages were shown, in order, from near the start. The first report leaves at
  // once (page 0), but on a loaded machine the window may draw its first status a few pages in (a
  // full run here drew page 4 first): the first tenth of the document is "the start".
  expect(seen.length).toBeGreaterThanOrEqual(3);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen[0]).toBeLessThanOrEqual(150);
  const imported = await box.textContent();
  const caseBefore = await readFile(caseFile, 'utf8');

  // 2,000 pages, stopped part-way: the box keeps the first import, the case file is untouched.
  const long = join(workDir, 'annexure-2000.pdf');
  await writeFile(long, longPdf(2000, 40));
  await bridge.answerOpenDialog(long);
  await chooseFile.click();
  await expect(status).toHaveText(/^Reading page [\d,]+ of 2,000…$/);
  await expect(bar).toHaveAttribute('max', '2000');
  await expect(chooseFile).toBeDisabled();
  await expectAccessible(page, '.import-slot');
  const stop = slot.getByRole('button', { name: 'Stop reading' });
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(slot.getByRole('status').filter({ hasText: /stopped/ })).toHaveText('Reading the file was stopped; the text was not changed.');
  await expect(status).toHaveCount(0);
  await expect(box).toHaveText(imported ?? '');
  await expect(slot.getByText(/^From “annexure-1500\.pdf” \(PDF, 1,?500 pages\)/)).toBeVisible();
  const stoppedAt = pageNumbers(await statuses(), '2,000').at(-1) ?? 0;
  expect(stoppedAt).toBeGreaterThan(0);
  expect(stoppedAt).toBeLessThan(2000);
  // Focus did not fall to the page: it is back on the button that started the import.
  await expect(chooseFile).toBeFocused();
  expect(await readFile(caseFile, 'utf8')).toBe(caseBefore);
});

/** The example case's first RTI application, with the applicant filled in (as drafting.spec.ts). */
async function rtiDraft(page: Page): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: /^Draft .* for open points$/ }).click();
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel("Applicant's name").fill('Asha Verma');
  await editor.getByLabel("Applicant's address").fill('12 Example Lane, New Delhi 110024');
  await editor.getByLabel(/^Place/).fill('New Delhi');
  await editor.getByLabel(/How the fee is paid/).selectOption('ipo');
  await editor.getByLabel(/Fee instrument number/).fill('12F 345678');
  return editor;
}

test('a batch export to every authority shows the file being written and stops between files; the files written stay', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await rtiDraft(page);
  const routing = page.getByRole('region', { name: 'Public authority' });
  // Every authority the app knows: the routed ones and all the others, added one by one.
  const add = routing.getByLabel('Add another public authority');
  while ((await add.count()) > 0 && (await add.locator('option').count()) > 1) {
    await add.selectOption({ index: 1 });
    await routing.getByRole('button', { name: 'Add', exact: true }).click();
  }
  const batch = routing.getByRole('region', { name: 'Send to several authorities' });
  const boxes = batch.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
  const addresses = batch.getByLabel(/^PIO address for /);
  await expect(addresses).toHaveCount(count);
  for (let i = 0; i < count; i += 1) await addresses.nth(i).fill(`Central Public Information Officer ${i + 1}\nNew Delhi 1100${10 + i}`);

  const folder = join(workDir, 'batch');
  await mkdir(folder);
  await bridge.answerFolderDialog(folder);
  const events = await watchProgress(bridge);
  try {
    const frozen = freezeAt(bridge, events, (p) => p.kind === 'batch-export' && p.done >= 1);
    await batch.getByRole('button', { name: `Export ${count} applications (one .docx per authority)` }).click();
    const at = await frozen;
    try {
      const progress = batch.locator('.task-progress');
      // The event main sent just before it froze (or a later one, if main got further first).
      await expect(progress.getByRole('status')).toHaveText(new RegExp(`^Writing application (\\d+) of ${count}…$`));
      // An earlier event's text may still be showing when the status first matches: wait for the frozen one to arrive.
      await expect.poll(async () => Number(/(\d+) of/.exec(await progress.getByRole('status').innerText())?.[1] ?? 0)).toBeGreaterThanOrEqual(at.done + 1);
      await expect(progress.getByRole('progressbar', { name: 'Writing the applications' })).toHaveAttribute('max', String(count));
      await expectAccessible(page, '.batch');
      const canceled = page.waitForRequest((req) => req.url().endsWith('/ipc/task%3Acancel') || req.url().endsWith('/ipc/task:cancel'));
      await progress.getByRole('button', { name: 'Stop the export' }).click();
      await expect(progress.getByRole('status')).toHaveText('Stopping after the file being written…');
      await canceled;
    } finally {
      resume(bridge);
    }
  } finally {
    events.close();
  }

  const message = batch.getByRole('status').filter({ hasText: /^Stopped after / });
  await expect(message).toBeVisible();
  const text = await message.locator('p').innerText();
  const m = new RegExp(`^Stopped after (\\d+) of ${count} applications\\. (The one|Those) already written stays? in batch; the others were not written:$`).exec(text);
  expect(m, text).not.toBeNull();
  const written = Number(m?.[1]);
  expect(written).toBeGreaterThanOrEqual(1);
  expect(written).toBeLessThan(count);
  // Exactly the files it names are in the folder, each whole (written atomically, no temp file).
  const listed = await message.locator('li').allInnerTexts();
  expect(listed).toHaveLength(written);
  expect((await readdir(folder)).sort()).toEqual([...listed].sort());
  for (const name of listed) expect((await readFile(join(folder, name))).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(batch.locator('.task-progress')).toHaveCount(0);
});

test('a case bundle with a large evidence file shows its progress and, stopped, writes no zip at all', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  await expect(page.getByRole('heading', { level: 1, name: /CoWIN data breach/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Filings' }).click();

  // 24 MB of scans: the zip is built in 16 KB blocks, long enough to be stopped part-way.
  const scan = join(workDir, 'Scanned annexures.pdf');
  const bytes = Buffer.alloc(24 * 1024 * 1024);
  for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  await writeFile(scan, bytes);
  await bridge.answerOpenDialog(scan);
  const evidence = page.getByRole('region', { name: 'Evidence for the case as a whole' }).last();
  await evidence.getByRole('button', { name: 'Attach a file…' }).click();
  await expect(evidence.getByRole('status')).toHaveText('Attached Scanned annexures.pdf; its SHA-256 is recorded.');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  const target = join(workDir, 'hearing.zip');
  await bridge.answerSaveDialog(target);
  const events = await watchProgress(bridge);
  const bundle = page.locator('.bundle');
  try {
    // Frozen at its first event, once the file is chosen: left to do are reading and hashing the
    // evidence again, and building and writing the zip.
    const frozen = freezeAt(bridge, events, (p) => p.kind === 'bundle-export');
    await bundle.getByRole('button', { name: 'Export the case bundle (.zip)…' }).click();
    const at = await frozen;
    try {
      const progress = bundle.locator('.task-progress');
      // The example case has no drafts: the evidence file, then the zip.
      expect([at.done, at.total]).toEqual([0, 2]);
      await expect(progress.getByRole('status')).toHaveText('Preparing the bundle: step 1 of 2…');
      await expect(progress.getByRole('progressbar', { name: 'Preparing the bundle' })).toHaveAttribute('max', String(at.total));
      await expect(bundle.getByRole('button', { name: 'Export the case bundle (.zip)…' })).toBeDisabled();
      await expectAccessible(page, '.bundle');
      const canceled = page.waitForRequest((req) => /\/ipc\/task(%3A|:)cancel$/.test(req.url()));
      await progress.getByRole('button', { name: 'Stop the export' }).click();
      await expect(progress.getByRole('status')).toHaveText('Stopping…');
      await canceled;
    } finally {
      resume(bridge);
    }
  } finally {
    events.close();
  }
  await expect(bundle.getByRole('status')).toHaveText('The bundle export was stopped; nothing was written.');
  await expect(bundle.locator('.task-progress')).toHaveCount(0);
  expect((await readdir(workDir)).filter((name) => name.startsWith('hearing'))).toEqual([]);

  // Not stopped, the same export completes and its message replaces the progress.
  await bridge.answerSaveDialog(target);
  await bundle.getByRole('button', { name: 'Export the case bundle (.zip)…' }).click();
  await expect(bundle.getByRole('status').filter({ hasText: 'hearing.zip' })).toContainText('Saved as hearing.zip');
  await expect(bundle.locator('.task-progress')).toHaveCount(0);
  const zip = await readFile(target);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zip.length).toBeGreaterThan(bytes.length);
});
