import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli.ts';
import { docxToText } from '../../../helpers/libreoffice.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => { out.push(s); }, stderr: (s: string) => { err.push(s); }, now: () => '2026-12-04T06:00:00.000Z' }, out, err };
}

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'cli-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('unanswered CLI', () => {
  it('--help describes every command', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    const help = out.join('');
    for (const command of ['example', 'analyze']) expect(help).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help).toContain('--out DIR');
  });

  it('an unknown command exits 2 with a one-line message', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err.join('')).toMatch(/^unanswered: unknown command "frobnicate"/);
  });

  it('example without --out exits 2', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['example'], io)).toBe(2);
    expect(err.join('')).toMatch(/--out DIR/);
  });

  it('example --out DIR writes .docx files that LibreOffice opens, with the CoWIN points in them', async () => {
    const { io, out, err } = captureIo();
    expect(await runCli(['example', '--out', dir], io)).toBe(0);
    // The Hindi papers are named as the English ones they repeat, so no one files both.
    expect(err.join('')).toMatch(/^04 is 01 in Hindi; 06 is 05 in Hindi; 08 is 07 in Hindi; 10 is 09 in Hindi: file one language or the other\.$/m);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.docx'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(out.join('').trim().split('\n')).toHaveLength(files.length);
    const rti = files.find((f) => /RTI/i.test(f));
    expect(rti).toBeDefined();
    const text = await docxToText(join(dir, rti ?? ''));
    expect(text).toMatch(/CoWIN/);
    expect(text).toMatch(/Right to Information Act, 2005/);
  });
});
