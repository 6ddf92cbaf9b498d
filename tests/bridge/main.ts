import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from './bridge-server.ts';

/**
 * Run the bridge as its own process (so a test can kill it, as a crash would kill main).
 * Prints one line, `BRIDGE <url>`, when it is listening.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    renderer: { type: 'string', default: resolve(import.meta.dirname, '../../out/renderer') },
    port: { type: 'string', default: '0' },
  },
});
if (!values.data) {
  process.stderr.write('usage: node tests/bridge/main.ts --data DIR [--renderer DIR] [--port N]\n');
  process.exit(2);
}
const { url, server, shutdown } = await startBridge({ dataDir: values.data, rendererDir: values.renderer, port: Number(values.port) });
// SIGTERM is a clean quit, as closing the app is; SIGKILL (a crash) leaves the session marker.
process.once('SIGTERM', () => {
  server.close();
  void shutdown().finally(() => process.exit(0));
});
process.stdout.write(`BRIDGE ${url}\n`);
