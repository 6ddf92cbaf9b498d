import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../electron/services/import/import-file.ts';
import { declareSize, encryptedDocxContainer, makeTempDir, problem, QA_FIXTURE, sofficeConvert, value, zipBombDocx, zipOf } from './fixtures.ts';

let dir = '';
let cleanup = async (): Promise<void> => {};
let docx = '';
let bomb = '';

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const txt = join(dir, 'rs-cowin-qa.txt');
  await copyFile(fileURLToPath(QA_FIXTURE), txt);
  docx = await sofficeConvert(txt, 'docx', dir);
  bomb = join(dir, 'bomb.docx');
  await zipBombDocx(bomb, 200);
}, 180_000);

afterAll(() => cleanup());


describe('importFile: Word documents', () => {
  it('extracts the text of a .docx written by LibreOffice, every word in order', async () => {
    const imported = value(await importFile(docx));
    expect(imported.format).toBe('docx');
    expect(imported.pageCount).toBeNull();
    const source = await readFile(QA_FIXTURE, 'utf8');
    const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
    expect(words(imported.text)).toEqual(words(source));
    expect(imported.warnings.map((w) => w.kind)).toEqual(['hindi-may-be-damaged']);
  });

  it('detects a .docx by content when it is misnamed', async () => {
    const misnamed = join(dir, 'reply.pdf');
    await copyFile(docx, misnamed);
    expect(value(await importFile(misnamed)).format).toBe('docx');
  });

  it('refuses a zip bomb (200 MB of zeros in word/document.xml) quickly, from its declared size', async () => {
    const size = (await readFile(bomb)).length;
    expect(size).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const p = problem(await importFile(bomb));
    expect(performance.now() - started).toBeLessThan(500);
    expect(p.kind).toBe('zip-bomb');
    expect(p.message).toContain('bomb.docx');
  });

  it('refuses a zip bomb that understates its size, without holding the inflated data', async () => {
    const liar = join(dir, 'liar.docx');
    await copyFile(bomb, liar);
    await declareSize(liar, 'word/document.xml', 4096);
    global.gc?.();
    const before = process.memoryUsage();
    const p = problem(await importFile(liar));
    const after = process.memoryUsage();
    expect(p.kind).toBe('zip-bomb');
    // 200 MB inflated would show in the heap or in external memory; counting chunks holds ~64 KB.
    expect(after.heapUsed + after.external + after.arrayBuffers - (before.heapUsed + before.external + before.arrayBuffers)).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a password-protected .docx (an OLE container holding EncryptedPackage) as encrypted', async () => {
    const path = join(dir, 'protected.docx');
    await writeFile(path, encryptedDocxContainer());
    const p = problem(await importFile(path));
    expect(p.kind).toBe('encrypted');
    expect(p.message).toContain('protected.docx');
  });

  it('refuses an old-format Word file (.doc) as an unknown type and says what to save it as', async () => {
    const container = encryptedDocxContainer();
    // Same compound file with its streams renamed, as a .doc has WordDocument instead.
    const renamed = Buffer.from(container.toString('latin1').replace(
      Buffer.from('EncryptedPackage', 'utf16le').toString('latin1'),
      Buffer.from('WordDocument\0\0\0\0', 'utf16le').toString('latin1'),
    ), 'latin1');
    const path = join(dir, 'old.doc');
    await writeFile(path, renamed);
    const p = problem(await importFile(path));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toMatch(/old Word \(\.doc\)/);
    expect(p.message).toMatch(/\.docx/);
  });

  it('refuses an Excel workbook renamed .docx as an unknown type, naming what it is', async () => {
    const path = join(dir, 'sheet.docx');
    await zipOf(path, { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    const p = problem(await importFile(path));
    expect(p.kind).toBe('unknown-type');
    expect(p.message).toContain('Excel');
  });

  it('refuses a truncated .docx as corrupt', async () => {
    const bytes = await readFile(docx);
    const path = join(dir, 'cut.docx');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const p = problem(await importFile(path));
    expect(p.kind).toBe('corrupt');
    expect(p.message).toContain('cut.docx');
  });

  it('refuses a .docx whose document part is not XML as corrupt', async () => {
    const path = join(dir, 'bad-xml.docx');
    await zipOf(path, { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><unclosed' });
    expect(problem(await importFile(path)).kind).toBe('corrupt');
  });

  describe('minimal Word packages', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const parts = (body: string): Record<string, string> => ({
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    });

    it('refuses a .docx with no text as empty', async () => {
      const path = join(dir, 'no-text.docx');
      await zipOf(path, parts('<w:p/><w:p/>'));
      expect(problem(await importFile(path)).kind).toBe('empty');
    });

    it('warns when a .docx holds very little text', async () => {
      const path = join(dir, 'short.docx');
      await zipOf(path, parts('<w:p><w:r><w:t>(a) Yes.</w:t></w:r></w:p>'));
      const imported = value(await importFile(path));
      expect(imported.text.trim()).toBe('(a) Yes.');
      expect(imported.warnings.map((w) => w.kind)).toEqual(['little-text']);
    });
  });
});
