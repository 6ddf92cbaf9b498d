import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { en } from '../../renderer/src/locales/en/index.ts';
import { hi } from '../../renderer/src/locales/hi/index.ts';
import type { Case } from '../../shared/domain/case.ts';
import { COWIN_CASE_ID } from '../../shared/example/cowin-case.ts';
import { expect, openApp, startBridgeProcess, test, type Bridge } from './fixtures.ts';

/**
 * Two people on one workspace folder, each with their own copy of the app (two bridges, as two
 * machines on a network drive or a synced folder would be). A change made by one shows up in the
 * other's open case without losing what that person is typing; a real clash shows the conflict
 * notice, which is axe-clean in English and Hindi, and picking a version settles it.
 */

async function seriousIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

function profileNamed(name: string) {
  return {
    applicant: { name, address: '', phone: '', email: '', isBpl: false, bplCertificate: '' },
    member: { name: '', house: null, divisionNumber: '' },
    letterhead: { organisation: '', lines: [] },
  };
}

/** A bridge whose settings point at the shared workspace, with a profile name (recorded as who changed what). */
async function bridgeOn(dataDir: string, workspace: string, name: string): Promise<Bridge> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settingsVersion: 1, workspace, exampleSeeded: false, lastOpenCaseId: null, profile: profileNamed(name), language: 'en' }));
  return startBridgeProcess(dataDir);
}

/** Asha's and Bilal's copies of the app on one shared workspace (a synced folder), each with its own data folder. */
async function twoCopies(workDir: string): Promise<{ readonly workspace: string; readonly asha: Bridge; readonly bilal: Bridge; readonly stop: () => Promise<void> }> {
  const workspace = join(workDir, 'shared-workspace');
  const asha = await bridgeOn(join(workDir, 'asha'), workspace, 'Asha');
  const bilal = await bridgeOn(join(workDir, 'bilal'), workspace, 'Bilal');
  return { workspace, asha, bilal, stop: async () => { await bilal.stop(); await asha.stop(); } };
}

async function call<T>(bridge: Bridge, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${bridge.url}/ipc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { value: T; message?: string };
  if (!res.ok) throw new Error(body.message);
  return body.value;
}

async function openCase(bridge: Bridge): Promise<Case> {
  const opened = await call<{ ok: boolean; case: Case }>(bridge, 'cases:open', { id: COWIN_CASE_ID });
  return opened.case;
}

async function onDisk(workspace: string): Promise<Case> {
  return JSON.parse(await readFile(join(workspace, COWIN_CASE_ID, 'case.json'), 'utf8')) as Case;
}

test('a change made in another copy of the app reloads in the open case without losing what is being typed', async ({ page, workDir }) => {
  const { workspace, asha, bilal, stop } = await twoCopies(workDir);
  try {
    await openApp(page, asha);
    await page.getByRole('tab', { name: en.caseView.tabs.notes }).click();
    const notes = page.getByRole('textbox', { name: en.sync.notes.notesLabel });
    await notes.click();
    await notes.press('Control+End');
    await notes.pressSequentially(' First words by Asha.');
    await expect.poll(async () => (await onDisk(workspace)).matter.notes).toContain('First words by Asha.');

    // Bilal renames the case in his copy while Asha goes on typing.
    await notes.pressSequentially(' Still typing');
    const seen = await openCase(bilal);
    await call(bilal, 'cases:save', { case: { ...seen, title: 'CoWIN: renamed by Bilal' } });
    await notes.pressSequentially(' and more.');

    // Asha's open case and case list show Bilal's title; her typing is all there.
    await expect(page.getByRole('heading', { level: 1, name: 'CoWIN: renamed by Bilal' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('button', { name: /CoWIN: renamed by Bilal/ })).toBeVisible();
    await expect(notes).toHaveValue(/First words by Asha\. Still typing and more\.$/);
    await expect.poll(async () => {
      const c = await onDisk(workspace);
      return [c.title, c.matter.notes.endsWith('First words by Asha. Still typing and more.')];
    }).toEqual(['CoWIN: renamed by Bilal', true]);

    // Who changed what, and when, in the case's history.
    const history = page.getByRole('region', { name: en.sync.history.heading });
    await expect(history).toContainText(/Bilal (changed|saved) the title/);
    await expect(history).toContainText('Asha changed the notes');
  } finally {
    await stop();
  }
});

/** Resolves at the next `workspace:changed` report the bridge sends its windows (as main sends its one). */
async function nextWorkspaceReport(bridge: Bridge): Promise<() => Promise<string>> {
  const res = await fetch(`${bridge.url}/__events`);
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no event stream');
  return async () => {
    const decoder = new TextDecoder();
    let text = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        text += decoder.decode(value, { stream: true });
        const frame = text.split('\n\n').find((f) => f.startsWith('event: workspace:changed'));
        if (frame !== undefined) return frame;
      }
    } finally {
      await reader.cancel();
    }
  };
}

test('the open case is not read back after its own save (main says the file is that save); a save from another copy still is', async ({ page, workDir }) => {
  const { workspace, asha, bilal, stop } = await twoCopies(workDir);
  try {
    await openApp(page, asha);
    await page.getByRole('tab', { name: en.caseView.tabs.notes }).click();
    const reads: string[] = [];
    page.on('request', (r) => { if (decodeURIComponent(new URL(r.url()).pathname) === '/ipc/cases:open') reads.push(r.url()); });
    const ownReport = await nextWorkspaceReport(asha);
    const notes = page.getByRole('textbox', { name: en.sync.notes.notesLabel });
    await notes.click();
    await notes.press('Control+End');
    await notes.pressSequentially(' Saved here.');
    // The folder watcher reports Asha's own save to her window like any change, with its revision.
    expect(await ownReport()).toContain('"written"');
    await expect.poll(async () => (await onDisk(workspace)).matter.notes).toContain('Saved here.');

    // Bilal's save is read into Asha's open case: the one read of the case since hers.
    const seen = await openCase(bilal);
    await call(bilal, 'cases:save', { case: { ...seen, title: 'CoWIN: renamed by Bilal' } });
    await expect(page.getByRole('heading', { level: 1, name: 'CoWIN: renamed by Bilal' })).toBeVisible();
    await expect(notes).toHaveValue(/Saved here\.$/);
    expect(reads).toHaveLength(1);
  } finally {
    await stop();
  }
});

test('a real clash shows the conflict notice with both versions; axe-clean in English and Hindi; picking one settles it', async ({ page, workDir }) => {
  const { workspace, asha, bilal, stop } = await twoCopies(workDir);
  try {
    await openApp(page, asha);
    // Bilal's copy has the case open at the same revision as Asha's.
    const bilalsView = await openCase(bilal);
    await page.getByRole('tab', { name: en.caseView.tabs.notes }).click();
    await page.getByRole('textbox', { name: en.sync.notes.summaryLabel }).fill('Summary by Asha');
    await expect.poll(async () => (await onDisk(workspace)).matter.summary).toBe('Summary by Asha');
    await call(bilal, 'cases:save', { case: { ...bilalsView, matter: { ...bilalsView.matter, summary: 'Summary by Bilal' } } });

    const notice = page.getByRole('region', { name: en.sync.conflicts.heading_one });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading', { level: 3, name: en.sync.field.summary })).toBeVisible();
    await expect(notice).toContainText('Summary by Asha');
    await expect(notice).toContainText('Summary by Bilal');
    expect(await seriousIssues(page)).toEqual([]);

    // The same notice and the history in Hindi.
    await page.getByRole('button', { name: en.cases.settings }).click();
    await page.getByLabel(en.settings.language.label).selectOption('hi');
    await page.getByRole('navigation').getByRole('button', { name: /CoWIN/ }).click();
    const hindiNotice = page.getByRole('region', { name: hi.sync.conflicts.heading_one });
    await expect(hindiNotice).toBeVisible();
    await expect(hindiNotice.getByRole('heading', { level: 3, name: hi.sync.field.summary })).toBeVisible();
    expect(await seriousIssues(page)).toEqual([]);
    await page.getByRole('tab', { name: hi.caseView.tabs.notes }).click();
    await expect(page.getByRole('region', { name: hi.sync.history.heading })).toContainText('Bilal');
    expect(await seriousIssues(page)).toEqual([]);

    // Asha keeps Bilal's summary: the notice goes, and the case on disk has it.
    await hindiNotice.getByRole('button', { name: hi.sync.conflicts.keepLabel.replace('{{field}}', hi.sync.field.summary).replace('{{who}}', 'Bilal') }).click();
    await expect(hindiNotice).toHaveCount(0);
    await expect.poll(async () => {
      const c = await onDisk(workspace);
      return [c.matter.summary, c.conflicts?.length];
    }).toEqual(['Summary by Bilal', 0]);
  } finally {
    await stop();
  }
});
