import { parentPort } from 'node:worker_threads';
import { readReply, type ReadReply } from './read-reply.ts';

/**
 * A worker of the digest's pool (digest-pool.ts): reads and judges one file at a time and
 * answers with its row. It keeps the analyser and PDFium loaded between files.
 */
export type DigestWorkerRequest = { readonly id: number; readonly path: string };
export type DigestWorkerReply = { readonly id: number; readonly result: ReadReply };

const port = parentPort;
if (port === null) throw new Error('digest-worker runs only as a worker thread');
port.on('message', (request: DigestWorkerRequest) => {
  void readReply(request.path)
    .catch((e: unknown): ReadReply => ({ kind: 'failed', reason: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` }))
    .then((result) => { port.postMessage({ id: request.id, result } satisfies DigestWorkerReply); });
});
