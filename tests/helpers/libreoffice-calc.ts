import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Open an .xlsx in LibreOffice Calc (headless) and read every sheet back as CSV: the proof that
 * a real spreadsheet program opens the workbook. Needs the Debian package libreoffice-calc-nogui.
 * Filter options: comma, double quote, UTF-8, first line 1, text quoted only where needed, and
 * sheet -1 (every sheet, each to "<name>-<sheet>.csv").
 */
const FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export async function xlsxSheetsAsCsv(xlsx: string): Promise<Map<string, string>> {
  const profile = join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
  const out = await mkdtemp(join(tmpdir(), 'lo-calc-'));
  try {
    await promisify(execFile)(process.env['SOFFICE'] ?? 'soffice', [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', FILTER, '--outdir', out, xlsx,
    ], { timeout: 120_000 });
    const stem = basename(xlsx, extname(xlsx));
    const sheets = new Map<string, string>();
    for (const name of (await readdir(out)).sort()) {
      if (!name.startsWith(`${stem}-`) || !name.endsWith('.csv')) continue;
      sheets.set(name.slice(stem.length + 1, -'.csv'.length), (await readFile(join(out, name), 'utf8')).replace(/^\uFEFF/, ''));
    }
    return sheets;
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}
