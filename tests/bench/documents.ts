import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../../shared/domain/draft.ts';
import { renderText } from '../../shared/documents/render-text.ts';
import { renderDraftDocx } from '../../electron/services/export-draft.ts';
import { TEMPLATES } from '../../templates/documents/index.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../fixtures/golden/sample-drafts.ts';

/**
 * The one RTI application of the benchmark (the CoWIN sample draft of the golden tests) and the
 * same application addressed to 36 authorities: the health departments of the 28 States and
 * 8 Union Territories, as a user asking every State the same question would send it.
 */
const STATES_AND_UTS = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh',
  'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha',
  'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal',
  'Andaman and Nicobar Islands', 'Chandigarh', 'Dadra and Nagar Haveli and Daman and Diu', 'Delhi', 'Jammu and Kashmir', 'Ladakh',
  'Lakshadweep', 'Puducherry',
] as const;

export function rtiDraft(): Draft {
  return sampleDraft('rti-application', 'en');
}

export function batchDrafts(): ReadonlyArray<Draft> {
  const base = rtiDraft();
  return STATES_AND_UTS.map((state, i) => ({
    ...base,
    id: `${base.id}-${i + 1}`,
    title: `RTI application ${i + 1}: ${state}`,
    fields: { ...base.fields, publicAuthority: `Department of Health and Family Welfare, ${state}`, pioAddress: `Public Information Officer\nHealth Department, ${state}` },
  }));
}

export async function docxBytes(draft: Draft): Promise<Uint8Array> {
  const rendered = await renderDraftDocx(draft, SAMPLE_PROFILE, SAMPLE_TODAY);
  if (!rendered.ok) throw new Error(`The benchmark draft is missing ${rendered.missing.map((m) => m.key).join(', ')}`);
  return rendered.bytes;
}

/** Render every draft to .docx and write it into `dir`, one after another, as an export would. */
export async function writeDocxBatch(drafts: ReadonlyArray<Draft>, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, draft] of drafts.entries()) await writeFile(join(dir, `${i + 1}.docx`), await docxBytes(draft));
}

export function plainText(draft: Draft): string {
  return renderText(TEMPLATES[draft.kind].render(draft, { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY }));
}

function run(cmd: string, args: ReadonlyArray<string>): Promise<void> {
  return new Promise((done, fail) => {
    execFile(cmd, [...args], { timeout: 60_000 }, (error) => (error ? fail(error) : done()));
  });
}

export async function hasPandoc(): Promise<boolean> {
  try {
    await run('pandoc', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/**
 * pandoc's figure for the same 36 documents: each document's plain text (renderText), already
 * on disk, turned into .docx by one pandoc process per document, one after another. The text is
 * written before the clock starts, so only pandoc's work is timed.
 */
export async function prepareTexts(drafts: ReadonlyArray<Draft>, dir: string): Promise<ReadonlyArray<string>> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, draft] of drafts.entries()) {
    const path = join(dir, `${i + 1}.txt`);
    await writeFile(path, plainText(draft));
    paths.push(path);
  }
  return paths;
}

export async function pandocBatch(textPaths: ReadonlyArray<string>): Promise<void> {
  // `-f markdown`: pandoc has no plain-text reader; the drafts' text is plain paragraphs and
  // numbered points, which markdown reads as such.
  for (const path of textPaths) await run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.replace(/\.txt$/, '.docx'), path]);
}
