import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createAppServices } from '../../electron/services/app-services.ts';
import type { Dialogs } from '../../electron/services/dialogs.ts';
import { dataPaths } from '../../electron/services/paths.ts';
import { dispatch } from '../../shared/ipc/dispatch.ts';
import { TASK_PROGRESS_EVENT, WORKSPACE_CHANGED_EVENT, type TaskProgress, type WorkspaceChange } from '../../shared/ipc/events.ts';
import { RENDERER_CSP } from '../../shared/security/csp.ts';

/**
 * The loopback bridge: the built renderer and the real main-side services, over HTTP on
 * 127.0.0.1, so end-to-end tests drive the real renderer in Debian's Chromium where no
 * Electron binary can be downloaded. `/ipc/<channel>` goes through the same `dispatch` as
 * ipcMain (zod parse in, zod parse out). File dialogs are answered from a queue the test fills
 * through `/__test/dialog`, the only test-only door. `GET /__events` streams main's
 * `task:progress` and `workspace:changed` events (Server-Sent Events), which the shim turns into
 * `onTaskProgress` and `onWorkspaceChanged`.
 */
export type DialogAnswers = { save: Array<string | null>; folder: Array<string | null>; open: Array<string | null>; openMany: Array<string[] | null> };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const MAX_BODY = 80 * 1024 * 1024;

export async function startBridge(opts: { dataDir: string; rendererDir: string; port?: number }): Promise<{ server: Server; url: string; shutdown: () => Promise<void> }> {
  const answers: DialogAnswers = { save: [], folder: [], open: [], openMany: [] };
  const dialogs: Dialogs = {
    chooseSavePath: async () => answers.save.shift() ?? null,
    chooseFolder: async () => answers.folder.shift() ?? null,
    chooseOpenFile: async () => answers.open.shift() ?? null,
    chooseOpenFiles: async () => answers.openMany.shift() ?? null,
  };
  // The clipboard is a recorder: the test reads back what the app copied (GET /__test/clipboard).
  const copied: string[] = [];
  const clipboard = { writeText: async (text: string) => { copied.push(text); } };
  // Progress of long work goes to every open event stream (GET /__events), as main sends it to its window.
  const streams = new Set<ServerResponse>();
  const progress = (event: TaskProgress): void => {
    const frame = `event: ${TASK_PROGRESS_EVENT}\ndata: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  const workspaceChanged = (change: WorkspaceChange): void => {
    const frame = `event: ${WORKSPACE_CHANGED_EVENT}\ndata: ${JSON.stringify(change)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  const { handlers, shutdown } = createAppServices({ paths: dataPaths(opts.dataDir), dialogs, clipboard, progress, workspaceChanged });
  const root = resolve(opts.rendererDir);

  const server = createServer((req, res) => {
    void route(req, res).catch((e: unknown) => send(res, 500, 'application/json', JSON.stringify({ message: `Bridge bug: ${String(e)}` })));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ message: `Refused ${channel}: the payload is not JSON.` }));
      }
      const result = await dispatch(handlers, channel, body);
      if (!result.ok) return send(res, 400, 'application/json', JSON.stringify({ message: result.error.message, kind: result.error.kind }));
      return send(res, 200, 'application/json', JSON.stringify({ value: result.value }));
    }
    if (req.method === 'POST' && url.pathname === '/__test/dialog') {
      const next = JSON.parse(await readBody(req)) as Partial<DialogAnswers>;
      answers.save.push(...(next.save ?? []));
      answers.folder.push(...(next.folder ?? []));
      answers.open.push(...(next.open ?? []));
      answers.openMany.push(...(next.openMany ?? []));
      return send(res, 204, 'text/plain', '');
    }
    if (req.method === 'GET' && url.pathname === '/__events') {
      // Server-Sent Events (HTML Living Standard §9.2): what the preload shim's EventSource reads.
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // A comment line, so the browser sees the stream open before the first event.
      res.write(': open\n\n');
      streams.add(res);
      req.on('close', () => { streams.delete(res); });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__test/clipboard') {
      return send(res, 200, 'application/json', JSON.stringify({ copied }));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    const relative = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = normalize(resolve(root, `.${relative}`));
    if (!file.startsWith(`${root}${sep}`)) return send(res, 403, 'text/plain', 'Forbidden');
    try {
      const content = await readFile(file);
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((done) => server.listen(opts.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // Open event streams never end by themselves: a clean quit ends them, so the server can close.
  const endStreams = async (): Promise<void> => {
    for (const res of streams) res.end();
    streams.clear();
    await shutdown();
  };
  return { server, url: `http://127.0.0.1:${port}`, shutdown: endStreams };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
