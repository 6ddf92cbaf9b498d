import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * Open .docx files in LibreOffice (headless) and read their text back out: the proof that a file
 * opens in a real office suite, not just that docx produced a zip.
 *
 * Each call gets its own user profile (`-env:UserInstallation`), so parallel test workers do not
 * fight over one profile lock. Needs the Debian packages `libreoffice-writer-nogui` and
 * `fonts-noto-core`.
 */
const SOFFICE = process.env['SOFFICE'] ?? 'soffice';
const TIMEOUT_MS = 120_000;
// "Text (encoded)" with UTF8 so Devanagari survives whatever the machine's locale is.
const FILTER = 'txt:Text (encoded):UTF8';

function run(args: ReadonlyArray<string>): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, [...args], { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`soffice failed (${error.killed ? `killed after ${TIMEOUT_MS} ms` : error.message}): ${stderr || stdout}`));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/**
 * Convert several files in one soffice start (soffice is slow to start). `filter` is a
 * `--convert-to` argument such as `pdf` or `txt:Text (encoded):UTF8`; `ext` the output extension.
 * Returns the output paths in input order, inside `outdir`.
 */
export async function convertDocxes(docxPaths: ReadonlyArray<string>, filter: string, ext: string, outdir: string): Promise<ReadonlyArray<string>> {
  if (docxPaths.length === 0) return [];
  const profile = join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
  try {
    const { stdout, stderr } = await run([
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outdir,
      ...docxPaths,
    ]);
    const outs = docxPaths.map((path) => join(outdir, `${basename(path, extname(path))}.${ext}`));
    for (const [i, out] of outs.entries()) {
      try {
        await access(out);
      } catch {
        throw new Error(`soffice produced no ${ext} for ${docxPaths[i] ?? '?'}. stdout: ${stdout} stderr: ${stderr}`);
      }
    }
    return outs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Convert several .docx files to text in one soffice start. Returns the text in input order. */
export async function docxesToText(docxPaths: ReadonlyArray<string>): Promise<ReadonlyArray<string>> {
  const outdir = await mkdtemp(join(tmpdir(), 'lo-out-'));
  try {
    const outs = await convertDocxes(docxPaths, FILTER, 'txt', outdir);
    return await Promise.all(outs.map(async (out) => (await readFile(out, 'utf8')).replace(/^\uFEFF/, '')));
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/** Convert .docx files to PDF in `outdir` (the caller removes it). */
export async function docxesToPdf(docxPaths: ReadonlyArray<string>, outdir: string): Promise<ReadonlyArray<string>> {
  return convertDocxes(docxPaths, 'pdf', 'pdf', outdir);
}

export async function docxToText(docxPath: string): Promise<string> {
  const [text] = await docxesToText([docxPath]);
  if (text === undefined) throw new Error(`soffice returned nothing for ${docxPath}`);
  return text;
}
