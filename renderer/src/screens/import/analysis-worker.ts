/**
 * The analyser's own thread (issue 12): a dedicated Web Worker that reads one checked input and
 * answers with the analysis, so a long reply never freezes the window. See analyse-off-thread.ts.
 */
import { runAnalysis } from '../../../../shared/workflows/apply-analysis.ts';
import { serveOneShot } from '../../workers/one-shot.ts';
import { isCheckedInput } from './worker-shapes.ts';

serveOneShot(self, isCheckedInput, runAnalysis);
