import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Two real Syncthing instances on the loopback interface, for the end-to-end sync test.
 *
 * Each has its own home (keys, config, database) and shares one folder with the other. Nothing
 * leaves 127.0.0.1: listen and device addresses are loopback, and global discovery, local
 * discovery, relays, NAT traversal, STUN, usage reporting, crash reporting and upgrades are all
 * off (https://docs.syncthing.net/users/config.html). Needs the Debian package `syncthing`.
 */
const SYNCTHING = process.env['SYNCTHING'] ?? 'syncthing';

export const SYNC_FOLDER_ID = 'unanswered-workspace';

export type SyncthingNode = {
  readonly name: string;
  readonly home: string;
  readonly folder: string;
  readonly deviceId: string;
  readonly guiUrl: string;
  readonly apiKey: string;
  readonly listenPort: number;
  process: ChildProcess | null;
};

/** Whether the syncthing binary is there (the test is skipped, saying so, where it is not). */
export function syncthingInstalled(): Promise<boolean> {
  return new Promise((done) => execFile(SYNCTHING, ['--version'], { timeout: 20_000 }, (error) => done(error === null)));
}

function run(args: ReadonlyArray<string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SYNCTHING, [...args], { timeout: 60_000, env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1' } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`syncthing ${args.join(' ')} failed: ${error.message} ${stderr}`));
      else resolve(stdout);
    });
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Keys and identity for one node; the config is written once both ids are known. */
async function prepare(root: string, name: string): Promise<SyncthingNode> {
  const home = join(root, `syncthing-${name}`);
  const folder = join(root, `workspace-${name}`);
  await mkdir(home, { recursive: true });
  // Syncthing's folder marker, so it knows the folder is there on purpose.
  await mkdir(join(folder, '.stfolder'), { recursive: true });
  await run(['generate', `--home=${home}`, '--no-default-folder']);
  const deviceId = (await run(['serve', `--home=${home}`, '--device-id'])).trim();
  const guiPort = await freePort();
  return { name, home, folder, deviceId, guiUrl: `http://127.0.0.1:${guiPort}`, apiKey: randomBytes(16).toString('hex'), listenPort: await freePort(), process: null };
}

function configXml(self: SyncthingNode, peer: SyncthingNode): string {
  const device = (n: SyncthingNode) => `
    <device id="${n.deviceId}" name="${n.name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:${n.listenPort}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`;
  return `<configuration version="36">
    <folder id="${SYNC_FOLDER_ID}" label="Unanswered workspace" path="${self.folder}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}" introducedBy=""></device>
        <device id="${peer.deviceId}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <versioning></versioning>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>${device(self)}${device(peer)}
    <gui enabled="true" tls="false" debugging="false">
        <address>${self.guiUrl.replace('http://', '')}</address>
        <apikey>${self.apiKey}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <stunServer></stunServer>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <announceLANAddresses>false</announceLANAddresses>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
`;
}

/** Start two nodes that know each other and share one folder each (`workspace-a`, `workspace-b`). */
export async function startSyncthingPair(root: string, ignoreLines: ReadonlyArray<string>): Promise<[SyncthingNode, SyncthingNode]> {
  const a = await prepare(root, 'a');
  const b = await prepare(root, 'b');
  for (const [self, peer] of [[a, b], [b, a]] as const) {
    await writeFile(join(self.home, 'config.xml'), configXml(self, peer));
    // The README's set-up: the app's short-lived files are not synced.
    await writeFile(join(self.folder, '.stignore'), `${ignoreLines.join('\n')}\n`);
  }
  for (const node of [a, b]) {
    node.process = spawn(SYNCTHING, ['serve', `--home=${node.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--no-default-folder', '--skip-port-probing', `--gui-address=${node.guiUrl}`, `--gui-apikey=${node.apiKey}`, '--logflags=0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' },
    });
  }
  return [a, b];
}

export async function rest<T>(node: SyncthingNode, path: string): Promise<T | null> {
  try {
    const res = await fetch(`${node.guiUrl}${path}`, { headers: { 'X-API-Key': node.apiKey } });
    if (!res.ok) return null;
    return (await res.json()) as T;
  } catch {
    return null;
  }
}

/** Whether `node` is connected to `peer` right now. */
export async function connected(node: SyncthingNode, peer: SyncthingNode): Promise<boolean> {
  const body = await rest<{ connections: Record<string, { connected: boolean }> }>(node, '/rest/system/connections');
  return body?.connections[peer.deviceId]?.connected === true;
}

export async function stopSyncthing(node: SyncthingNode): Promise<void> {
  const child = node.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
