import type { ImportedText, ImportProblem } from '../../../../shared/import/normalize-text.ts';
import type { Result } from '../../../../shared/lib/result.ts';
import type { AnalysisProblem, Analysed, CheckedInput, CheckedText } from '../../../../shared/workflows/with-analysis.ts';

/**
 * What the import screen's workers are sent and answer, checked for shape where a message is read
 * (workers/one-shot.ts). Both ends are this app's own code, built together: these catch a worker
 * script of another build or a message cut short, not a forgery, so they check the envelope (the
 * discriminants and the texts) and leave the analyser's output to the types it was built with.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isCheckedText(v: unknown): v is CheckedText {
  return isObject(v) && typeof v['text'] === 'string' && typeof v['title'] === 'string' && typeof v['note'] === 'string' && isObject(v['origin']);
}

export function isCheckedInput(v: unknown): v is CheckedInput {
  if (!isObject(v)) return false;
  if (v['kind'] === 'combined') return isCheckedText(v['qa']);
  if (v['kind'] === 'separate') return isCheckedText(v['question']) && isCheckedText(v['reply']);
  return false;
}

/** A Result: `ok` with a value, or not ok with an error. */
function isResult(v: unknown): v is Record<string, unknown> {
  return isObject(v) && ((v['ok'] === true && 'value' in v) || (v['ok'] === false && 'error' in v));
}

export function isAnalysisAnswer(v: unknown): v is Result<Analysed, AnalysisProblem> {
  if (!isResult(v)) return false;
  if (v['ok'] === false) return v['error'] === 'no-text' || v['error'] === 'no-parts';
  const value = v['value'];
  return isObject(value) && isCheckedInput(value['input']) && value['texts'] instanceof Map && isObject(value['output']);
}

export function isPasteAnswer(v: unknown): v is Result<ImportedText, ImportProblem> {
  if (!isResult(v)) return false;
  if (v['ok'] === false) return isObject(v['error']);
  const value = v['value'];
  return isObject(value) && typeof value['text'] === 'string' && Array.isArray(value['warnings']);
}
