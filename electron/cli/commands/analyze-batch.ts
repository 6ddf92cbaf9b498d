import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeOne, failedLine, type BatchMode, type FileResult } from './analyze-one.ts';
import type { WorkerReply, WorkerRequest } from './analyze-worker.ts';

/**
 * `analyze` over many files in one process: the files and folders named, spread over a pool of
 * worker threads (one per core by default), results printed in the order the files were given
 * as each one's turn comes. Worker threads rather than child processes: a worker starts in tens
 * of milliseconds and shares this process's memory for the file list, and each keeps the
 * analyser and PDFium loaded across its files.
 */

/** What a folder contributes: the formats `analyze` reads (import-file.ts recognises them by content). */
const ANALYSABLE = new Set(['.txt', '.md', '.markdown', '.pdf', '.docx']);

export type BatchItem = { readonly file: string; readonly problem?: { readonly kind: string; readonly message: string } };

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && ANALYSABLE.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every file to analyse, folders expanded (sorted, with subfolders); a folder with none is an item of its own that fails. */
export async function expandInputs(inputs: ReadonlyArray<string>): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for (const input of inputs) {
    if (!(await isFolder(input))) {
      items.push({ file: input });
      continue;
    }
    let files: string[];
    try {
      files = await filesUnder(input);
    } catch (e) {
      items.push({ file: input, problem: { kind: 'unreadable', message: `The folder “${input}” could not be read: ${e instanceof Error ? e.message : String(e)}` } });
      continue;
    }
    if (files.length === 0) items.push({ file: input, problem: { kind: 'empty', message: `The folder “${input}” holds no .txt, .md, .pdf or .docx files.` } });
    else items.push(...files.map((file) => ({ file })));
  }
  return items;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function problemResult(item: BatchItem, mode: BatchMode): FileResult {
  const { kind, message } = item.problem ?? { kind: 'failed', message: '' };
  return { ok: false, text: mode === 'jsonl' ? failedLine(item.file, kind, message) : message, warnings: [] };
}

/** The worker's own file: the .ts source when running from source, the bundled .mjs beside this chunk in out/cli. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './analyze-worker.ts' : './analyze-worker.mjs', import.meta.url);
}

/**
 * Runs every item, at most `jobs` at once, and hands each result to `emit` in item order. A
 * worker that dies (out of memory, a crash in a native module) fails only its current file; a
 * fresh worker takes over the rest.
 */
export async function runBatch(items: ReadonlyArray<BatchItem>, mode: BatchMode, jobs: number, emit: (item: BatchItem, result: FileResult) => void): Promise<void> {
  const results: Array<FileResult | undefined> = new Array(items.length);
  let emitted = 0;
  const settle = (index: number, result: FileResult): void => {
    results[index] = result;
    for (let r = results[emitted]; r !== undefined; r = results[emitted]) {
      const item = items[emitted];
      if (item) emit(item, r);
      results[emitted] = undefined;
      emitted += 1;
    }
  };
  const work: number[] = [];
  items.forEach((item, i) => {
    if (item.problem) settle(i, problemResult(item, mode));
    else work.push(i);
  });
  const poolSize = Math.min(jobs, work.length);
  if (poolSize <= 1) {
    for (const i of work) settle(i, await analyzeOne(items[i]?.file ?? '', mode));
    return;
  }

  let next = 0;
  await new Promise<void>((resolveAll) => {
    let live = 0;
    const start = (): void => {
      const worker = new Worker(workerUrl());
      live += 1;
      let current: number | null = null;
      const feed = (): void => {
        const index = work[next];
        if (index === undefined) {
          current = null;
          void worker.terminate();
          return;
        }
        next += 1;
        current = index;
        worker.postMessage({ id: index, file: items[index]?.file ?? '', mode } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        settle(reply.id, { ok: reply.ok, text: reply.text, warnings: reply.warnings });
        feed();
      });
      let failure = 'its worker stopped';
      worker.on('error', (e) => { failure = e.message; });
      worker.on('exit', () => {
        live -= 1;
        if (current !== null) {
          // The worker died on this file (out of memory, a crash): only this file fails.
          const file = items[current]?.file ?? '';
          const message = `“${file}” could not be analysed: ${failure}`;
          settle(current, { ok: false, text: mode === 'jsonl' ? failedLine(file, 'failed', message) : message, warnings: [] });
          current = null;
        }
        // Work left over from a worker that died: a new one carries on.
        if (next < work.length) start();
        else if (live === 0) resolveAll();
      });
      feed();
    };
    for (let k = 0; k < poolSize; k++) start();
  });
}
