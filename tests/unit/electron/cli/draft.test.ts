import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { docxesToText } from '../../../helpers/libreoffice.ts';

const NOW = '2026-03-02T10:00:00.000Z';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => { out.push(s); }, stderr: (s: string) => { err.push(s); }, now: () => '2026-12-04T06:00:00.000Z' }, out, err };
}

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'cli-draft-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

/** The CoWIN case as the app stores it, with its drafts: an English and a Hindi RTI application and a question notice. */
async function caseWithDrafts(): Promise<Case> {
  const drafts = await exampleDrafts(NOW);
  const pick = (kind: string, language: string) => {
    const d = drafts.find((x) => x.kind === kind && x.language === language);
    if (!d) throw new Error(`${kind} ${language}`);
    return d;
  };
  return { ...exampleCase(NOW), drafts: [pick('rti-application', 'en'), pick('rti-application', 'hi'), pick('pq-notice', 'en')] };
}

describe('unanswered draft', () => {
  it('exports every draft of a real case file as .docx that LibreOffice opens', async () => {
    const c = await caseWithDrafts();
    const file = join(dir, 'case.json');
    await writeFile(file, JSON.stringify(c, null, 2));
    const out = join(dir, 'out');
    const { io, out: stdout, err } = captureIo();
    expect(await runCli(['draft', file, '--out', out], io)).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(3);
    expect(names.every((n, i) => n.startsWith(`0${i + 1} `) && n.endsWith('.docx'))).toBe(true);
    expect(stdout.join('').trim().split('\n')).toHaveLength(3);
    expect(err.join('')).toContain('Wrote 3 of 3 drafts');
    const [en = '', hi = '', notice = ''] = (await docxesToText(names.map((n) => join(out, n)))).map((t) => t.replace(/\s+/g, ' '));
    expect(en).toMatch(/Right to Information Act, 2005/);
    expect(en).toContain('Ministry of Health and Family Welfare');
    expect(hi).toMatch(/सूचना का अधिकार/);
    expect(notice).toMatch(/be pleased to state/);
  });

  it('skips a draft whose required fields are empty, names it, and exits 1', async () => {
    const c = await caseWithDrafts();
    const [first, ...rest] = c.drafts;
    if (!first) throw new Error('draft');
    const incomplete = { ...first, title: 'Unfinished application', fields: { ...first.fields, applicantName: '' } };
    const file = join(dir, 'case.json');
    await writeFile(file, JSON.stringify({ ...c, drafts: [incomplete, ...rest] }));
    const { io, err } = captureIo();
    expect(await runCli(['draft', file, '--out', join(dir, 'out')], io)).toBe(1);
    expect(err.join('')).toContain('Skipped "Unfinished application" (fill: Applicant\'s name)');
    expect(await readdir(join(dir, 'out'))).toHaveLength(2);
  });

  it('prints each draft\'s rule checks, the same the editor shows, under its file name', async () => {
    const c = await caseWithDrafts();
    const [first, ...rest] = c.drafts;
    if (!first) throw new Error('draft');
    // "why" asks for reasons, not records: RTI points are refused that under s.2(f) (lintRti).
    const asksWhy = { ...first, points: [...first.points, 'Why did the Ministry not inform the affected citizens?'] };
    const file = join(dir, 'case.json');
    await writeFile(file, JSON.stringify({ ...c, drafts: [asksWhy, ...rest] }));
    const { io, err } = captureIo();
    await runCli(['draft', file, '--out', join(dir, 'out')], io);
    const lines = err.join('').split('\n').filter((l) => l.startsWith('  01 '));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/why/i);
  });

  it('an unreadable case file is one line on stderr and exit 2', async () => {
    const cases: ReadonlyArray<[string, string | null]> = [
      ['truncated.json', JSON.stringify(await caseWithDrafts()).slice(0, 500)],
      ['not-a-case.json', '{"hello": "world"}'],
      ['newer.json', JSON.stringify({ ...(await caseWithDrafts()), schemaVersion: 99 })],
      ['missing.json', null],
    ];
    for (const [name, content] of cases) {
      const file = join(dir, name);
      if (content !== null) await writeFile(file, content);
      const { io, err, out } = captureIo();
      expect(await runCli(['draft', file, '--out', join(dir, 'out')], io)).toBe(2);
      const message = err.join('');
      expect(message.endsWith('\n')).toBe(true);
      expect(message.trimEnd().split('\n')).toHaveLength(1);
      expect(message).toMatch(/^unanswered draft: /);
      expect(out).toEqual([]);
    }
    await mkdir(join(dir, 'a-folder.json'));
    const { io, err } = captureIo();
    expect(await runCli(['draft', join(dir, 'a-folder.json'), '--out', join(dir, 'out')], io)).toBe(2);
    expect(err.join('')).toContain('it is a folder');
  });

  it('bad arguments exit 2; --help shows the usage', async () => {
    for (const args of [['draft'], ['draft', 'x.json'], ['draft', 'a.json', 'b.json', '--out', dir], ['draft', 'x.json', '--out', dir, '--bogus']]) {
      const { io, err } = captureIo();
      expect(await runCli(args, io)).toBe(2);
      expect(err.join('').trimEnd().split('\n')).toHaveLength(1);
    }
    const { io, out } = captureIo();
    expect(await runCli(['draft', '--help'], io)).toBe(0);
    expect(out.join('')).toContain('unanswered draft CASE.json --out DIR');
    const help = captureIo();
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toMatch(/^ {2}draft /m);
  });
});
