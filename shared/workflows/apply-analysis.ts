import { analyze } from '../analysis/analyze.ts';
import { normalizeText } from '../import/normalize-text.ts';
import { err, ok, type Result } from '../lib/result.ts';
import type { Analysed, AnalysisProblem, CheckedInput, CheckedText, TextRole } from './with-analysis.ts';

export type { Analysed, AnalysisProblem, CheckedInput, CheckedText, SourceOrigin, TextRole } from './with-analysis.ts';
export { withAnalysis } from './with-analysis.ts';

/**
 * From the text the user checked to a case with its sources, question and analysis. Pure, so
 * the import flow's one decision (what is stored, and what is kept of the user's own verdicts)
 * is tested without a window.
 */

/** The text as it will be stored: line breaks unified and control characters removed, as on import. */
function storedText(t: CheckedText): string {
  return normalizeText(t.text).text;
}

const hasText = (s: string): boolean => s.trim().length > 0;

/** Runs the analyser on the checked text. A question without lettered parts is refused: there is nothing to judge. */
export function runAnalysis(input: CheckedInput): Result<Analysed, AnalysisProblem> {
  if (input.kind === 'combined') {
    const text = storedText(input.qa);
    if (!hasText(text)) return err('no-text');
    const output = analyze({ kind: 'combined', text });
    return output.parts.length === 0 ? err('no-parts') : ok({ input, texts: new Map([['qa', text]]), output });
  }
  const question = storedText(input.question);
  const reply = storedText(input.reply);
  if (!hasText(question) || !hasText(reply)) return err('no-text');
  const output = analyze({ kind: 'separate', question, reply });
  return output.parts.length === 0
    ? err('no-parts')
    : ok({ input, texts: new Map<TextRole, string>([['question', question], ['reply', reply]]), output });
}

