import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { analyzeOne, type BatchMode } from './analyze-one.ts';

/**
 * A worker of `analyze`'s pool (analyze-batch.ts): takes one file at a time, answers with its
 * result. It keeps its loaded modules (the analyser, PDFium once a PDF came) between files, so
 * only the first file of each kind pays to load them.
 */
export type WorkerRequest = { readonly id: number; readonly file: string; readonly mode: BatchMode };
export type WorkerReply = { readonly id: number; readonly ok: boolean; readonly text: string; readonly warnings: ReadonlyArray<string> };

// As bin.mjs does for the main thread: the command's code is compiled once, then read from
// Node's cache by every later worker and run.
enableCompileCache();

const port = parentPort;
if (port === null) throw new Error('analyze-worker.ts runs only as a worker thread');
port.on('message', (request: WorkerRequest) => {
  void analyzeOne(request.file, request.mode).then((result) => {
    port.postMessage({ id: request.id, ...result } satisfies WorkerReply);
  });
});
