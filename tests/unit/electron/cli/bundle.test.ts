import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWrittenPdf, makeTempDir, QA_FIXTURE } from '../services/import/fixtures.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'electron/cli/bin.mjs');

let dir = '';
let cleanup = async (): Promise<void> => {};
let out = '';

/** The bin with the bundle in `out` (UNANSWERED_OUT), as `npx unanswered` runs it after a build. */
async function unanswered(args: ReadonlyArray<string>, outDir = out): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, UNANSWERED_OUT: outDir }, timeout: 60_000 });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string; code?: number };
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: failed.code ?? -1 };
  }
}

/** Every file the bundled entry imports before it runs, following static imports only. */
async function staticGraph(cliDir: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(join(cliDir, file), 'utf8');
    for (const m of code.matchAll(/^import\s[^;]*?from\s*["']\.\/([^"']+)["']/gm)) if (m[1]) await visit(m[1]);
    for (const m of code.matchAll(/^import\s*["']\.\/([^"']+)["']/gm)) if (m[1]) await visit(m[1]);
  };
  await visit(entry);
  return [...seen];
}

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  // The CLI half of `npm run build`, into a folder of its own inside the repository, where its
  // packages (pdf.js, docx, zod) resolve from node_modules as they do for out/cli.
  out = join(ROOT, 'out', `cli-test-${process.pid}`);
  await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'cli.vite.config.ts'), '--logLevel', 'warn'], {
    cwd: ROOT, env: { ...process.env, UNANSWERED_OUT: out }, timeout: 120_000,
  });
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await cleanup();
});

describe('the bundled command line (npm run build)', () => {
  it('is built into out/cli: the command and the pool worker as entries', async () => {
    const files = await readdir(join(out, 'cli'));
    expect(files).toContain('unanswered.mjs');
    expect(files).toContain('analyze-worker.mjs');
  });

  it('has the importer as an entry of its own, by its name: the bench reads PDFs through it', async () => {
    const importer: unknown = await import(pathToFileURL(join(out, 'cli', 'import-file.mjs')).href);
    expect(importer).toHaveProperty('importFile', expect.any(Function));
    const pdf = join(dir, 'entry.pdf');
    await writeFile(pdf, handWrittenPdf([{ text: ['Q. 1 Will the Minister state:', '(a) the number of cases?'] }]));
    const module = importer as { importFile: (path: string) => Promise<{ ok: boolean }> };
    expect(await module.importFile(pdf)).toMatchObject({ ok: true, value: { format: 'pdf', pageCount: 1 } });
  });

  it('loads neither PDFium, mammoth nor docx before a command asks for them', async () => {
    const cliDir = join(out, 'cli');
    const graph = await staticGraph(cliDir, 'unanswered.mjs');
    for (const file of graph) {
      const code = await readFile(join(cliDir, file), 'utf8');
      expect(code, file).not.toMatch(/^import[^;]*["'](@embedpdf\/pdfium|mammoth|docx|jszip)[^"']*["']/m);
    }
    // And PDFium is reached at all only through a dynamic import.
    const all = await readdir(cliDir);
    const withPdfium = [];
    for (const file of all) if ((await readFile(join(cliDir, file), 'utf8')).includes('@embedpdf/pdfium')) withPdfium.push(file);
    expect(withPdfium.length).toBeGreaterThan(0);
    for (const file of withPdfium) expect(graph).not.toContain(file);
  });

  it('answers --help through the bin', async () => {
    const { stdout, code } = await unanswered(['--help']);
    expect(code).toBe(0);
    for (const command of ['example', 'draft', 'analyze']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('analyses a folder with its pool of workers, a PDF among the files, one line each', async () => {
    const folder = join(dir, 'replies');
    await mkdir(folder, { recursive: true });
    const qa = join(folder, 'a.txt');
    await copyFile(fileURLToPath(QA_FIXTURE), qa);
    const english = (await readFile(qa, 'utf8')).split('\n').filter((line) => !/\p{Script=Devanagari}/u.test(line));
    await writeFile(join(folder, 'b.pdf'), handWrittenPdf([{ text: english.slice(0, 30) }, { text: english.slice(30) }]));
    await writeFile(join(folder, 'c.txt'), '');
    const { stdout, code } = await unanswered(['analyze', folder, '--jsonl', '--jobs', '2']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean });
    expect(lines.map((l) => [l.file, l.ok])).toEqual([[join(folder, 'a.txt'), true], [join(folder, 'b.pdf'), true], [join(folder, 'c.txt'), false]]);
  });

  it('runs the TypeScript source when nothing is built (a fresh clone after npm ci)', async () => {
    const { stdout, code } = await unanswered(['--help'], join(dir, 'not-built'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}analyze /m);
  });
});
