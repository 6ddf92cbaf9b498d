import type { Result } from '../../../../shared/lib/result.ts';
import { oneShot, type OneShot } from '../../workers/one-shot.ts';
import { isAnalysisAnswer } from './worker-shapes.ts';
import type { AnalysisProblem, Analysed, CheckedInput } from '../../../../shared/workflows/with-analysis.ts';

/**
 * Runs the analyser in a Web Worker, off the interface thread (issue 12). A Web Worker rather
 * than main's utility process: the analyser is pure shared/ code that needs nothing from Node,
 * the text is already in the renderer (the user checked it there), so it goes to the worker and
 * back without crossing IPC twice or waking main, which stays free for saving and imports; and
 * the same code runs in the end-to-end tests' Chromium, so what is tested is what ships.
 *
 * Stop terminates the worker, which ends the work at once (the analyser is one synchronous pass
 * and cannot be asked to stop). A fresh worker per run: starting one costs a few milliseconds
 * next to an analysis, and nothing is left running between runs.
 */
export type AnalysisRun = OneShot<Result<Analysed, AnalysisProblem>>;

export function analyseOffThread(input: CheckedInput): AnalysisRun {
  return oneShot(
    () => new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' }),
    input,
    async () => (await import('../../../../shared/workflows/apply-analysis.ts')).runAnalysis(input),
    isAnalysisAnswer,
  );
}
