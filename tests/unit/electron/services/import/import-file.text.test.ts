import { chmod, mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../electron/services/import/import-file.ts';
import { IMPORT_LIMITS } from '../../../../../shared/import/normalize-text.ts';
import { makeTempDir, problem, scannedLetterPng, value } from './fixtures.ts';

let dir = '';
let cleanup = async (): Promise<void> => {};
beforeAll(async () => { ({ dir, cleanup } = await makeTempDir()); });
afterAll(() => cleanup());


async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const REPLY = 'ANSWER\n(a) to (c): The information is being collected and will be laid on the Table of the House.\n';

describe('importFile: plain text and Markdown', () => {
  it('reads UTF-8 text, strips the BOM and turns CRLF into LF', async () => {
    const imported = value(await importFile(await write('reply.txt', `\uFEFF${REPLY.replace(/\n/g, '\r\n')}`)));
    expect(imported).toEqual({ text: REPLY, format: 'txt', fileName: 'reply.txt', pageCount: null, warnings: [] });
  });

  it('marks .md files as Markdown and keeps their markup', async () => {
    const imported = value(await importFile(await write('reply.md', `## Answer\n\n**(a)**: Yes.\n`)));
    expect(imported.format).toBe('md');
    expect(imported.text).toBe('## Answer\n\n**(a)**: Yes.\n');
  });

  it('turns pdftotext page breaks (form feeds) into line breaks without a warning', async () => {
    const imported = value(await importFile(await write('pdftotext.txt', `Page one.\fSTATEMENT REFERRED TO IN REPLY\n`)));
    expect(imported.text).toBe('Page one.\nSTATEMENT REFERRED TO IN REPLY\n');
    expect(imported.warnings).toEqual([]);
  });

  it('removes other control characters, keeps tabs, and says how many went', async () => {
    const imported = value(await importFile(await write('ctl.txt', `${REPLY.repeat(3)}(a)\tYes.\u0007\u0000 (b)\u001b No.\n`)));
    expect(imported.text).toBe(`${REPLY.repeat(3)}(a)\tYes. (b) No.\n`);
    expect(imported.warnings).toEqual([{ kind: 'control-characters-removed', message: expect.stringMatching(/^3 invisible control characters were removed from “ctl\.txt”/) }]);
  });

  it('reads a file that is not UTF-8 as Windows-1252, keeping its curly quotes, and warns', async () => {
    // “Not applicable” – in Windows-1252: 0x93 … 0x94, 0x96 for the dash.
    const bytes = Buffer.concat([Buffer.from('(d): '), Buffer.from([0x93]), Buffer.from('Not applicable'), Buffer.from([0x94, 0x20, 0x96, 0x20]), Buffer.from('Ministry of Health\n')]);
    const imported = value(await importFile(await write('cp1252.txt', bytes)));
    expect(imported.text).toBe('(d): “Not applicable” – Ministry of Health\n');
    expect(imported.warnings.map((w) => w.kind)).toEqual(['encoding-guessed']);
  });

  it('reads UTF-16 text saved by Windows Notepad', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('लोक सभा\r\n(a) Yes.\r\n', 'utf16le')]);
    const imported = value(await importFile(await write('notepad.txt', bytes)));
    expect(imported.text).toBe('लोक सभा\n(a) Yes.\n');
    expect(imported.warnings.map((w) => w.kind)).toEqual(['hindi-may-be-damaged']);
  });

  it('does not mistake text that begins like an image signature ("BM…") for a bitmap', async () => {
    expect(value(await importFile(await write('bmc.txt', `BMC ward office reply.\n${REPLY}`))).format).toBe('txt');
  });

  it('accepts a text file without an extension', async () => {
    expect(value(await importFile(await write('REPLY', REPLY))).format).toBe('txt');
  });
});

describe('importFile: refusals', () => {
  it('refuses an empty file', async () => {
    const p = problem(await importFile(await write('empty.txt', '')));
    expect(p.kind).toBe('empty');
    expect(p.message).toContain('empty.txt');
  });

  it('refuses a file of only spaces and blank lines as empty', async () => {
    expect(problem(await importFile(await write('blank.txt', ' \r\n\t\n  \n'))).kind).toBe('empty');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(IMPORT_LIMITS.maxFileBytes + 1); // sparse: no 50 MB written
    await handle.close();
    const started = performance.now();
    const p = problem(await importFile(path));
    expect(performance.now() - started).toBeLessThan(100);
    expect(p.kind).toBe('too-large');
    expect(p.message).toContain('huge.txt');
    expect(p.message).toContain('50 MB');
  });

  it('refuses a missing file as unreadable', async () => {
    const p = problem(await importFile(join(dir, 'not-there.pdf')));
    expect(p).toEqual({ kind: 'unreadable', message: expect.stringContaining('“not-there.pdf” could not be opened (it was not found)') });
  });

  it('refuses a folder as unreadable', async () => {
    await mkdir(join(dir, 'replies.pdf'));
    expect(problem(await importFile(join(dir, 'replies.pdf'))).kind).toBe('unreadable');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file without read permission as unreadable (root may read anything)', async () => {
    const path = await write('locked.txt', REPLY);
    await chmod(path, 0o000);
    expect(problem(await importFile(path)).message).toContain('permission was denied');
  });

  it('refuses a path through a file as unreadable, in plain words', async () => {
    const file = await write('plain.txt', REPLY);
    const p = problem(await importFile(join(file, 'reply.pdf')));
    expect(p).toEqual({ kind: 'unreadable', message: expect.stringContaining('(a part of its path is not a folder)') });
  });

  it('refuses an image and says to OCR it', async () => {
    const p = problem(await importFile(await write('photo-of-reply.png', scannedLetterPng())));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toMatch(/PNG image/);
    expect(p.message).toMatch(/OCR/);
  });

  it('refuses a binary file', async () => {
    const p = problem(await importFile(await write('data.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]))));
    expect(p.kind).toBe('unknown-type');
  });

  it('refuses a Rich Text file', async () => {
    const p = problem(await importFile(await write('reply.rtf', '{\\rtf1\\ansi (a) Yes.}')));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toMatch(/Rich Text/);
  });

  it('refuses a web page saved in place of the PDF', async () => {
    const p = problem(await importFile(await write('AU1143.pdf', '<!DOCTYPE html>\n<html><body>Session expired</body></html>')));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toMatch(/web page/);
  });

  it('refuses plain text posing as a PDF', async () => {
    const p = problem(await importFile(await write('fake.pdf', REPLY)));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toContain('named .pdf');
  });

  it('every refusal is one sentence that names the file', async () => {
    const paths = [
      await write('one.txt', ''),
      await write('two.png', scannedLetterPng()),
      await write('three.pdf', '%PDF-1.4 broken'),
      join(dir, 'four.docx'),
    ];
    for (const path of paths) {
      const p = problem(await importFile(path));
      const name = path.split('/').at(-1) ?? '';
      expect(p.message).toContain(`“${name}”`);
      expect(p.message.endsWith('.')).toBe(true);
      expect(p.message.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/);
    }
  });
});

describe('importFile: cancelling', () => {
  it('rejects at once with the abort reason when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFile(await write('any.txt', REPLY), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
