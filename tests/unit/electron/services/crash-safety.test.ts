import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseText } from '../../../../shared/domain/case-migrations.ts';
import { createCaseStore } from '../../../../electron/services/case-store.ts';

const KILLS = 200;
const CASE_ID = 'cowin-data-breach-2023';
let workspace: string;

beforeAll(async () => { workspace = await mkdtemp(join(tmpdir(), 'crash-')); });
afterAll(async () => { await rm(workspace, { recursive: true, force: true }); });

/** Run the save loop until it has reported `after` saves, then SIGKILL it after `delayMs`. */
function runAndKill(start: number, after: number, delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'fixtures/save-loop.ts'), workspace, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = start - 1;
    let seen = 0;
    let errors = '';
    let buffered = '';
    child.stderr.on('data', (d: Buffer) => { errors += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const n = Number(line.slice('saved '.length));
        last = n;
        seen += 1;
        if (seen === after) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`save loop ended without being killed: ${errors}`));
      else done(last);
    });
  });
}

describe('crash safety of case saves', () => {
  it(`after ${KILLS} SIGKILLs at random moments, the case file always parses and equals one of the last two saves`, async () => {
    let next = 0;
    let maxTemps = 0;
    let sawInFlightSave = 0;
    for (let i = 0; i < KILLS; i += 1) {
      const lastReported = await runAndKill(next, 1 + Math.floor(Math.random() * 3), Math.random() * 4);
      const read = readCaseText(await readFile(join(workspace, CASE_ID, 'case.json'), 'utf8'));
      expect(read.ok, `kill ${i}: ${read.ok ? '' : read.error.message}`).toBe(true);
      const title = read.ok ? read.value.value.title : '';
      const onDisk = Number(title.slice('save '.length));
      // The last save reported, or the one in flight that completed its rename before the kill.
      expect([lastReported, lastReported + 1], `kill ${i}`).toContain(onDisk);
      if (onDisk === lastReported + 1) sawInFlightSave += 1;
      const temps = (await readdir(join(workspace, CASE_ID))).filter((f) => f.includes('.tmp-'));
      maxTemps = Math.max(maxTemps, temps.length);
      next = onDisk + 1;
    }
    // The next start cleans up whatever a kill left mid-write.
    await createCaseStore(workspace).list();
    const left = [
      ...(await readdir(join(workspace, CASE_ID))),
      ...(await readdir(join(workspace, CASE_ID, '.revisions'))),
    ].filter((f) => f.includes('.tmp-'));
    console.log(`crash safety: ${KILLS} kills, ${KILLS} intact case files, ${sawInFlightSave} kills landed after an unreported rename, at most ${maxTemps} temp file(s) between runs, ${left.length} left after cleanup`);
    expect(left).toEqual([]);
    expect(maxTemps).toBeLessThanOrEqual(1);
  }, 600_000);
});
