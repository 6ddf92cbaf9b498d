import type { Result } from '../../../../shared/lib/result.ts';
import type { AnalysisProblem, Analysed, CheckedInput } from './apply-analysis.ts';

/**
 * Runs the analyser in a Web Worker, off the interface thread (issue 12). A Web Worker rather
 * than main's utility process: the analyser is pure shared/ code that needs nothing from Node,
 * the text is already in the renderer (the user checked it there), so it goes to the worker and
 * back without crossing IPC twice or waking main, which stays free for saving and imports; and
 * the same code runs in the end-to-end tests' Chromium, so what is tested is what ships.
 *
 * Stop terminates the worker, which ends the work at once wherever it is (the analyser is one
 * synchronous pass and cannot be asked to stop). A fresh worker per run: starting one costs a few
 * milliseconds next to an analysis, and nothing is left running between runs.
 */

export type AnalysisOutcome = Result<Analysed, AnalysisProblem> | { readonly ok: false; readonly error: 'stopped' };

export type AnalysisRun = {
  readonly result: Promise<AnalysisOutcome>;
  readonly stop: () => void;
};

/** In this thread: only when a worker cannot be started at all (so the app still analyses). */
async function inThisThread(input: CheckedInput): Promise<AnalysisOutcome> {
  const { runAnalysis } = await import('./apply-analysis.ts');
  return runAnalysis(input);
}

export function analyseOffThread(input: CheckedInput): AnalysisRun {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { result: inThisThread(input), stop: () => {} };
  }
  let settle: (outcome: AnalysisOutcome | Promise<AnalysisOutcome>) => void = () => {};
  const result = new Promise<AnalysisOutcome>((resolve) => { settle = resolve; });
  let done = false;
  const finish = (outcome: AnalysisOutcome | Promise<AnalysisOutcome>): void => {
    if (done) return;
    done = true;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<AnalysisOutcome>) => finish(event.data);
  // The worker's script could not load or run: analyse here instead of failing the user's work.
  worker.onerror = (event) => { event.preventDefault(); finish(inThisThread(input)); };
  worker.postMessage(input);
  return { result, stop: () => finish({ ok: false, error: 'stopped' }) };
}
