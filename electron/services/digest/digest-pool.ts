/**
 * The digest's worker pool: one worker thread per core (`availableParallelism`), each reading
 * and judging whole files (PDF extraction and the analyser, the slow part), while the calling
 * thread only commits rows. A file is sent to the first idle worker; the answer comes back as a
 * promise, so the caller keeps its own order. A worker that dies on a file (out of memory, a
 * crash) fails only that file, and a fresh one takes its place. Where no worker can start at
 * all (a packaged app that cannot load the worker's file), files are read on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DigestWorkerReply, DigestWorkerRequest } from './digest-worker.ts';
import { readReply, type ReadReply } from './read-reply.ts';

export type DigestReader = {
  /** How many files it reads at once. */
  readonly size: number;
  /** A worker's file is not stopped by `signal` (its result is dropped); one read on this thread is. */
  readonly read: (path: string, signal?: AbortSignal) => Promise<ReadReply>;
  readonly close: () => Promise<void>;
};

/** The worker's own file beside this code: the .ts source, out/main's .js or out/cli's .mjs. */
function workerFile(): URL | null {
  const ext = /\.(ts|mjs|js)$/.exec(new URL(import.meta.url).pathname)?.[0] ?? '.js';
  for (const rel of [`./digest-worker${ext}`, `../digest-worker${ext}`]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** Reads on the calling thread, one file at a time: for one file, tests, or where workers cannot start. */
export function inProcessReader(): DigestReader {
  return { size: 1, read: (path, signal) => readReply(path, signal), close: async () => {} };
}

type Job = { readonly id: number; readonly path: string; readonly done: (r: ReadReply) => void };
type Slot = { worker: Worker; job: Job | null; online: boolean };

export function digestPool(size = availableParallelism()): DigestReader {
  const file = workerFile();
  if (size <= 1 || file === null) return inProcessReader();
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let closed = false;
  // Set when a worker fails before it ever started: every file from then on is read here.
  let broken = false;

  const readHere = (job: Job): void => { void readReply(job.path).then(job.done); };

  const feed = (slot: Slot): void => {
    if (slot.job !== null) return;
    const job = queue.shift();
    if (!job) return;
    slot.job = job;
    slot.worker.postMessage({ id: job.id, path: job.path } satisfies DigestWorkerRequest);
  };

  const start = (): void => {
    let worker: Worker;
    try {
      worker = new Worker(file);
    } catch {
      // The worker's file cannot be loaded here (inside a packaged archive, say): read on this thread.
      broken = true;
      if (slots.size === 0) queue.splice(0).forEach(readHere);
      return;
    }
    const slot: Slot = { worker, job: null, online: false };
    slots.add(slot);
    let failure = 'its worker stopped';
    slot.worker.on('online', () => { slot.online = true; });
    slot.worker.on('message', (reply: DigestWorkerReply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.id === reply.id) job.done(reply.result);
      feed(slot);
    });
    slot.worker.on('error', (e) => { failure = e.message; });
    slot.worker.on('exit', () => {
      slots.delete(slot);
      const job = slot.job;
      slot.job = null;
      if (!slot.online) broken = true;
      if (broken) {
        // The worker never ran: read its file, and all still waiting, on this thread.
        if (job) readHere(job);
        if (slots.size === 0) queue.splice(0).forEach(readHere);
        return;
      }
      if (job) job.done({ kind: 'failed', reason: `The file could not be read: ${failure}.` });
      if (!closed) {
        start();
        for (const s of slots) feed(s);
      }
    });
  };
  for (let k = 0; k < size; k++) start();

  return {
    size,
    read: (path) => new Promise<ReadReply>((done) => {
      const job = { id: nextId++, path, done };
      if (broken || closed) return readHere(job);
      queue.push(job);
      for (const s of slots) feed(s);
    }),
    close: async () => {
      closed = true;
      await Promise.all([...slots].map((s) => s.worker.terminate()));
      slots.clear();
    },
  };
}
