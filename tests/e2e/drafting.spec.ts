import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { docxesToText, docxToText } from '../helpers/libreoffice.ts';
import { expect, openApp, test } from './fixtures.ts';
import { analyze } from '../../shared/analysis/analyze.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../shared/example/cowin-text.ts';

/** The example's verdicts as the analyser gives them. */
const EXAMPLE_VERDICTS = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT }).parts;

/**
 * The drafting workspace on the CoWIN example: choose parts, kind and language; the checks as
 * the user types; routing with the s.24 warning; suggestions inserted; export of one document,
 * of a Hindi one, and of one application per authority; the RTI Online copy.
 */

async function startDraft(page: Page, kind: string | null, language: 'English' | 'Hindi (हिन्दी)' = 'English'): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  await expect(form).toBeVisible();
  // The open parts are chosen by default: (a), (b) and (c) are partly answered in the example.
  for (const label of ['a', 'b', 'c']) await expect(form.getByRole('checkbox', { name: new RegExp(`^\\(${label}\\)`) })).toBeChecked();
  // (d) is called answered; an unsure "answered" is chosen too, never quietly taken as met.
  const d = form.getByRole('checkbox', { name: /^\(d\)/ });
  const unsure = EXAMPLE_VERDICTS.find((v) => v.label === 'd')?.needsCheck === true;
  if (unsure) await expect(d).toBeChecked();
  else await expect(d).not.toBeChecked();
  // These tests draft from (a) to (c).
  if (unsure) await d.uncheck();
  if (kind) await form.getByLabel('Kind of document').selectOption({ label: kind });
  await form.getByRole('radio', { name: language }).check();
  await form.getByRole('button', { name: unsure ? /^Draft .* for the chosen parts$/ : /^Draft .* for open points$/ }).click();
  await expect(page.getByRole('tab', { name: /Drafts/ })).toHaveAttribute('aria-selected', 'true');
  const editor = page.locator('form.draft-editor');
  await expect(editor).toBeVisible();
  return editor;
}

async function fillApplicant(editor: Locator): Promise<void> {
  await editor.getByLabel("Applicant's name").fill('Asha Verma');
  await editor.getByLabel("Applicant's address").fill('12 Example Lane, New Delhi 110024');
  await editor.getByLabel(/^Place/).fill('New Delhi');
  await editor.getByLabel(/How the fee is paid/).selectOption('ipo');
  await editor.getByLabel(/Fee instrument number/).fill('12F 345678');
}

test('the police\'s part goes to the Minister of Home Affairs; typed into the notice to MeitY it is flagged (LS Rule 41(1))', async ({ page, bridge }) => {
  await openApp(page, bridge);
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  await form.getByLabel('Kind of document').selectOption({ label: 'Rajya Sabha question notice, unstarred' });
  await form.getByLabel('Minister addressed').selectOption({ label: "Minister of Home Affairs: the police's part (arrests, chargesheets)" });
  const editor = await startDraft(page, null);
  await expect(editor.getByLabel(/^Ministry of the Minister addressed/)).toHaveValue('Home Affairs');
  const parts = editor.locator('ol.points textarea');
  await expect(parts).toHaveCount(2);
  await expect(parts.first()).toHaveValue(/arrested on the First Information Report registered on the cyber incident regarding CoWIN data in June 2023/);
  await expect(parts.nth(1)).toHaveValue(/chargesheet has been filed in that case/);
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.locator('li[data-rule="pq-minister-concerned"]')).toHaveCount(0);
  // Addressed to MeitY instead, the same part is flagged, with the Minister who answers for it.
  await editor.getByLabel(/^Ministry of the Minister addressed/).fill('Electronics and Information Technology');
  const concern = checks.locator('li[data-rule="pq-minister-concerned"]');
  await expect(concern).toHaveCount(2);
  await expect(concern.first()).toContainText('Minister of Home Affairs');
  await expect(concern.first().locator('.fact')).toHaveText(/UNCONFIRMED/);
});

test('a half-an-hour notice the House would not admit is not offered: the example\'s answer of 21.07.2023 is not recent (RS Rule 60(1)), and the Lok Sabha\'s would need a Lok Sabha question', async ({ page, bridge }) => {
  await openApp(page, bridge);
  const form = page.getByRole('form', { name: 'Draft a follow-up' });
  const draft = form.getByRole('button', { name: /^Draft .* for (open points|the chosen parts)$/ });
  await expect(draft).toBeEnabled();
  await form.getByLabel('Kind of document').selectOption({ label: 'Half-an-hour discussion notice, Rajya Sabha' });
  const bar = form.getByRole('alert');
  await expect(bar).toContainText('given on 21.07.2023');
  await expect(bar).toContainText('Rajya Sabha Rule 60(1)');
  await expect(bar.locator('.fact')).toHaveText(/UNCONFIRMED/);
  await expect(draft).toBeDisabled();
  await form.getByLabel('Kind of document').selectOption({ label: 'Half-an-hour discussion notice, Lok Sabha' });
  await expect(bar).toContainText('asked in the Rajya Sabha');
  await expect(draft).toBeDisabled();
  // The way out the bar offers: a question notice in the House that asked.
  await bar.getByRole('button', { name: 'Draft a question notice instead' }).click();
  await expect(form.getByLabel('Kind of document')).toHaveValue('pq-rs-unstarred');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(draft).toBeEnabled();
});

test('a Rajya Sabha question notice from the open parts: an opinion question is flagged as typed and clears when fixed', async ({ page, bridge }) => {
  await openApp(page, bridge);
  const editor = await startDraft(page, 'Rajya Sabha question notice, unstarred');
  await expect(editor.getByLabel(/^House/)).toHaveValue('Rajya Sabha');
  await expect(editor.getByLabel(/^Kind of question/)).toHaveValue('unstarred');
  const parts = editor.locator('ol.points textarea');
  // Parts ask what the reply withheld, never the answered question again (RS Rule 47(xiv)), and
  // only what MeitY answers for: the complaint and its FIR are the complainant Ministry's (LS Rule 41(1)).
  await expect(parts).toHaveCount(3);
  await expect(parts.nth(1)).toHaveValue(/CERT-In has completed its analysis of the incident/);
  for (let i = 0; i < 3; i++) await expect(parts.nth(i)).not.toHaveValue(/First Information Report|complaint/);

  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('Rajya Sabha rules');
  await expect(checks.locator('li[data-rule="pq-opinion"]')).toHaveCount(0);
  await expect(checks.locator('li[data-rule="pq-repeat"]')).toHaveCount(0);

  // Type an opinion question into a new part (d).
  await editor.getByRole('button', { name: 'Add a part' }).click();
  const partD = editor.getByLabel('Part (d)');
  await partD.pressSequentially('whether in the opinion of the Government the breach was serious');
  const opinion = checks.locator('li[data-rule="pq-opinion"]');
  await expect(opinion).toHaveCount(1);
  await expect(opinion).toContainText('Rajya Sabha');
  await expect(opinion).toContainText(/Source: /);
  await expect(opinion.locator('.fact')).toHaveText(/confirmed|UNCONFIRMED/);
  // The part it concerns is marked, and the finding links to it.
  await expect(editor.locator('li.point--flagged')).toHaveCount(1);
  await opinion.getByRole('button', { name: 'Show in part (d)' }).click();
  await expect(partD).toBeFocused();

  // Fix it: ask for a fact instead.
  await partD.fill('the number of persons whose vaccination data was exposed in the breach');
  await expect(opinion).toHaveCount(0);
  await expect(editor.locator('li.point--flagged')).toHaveCount(0);
});

test('an RTI application to an authority picked from the routing list, with a suggested point, exported and copied for RTI Online', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  const editor = await startDraft(page, null);
  const routing = page.getByRole('region', { name: 'Public authority' });

  // CERT-In is routed last, with the s.24 warning proposing the ministries' own records.
  const certIn = routing.locator('li[data-authority="cert-in"]');
  await expect(certIn).toContainText(/exempt/i);
  await expect(certIn).toContainText(/own records instead/);
  await expect(certIn).toContainText('UNCONFIRMED');
  // The address book has the building from Commission orders of 2011, marked unconfirmed; MeitY has none.
  const mohfw = routing.locator('li[data-authority="mohfw"]');
  await expect(mohfw).toContainText('Nirman Bhawan, New Delhi');
  await expect(routing.locator('li[data-authority="meity"]')).toContainText("None on file: take it from the authority's RTI page.");
  await expect(mohfw).toContainText('Central public authority');

  await routing.getByRole('radio', { name: /Ministry of Health and Family Welfare/ }).check();
  await expect(mohfw).toContainText('Addressed to this authority');
  await expect(editor.getByLabel(/^Public authority/)).toHaveValue('Ministry of Health and Family Welfare');
  // The records the replies name, one per point, asked of the authority that holds them.
  await expect(editor.locator('ol.points textarea').first()).toHaveValue(/complaint made by this public authority/);

  // Insert the first suggested point.
  const suggestions = page.getByRole('region', { name: 'Suggested follow-ups' });
  const points = editor.locator('ol.points textarea');
  const before = await points.count();
  const insert = suggestions.getByRole('button', { name: /^Insert into the draft: / }).first();
  const suggested = ((await insert.getAttribute('aria-label')) ?? '').replace(/^Insert into the draft: /, '');
  expect(suggested.length).toBeGreaterThan(20);
  await insert.click();
  await expect(points).toHaveCount(before + 1);
  await expect(points.last()).toHaveValue(suggested);
  const done = suggestions.getByRole('button', { name: `In the draft: ${suggested}` });
  await expect(done).toBeDisabled();
  // The focus stays where the work is, on the suggestion just inserted, not dropped to the page.
  await expect(done).toBeFocused();

  // RTI Online: the box text, counted against 3,000, copied through main's clipboard.
  const online = page.getByRole('region', { name: 'RTI Online' });
  await online.getByRole('checkbox', { name: 'I will file this on RTI Online' }).check();
  await expect(online).toContainText(/of 3,000 characters/);
  await points.last().fill(`${suggested} Copies of the “log” of access; dated records`);
  await expect(online.locator('[data-bad-chars]')).toContainText('characters the box does not accept');
  await expect(online.locator('mark.bad-char').first()).toBeVisible();
  await online.getByRole('checkbox', { name: /Replace characters the box does not accept/ }).check();
  await expect(online.locator('[data-bad-chars]')).toHaveText('Every character is one the box accepts.');
  await online.getByRole('button', { name: 'Copy' }).click();
  await expect(online.getByRole('status')).toContainText('Copied');
  const copied = await bridge.readClipboard();
  expect(copied).toHaveLength(1);
  expect(copied[0]).toMatch(/^1\. /);
  expect(copied[0]).toContain('Copies of the log of access, dated records');

  // Export is blocked until the required fields are filled.
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('alert')).toContainText('Place');
  await editor.getByLabel("CPIO's postal address").fill('Nirman Bhawan, Maulana Azad Road, New Delhi 110011');
  await fillApplicant(editor);
  const target = join(workDir, 'RTI to MoHFW.docx');
  await bridge.answerSaveDialog(target);
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved as RTI to MoHFW.docx');
  const text = (await docxToText(target)).replace(/\s+/g, ' ');
  expect(text).toContain('Ministry of Health and Family Welfare');
  expect(text).toContain('Nirman Bhawan');
  expect(text).toContain(suggested.slice(0, 60));
});

test('a Hindi RTI application exports and LibreOffice reads the Devanagari back', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  // A Hindi letter agrees with its signer: the applicant's form is chosen once, in Settings.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('group', { name: /^Applicant/ }).getByLabel('In Hindi documents, write as').selectOption('feminine');
  await page.getByRole('button', { name: /CoWIN data breach/ }).first().click();
  const editor = await startDraft(page, null, 'Hindi (हिन्दी)');
  await expect(editor).toContainText('Hindi (हिन्दी)');
  await expect(editor.locator('ol.points textarea').first()).toHaveValue(/[\u0900-\u097F]/);
  await editor.getByLabel("CPIO's postal address").fill('इलेक्ट्रॉनिक्स निकेतन, 6 सीजीओ कॉम्प्लेक्स, नई दिल्ली 110003');
  await fillApplicant(editor);
  const target = join(workDir, 'RTI Hindi.docx');
  await bridge.answerSaveDialog(target);
  await editor.getByRole('button', { name: 'Export as Word (.docx)' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved as RTI Hindi.docx');
  const text = (await docxToText(target)).replace(/\s+/g, ' ');
  expect(text).toContain('सूचना का अधिकार');
  expect(text).toContain('इलेक्ट्रॉनिक्स निकेतन');
  // The applicant's own form, not both.
  expect(text).toContain('करती हूँ');
  expect(text).not.toContain('करता/करती');
  expect(text).toContain('Asha Verma');
});

test('batch: one RTI application to three authorities writes three files LibreOffice opens', async ({ page, bridge, workDir }) => {
  await openApp(page, bridge);
  const editor = await startDraft(page, null);
  await fillApplicant(editor);
  const routing = page.getByRole('region', { name: 'Public authority' });
  await routing.getByLabel('Add another public authority').selectOption({ label: 'Ministry of Home Affairs' });
  await routing.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(routing.locator('li[data-authority="mha"]')).toContainText('Added by you');

  const batch = routing.getByRole('region', { name: 'Send to several authorities' });
  const addresses: ReadonlyArray<[string, string, string]> = [
    ['Ministry of Electronics and Information Technology', 'MeitY', 'Electronics Niketan, 6 CGO Complex, New Delhi 110003'],
    ['Ministry of Health and Family Welfare', 'MoHFW', 'Nirman Bhawan, New Delhi 110011'],
    ['Ministry of Home Affairs', 'MHA', 'North Block, New Delhi 110001'],
  ];
  for (const [name, short, address] of addresses) {
    await batch.getByRole('checkbox', { name: `Include ${name}` }).check();
    await batch.getByLabel(`PIO address for ${short}`).fill(address);
  }
  const folder = join(workDir, 'batch');
  await mkdir(folder);
  await bridge.answerFolderDialog(folder);
  await batch.getByRole('button', { name: 'Export 3 applications (one .docx per authority)' }).click();
  await expect(batch.getByRole('status')).toContainText('Saved 3 files in batch');
  const names = (await readdir(folder)).sort();
  expect(names).toEqual([
    '01 Ministry of Electronics and Information Technology.docx',
    '02 Ministry of Health and Family Welfare.docx',
    '03 Ministry of Home Affairs.docx',
  ]);
  for (const n of names) expect((await stat(join(folder, n))).size).toBeGreaterThan(2000);
  const texts = (await docxesToText(names.map((n) => join(folder, n)))).map((t) => t.replace(/\s+/g, ' '));
  addresses.forEach(([name, , address], i) => {
    expect(texts[i]).toContain(name);
    expect(texts[i]).toContain(address);
    expect(texts[i]).toContain('Asha Verma');
  });
});

test('a Lok Sabha question notice is checked for 15 clear days before the answer date', async ({ page, bridge }) => {
  await openApp(page, bridge);
  const editor = await startDraft(page, 'Lok Sabha question notice, starred');
  const checks = page.getByRole('region', { name: 'Checks' });
  // Dates as the app prints them (dd.mm.yyyy) and as people type them (dd/mm/yyyy) are both checked.
  await editor.getByLabel(/^Date of the notice/).fill('01.07.2026');
  await editor.getByLabel(/^Date on which answer/).fill('10/07/2026');
  const period = checks.locator('li[data-rule="pq-notice-period-ls"]');
  await expect(period).toContainText('Only 8 clear days');
  await editor.getByLabel(/^Date on which answer/).fill('2026-07-17');
  await expect(period).toHaveCount(0);
});
