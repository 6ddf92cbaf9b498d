import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../electron/services/app-services.ts';
import type { Dialogs, FileFilter } from '../../../../../electron/services/dialogs.ts';
import { nativeTexts } from '../../../../../electron/services/native-texts.ts';
import { importFilters, safeTempName } from '../../../../../electron/services/handlers/import-handlers.ts';
import { dataPaths } from '../../../../../electron/services/paths.ts';
import { analyze } from '../../../../../shared/analysis/analyze.ts';
import { ImportResultSchema } from '../../../../../shared/ipc/channels/import.ts';
import { dispatch } from '../../../../../shared/ipc/dispatch.ts';
import { handWrittenPdf } from '../import/fixtures.ts';

/** A real Lok Sabha unstarred question with its reply, as a public extraction tool wrote it. */
const SHARED = resolve(import.meta.dirname, '../../../../../../shared');
const CORPUS_QA = join(SHARED, 'corpus/texts/q017.txt');

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'import-handlers-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

type OpenCall = { readonly title: string; readonly filters: ReadonlyArray<FileFilter> };

/** The open dialog answers from a script and records what it was asked, as the e2e bridge does. */
function scriptedOpen(answers: Array<string | null>): { dialogs: Dialogs; calls: OpenCall[] } {
  const calls: OpenCall[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: async () => null,
    chooseFolder: async () => null,
    chooseOpenFile: async (opts) => {
      calls.push(opts);
      return answers.shift() ?? null;
    },
    chooseOpenFiles: async () => null,
  };
  return { dialogs, calls };
}

function handlersWith(answers: Array<string | null>) {
  const { dialogs, calls } = scriptedOpen(answers);
  return { handlers: createHandlers({ paths: dataPaths(join(dir, 'data')), dialogs }), calls };
}

async function importDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('unanswered-import-'));
}

describe('import:file', () => {
  it('reads a real corpus Q&A text chosen in the open dialog and returns its text and name, not its path', async () => {
    const { handlers, calls } = handlersWith([CORPUS_QA]);
    const result = await dispatch(handlers, 'import:file', { purpose: 'qa' });
    expect(result.ok).toBe(true);
    const value = ImportResultSchema.parse(result.ok ? result.value : null);
    expect(value).toEqual({
      ok: true,
      text: await readFile(CORPUS_QA, 'utf8'),
      format: 'txt',
      fileName: 'q017.txt',
      pageCount: null,
      warnings: [],
    });
    expect(JSON.stringify(value)).not.toContain(SHARED);
    // The dialog is worded for what is being imported and offers the formats the importer reads.
    const filters = importFilters(nativeTexts('en'));
    expect(calls).toEqual([{ title: 'Choose the question and its reply (one file)', filters }]);
    expect(filters[0]?.extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'txt', 'md']));

    // The text that comes back is what the analyser reads: both lettered parts are found.
    const text = value.ok ? value.text : '';
    expect(analyze({ kind: 'combined', text }).parts.map((p) => p.label)).toEqual(['a', 'b']);
  });

  it('asks for the question or the reply by name when they come separately', async () => {
    const { handlers, calls } = handlersWith([null, null]);
    await handlers['import:file']({ purpose: 'question' });
    await handlers['import:file']({ purpose: 'reply' });
    expect(calls.map((c) => c.title)).toEqual(['Choose the question', 'Choose the reply']);
  });

  it('a closed dialog is a cancel, not a problem', async () => {
    const { handlers } = handlersWith([null]);
    expect(await handlers['import:file']({ purpose: 'reply' })).toEqual({ ok: false, kind: 'canceled', message: 'No file was chosen.' });
  });

  it('an unknown type of file gets the importer\'s message naming the file', async () => {
    const path = join(dir, 'reply.bin');
    await writeFile(path, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x00, 0x00, 0x07, 0x1b]));
    const { handlers } = handlersWith([path]);
    const result = await handlers['import:file']({ purpose: 'reply' });
    expect(result).toMatchObject({ ok: false, kind: 'unknown-type' });
    expect(!result.ok && result.message).toMatch(/^“reply\.bin” is not a PDF, Word \(\.docx\) or text file/);
  });

  it('an empty file is refused as empty', async () => {
    const path = join(dir, 'empty.txt');
    await writeFile(path, '');
    const { handlers } = handlersWith([path]);
    const result = await handlers['import:file']({ purpose: 'qa' });
    expect(result).toMatchObject({ ok: false, kind: 'empty' });
    expect(!result.ok && result.message).toContain('“empty.txt” contains no text');
  });

  it('a damaged PDF is refused as corrupt', async () => {
    const path = join(dir, 'reply.pdf');
    await writeFile(path, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n');
    const { handlers } = handlersWith([path]);
    const result = await dispatch(handlers, 'import:file', { purpose: 'reply' });
    expect(result.ok && result.value).toMatchObject({ ok: false, kind: 'corrupt' });
  });

  it('a PDF reply comes back with its page count', async () => {
    const path = join(dir, 'reply.pdf');
    await writeFile(path, handWrittenPdf([{ text: ['(a) Yes, Sir.', '(b) Does not arise.'] }, { text: ['Annexure'] }]));
    const { handlers } = handlersWith([path]);
    const result = await handlers['import:file']({ purpose: 'reply' });
    expect(result).toMatchObject({ ok: true, format: 'pdf', fileName: 'reply.pdf', pageCount: 2 });
    expect(result.ok && result.text).toContain('(b) Does not arise.');
  });

  it('passes on the warning that Hindi may be damaged', async () => {
    const path = join(dir, 'bilingual.txt');
    await writeFile(path, 'भारत सरकार\nGOVERNMENT OF INDIA\nLOK SABHA\nUNSTARRED QUESTION No. 1\n');
    const { handlers } = handlersWith([path]);
    const result = await handlers['import:file']({ purpose: 'qa' });
    expect(result.ok && result.warnings.map((w) => w.kind)).toEqual(['hindi-may-be-damaged']);
  });

  it('import:cancel stops a long import, which then answers canceled', async () => {
    const path = join(dir, 'long.pdf');
    await writeFile(path, handWrittenPdf(Array.from({ length: 1500 }, (_, i) => ({ text: [`Page ${i + 1} of the annexure.`] }))));
    const { handlers } = handlersWith([path]);
    expect(await handlers['import:cancel']({})).toEqual({ canceled: false });
    let settled = false;
    const pending = handlers['import:file']({ purpose: 'reply' }).finally(() => { settled = true; });
    let canceled = false;
    while (!canceled && !settled) {
      await new Promise((done) => setImmediate(done));
      canceled = (await handlers['import:cancel']({})).canceled;
    }
    expect(canceled).toBe(true);
    expect(await pending).toEqual({ ok: false, kind: 'canceled', message: 'The import was stopped.' });
  });
});

describe('import:bytes', () => {
  it('reads dropped bytes under their own name and leaves no temporary file behind', async () => {
    const before = await importDirs();
    const bytes = await readFile(CORPUS_QA);
    const { handlers } = handlersWith([]);
    const result = await dispatch(handlers, 'import:bytes', { fileName: 'Doctor ratio.md', base64: bytes.toString('base64') });
    expect(result.ok && result.value).toEqual({
      ok: true, text: bytes.toString('utf8'), format: 'md', fileName: 'Doctor ratio.md', pageCount: null, warnings: [],
    });
    expect((await importDirs()).filter((d) => !before.includes(d))).toEqual([]);
  });

  it('a name with folders in it is cut to its last part, so nothing is written outside the temporary folder', async () => {
    await copyFile(CORPUS_QA, join(dir, 'q017.txt'));
    const { handlers } = handlersWith([]);
    const result = await handlers['import:bytes']({ fileName: `../../${dir}/q017.txt`, base64: Buffer.from('').toString('base64') });
    // Empty bytes: refused as empty under the bare name, and the file of that name in `dir` is untouched.
    expect(result).toMatchObject({ ok: false, kind: 'empty' });
    expect(!result.ok && result.message).toContain('“q017.txt”');
    expect(await readFile(join(dir, 'q017.txt'), 'utf8')).toBe(await readFile(CORPUS_QA, 'utf8'));
    expect(safeTempName('..')).toBe('dropped-file');
    expect(safeTempName('a\\b\\c.pdf')).toBe('c.pdf');
    expect(safeTempName('bad\u0000name.txt')).toBe('badname.txt');
  });

  it('refuses what is not base64 before anything is written', async () => {
    const { handlers } = handlersWith([]);
    const result = await dispatch(handlers, 'import:bytes', { fileName: 'x.txt', base64: 'not base64!' });
    expect(!result.ok && result.error.kind).toBe('malformed-payload');
  });
});
