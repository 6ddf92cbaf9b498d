import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

/** Convert several files in one soffice start (soffice is slow to start). Returns text in input order. */
export async function docxesToText(docxPaths: ReadonlyArray<string>): Promise<ReadonlyArray<string>> {
  if (docxPaths.length === 0) return [];
  const profile = join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
  const outdir = await mkdtemp(join(tmpdir(), 'lo-out-'));
  try {
    const { stdout, stderr } = await run([
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      FILTER,
      '--outdir',
      outdir,
      ...docxPaths,
    ]);
    return await Promise.all(
      docxPaths.map(async (path) => {
        const out = join(outdir, `${basename(path, extname(path))}.txt`);
        try {
          return (await readFile(out, 'utf8')).replace(/^\uFEFF/, '');
        } catch {
          throw new Error(`soffice produced no text for ${path}. stdout: ${stdout} stderr: ${stderr}`);
        }
      }),
    );
  } finally {
    await rm(outdir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

export async function docxToText(docxPath: string): Promise<string> {
  const [text] = await docxesToText([docxPath]);
  if (text === undefined) throw new Error(`soffice returned nothing for ${docxPath}`);
  return text;
}
