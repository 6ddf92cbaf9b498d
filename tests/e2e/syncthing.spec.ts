import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isConflictCopyName, STIGNORE_LINES } from '../../electron/services/sync-files.ts';
import type { Case } from '../../shared/domain/case.ts';
import { caseConflicts } from '../../shared/domain/case-sync-read.ts';
import { COWIN_CASE_ID } from '../../shared/example/cowin-case.ts';
import { connected, startSyncthingPair, stopSyncthing, syncthingInstalled, type SyncthingNode } from '../helpers/syncthing.ts';
import { randomEdit, seeded, settleEdits, type EditLog } from '../unit/electron/services/fixtures/random-edits.ts';
import { expect, startBridgeProcess, test, type Bridge } from './fixtures.ts';

/**
 * Two machines syncing one workspace over Syncthing, for real: two Syncthing instances on
 * 127.0.0.1 (own homes, no discovery, no relays), each syncing its own copy of the workspace
 * folder, and one bridge (the app's real services) on each copy. Both sides edit the same case
 * at the same moment, again and again; each time the two copies must converge to the same case,
 * with every edit kept or listed in a conflict, and no sync-conflict file left behind.
 *
 * Skipped, saying so, where `syncthing` is not installed (`.ci/run` installs it).
 */

const ROUNDS = 4;

async function call<T>(bridge: Bridge, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${bridge.url}/ipc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { value: T; message?: string };
  if (!res.ok) throw new Error(body.message);
  return body.value;
}

async function bridgeOn(dataDir: string, workspace: string, name: string, seedExample: boolean): Promise<Bridge> {
  await mkdir(dataDir, { recursive: true });
  const profile = { applicant: { name, address: '', phone: '', email: '', isBpl: false, bplCertificate: '' }, member: { name: '', house: null, divisionNumber: '' }, letterhead: { organisation: '', lines: [] } };
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settingsVersion: 1, workspace, exampleSeeded: !seedExample, lastOpenCaseId: null, profile, language: 'en' }));
  return startBridgeProcess(dataDir);
}

/** The case file's text in one workspace, or null while it is not there. */
async function caseText(folder: string): Promise<string | null> {
  try {
    return await readFile(join(folder, COWIN_CASE_ID, 'case.json'), 'utf8');
  } catch {
    return null;
  }
}

async function leftoverCopies(folder: string): Promise<string[]> {
  try {
    // A conflict copy proper; Syncthing's own half-pulled temp of one (`.syncthing.*.tmp`) is not a copy.
    return (await readdir(join(folder, COWIN_CASE_ID))).filter((n) => isConflictCopyName(n));
  } catch {
    return [];
  }
}

/** Both copies hold the same case file, and no conflict copy is waiting on either side. */
async function converged(a: SyncthingNode, b: SyncthingNode): Promise<boolean> {
  const [ta, tb] = await Promise.all([caseText(a.folder), caseText(b.folder)]);
  if (ta === null || ta !== tb) return false;
  return (await leftoverCopies(a.folder)).length === 0 && (await leftoverCopies(b.folder)).length === 0;
}

test('two Syncthing instances on loopback: concurrent edits on both machines converge, none lost', async ({ workDir }) => {
  test.setTimeout(300_000);
  const installed = await syncthingInstalled();
  if (!installed) console.log('syncthing test skipped: the `syncthing` binary is not installed (Debian package `syncthing`; .ci/run installs it).');
  test.skip(!installed, 'syncthing is not installed (Debian package `syncthing`)');

  const [nodeA, nodeB] = await startSyncthingPair(workDir, STIGNORE_LINES);
  let asha: Bridge | null = null;
  let bilal: Bridge | null = null;
  try {
    await expect.poll(async () => (await connected(nodeA, nodeB)) && (await connected(nodeB, nodeA)), { timeout: 60_000, message: 'the two Syncthing instances connect over 127.0.0.1' }).toBe(true);

    asha = await bridgeOn(join(workDir, 'data-a'), nodeA.folder, 'Asha', true);
    bilal = await bridgeOn(join(workDir, 'data-b'), nodeB.folder, 'Bilal', false);
    // Asha's app seeds the example case; Syncthing brings it to Bilal's machine.
    await call(asha, 'app:bootstrap', {});
    await call(bilal, 'app:bootstrap', {});
    await expect.poll(() => converged(nodeA, nodeB), { timeout: 60_000, message: 'the example reaches machine B' }).toBe(true);

    const random = seeded(1603);
    const log: EditLog = { made: 0, superseded: new Set(), markers: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each machine has the case open as it is on its own disk, and both save at the same moment.
      const [inA, inB] = await Promise.all([
        call<{ case: Case }>(asha, 'cases:open', { id: COWIN_CASE_ID }),
        call<{ case: Case }>(bilal, 'cases:open', { id: COWIN_CASE_ID }),
      ]);
      let editedA = inA.case;
      let editedB = inB.case;
      for (let i = 0; i < 3; i += 1) {
        editedA = randomEdit(editedA, 'A', random, log);
        editedB = randomEdit(editedB, 'B', random, log);
      }
      // One sure clash per round: both retitle the case.
      editedA = randomEditTitle(editedA, 'A', log);
      editedB = randomEditTitle(editedB, 'B', log);
      const saved = await Promise.all([
        call<{ ok: boolean }>(asha, 'cases:save', { case: editedA }),
        call<{ ok: boolean }>(bilal, 'cases:save', { case: editedB }),
      ]);
      expect(saved.map((s) => s.ok)).toEqual([true, true]);
      try {
        await expect.poll(() => converged(nodeA, nodeB), { timeout: 40_000, message: `round ${round + 1}: both machines hold the same case` }).toBe(true);
      } catch (e) {
        for (const n of [nodeA, nodeB]) {
          console.log('state at failure:', n.name, await readdir(join(n.folder, COWIN_CASE_ID)));
          const t = JSON.parse((await caseText(n.folder)) ?? 'null') as Case;
          console.log('state at failure:', n.name, t.revision, JSON.stringify(t.history?.slice(-4)), t.title);
        }
        throw e;
      }
    }

    const finalA = JSON.parse((await caseText(nodeA.folder)) ?? 'null') as Case;
    const finalB = JSON.parse((await caseText(nodeB.folder)) ?? 'null') as Case;
    expect(finalB).toEqual(finalA);
    const figures = settleEdits(finalA, log);
    console.log(`syncthing test: ${log.made} edits in ${ROUNDS} concurrent rounds; ${figures.kept} kept, ${figures.inConflicts} listed in conflicts, ${figures.superseded} knowingly replaced; ${caseConflicts(finalA).length} conflicts open; ${figures.lost.length} lost; history kinds: ${[...new Set((finalA.history ?? []).map((h) => h.kind))].join(', ')}.`);
    expect(figures.lost).toEqual([]);
    // The retitles clashed: both versions are there to pick from.
    expect(caseConflicts(finalA).some((c) => c.path.length === 1 && c.path[0] === 'title')).toBe(true);
  } finally {
    await bilal?.stop();
    await asha?.stop();
    await stopSyncthing(nodeA);
    await stopSyncthing(nodeB);
  }
});

function randomEditTitle(c: Case, writer: string, log: EditLog): Case {
  const marker = `«${writer}${log.made}»`;
  log.made += 1;
  log.markers.push(marker);
  for (const m of JSON.stringify(c.title).match(/«[A-Z]+\d+»/g) ?? []) log.superseded.add(m);
  return { ...c, title: `Retitled on ${writer} ${marker}` };
}
