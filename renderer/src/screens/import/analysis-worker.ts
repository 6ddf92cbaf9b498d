/**
 * The analyser's own thread (issue 12): a dedicated Web Worker that reads one checked input and
 * answers with the analysis, so a long reply never freezes the window. See analyse-off-thread.ts.
 */
import { runAnalysis, type CheckedInput } from '../../../../shared/workflows/apply-analysis.ts';

self.onmessage = (event: MessageEvent<CheckedInput>) => {
  self.postMessage(runAnalysis(event.data));
};
