import { analyze } from '../../shared/analysis/analyze.ts';
import type { Case } from '../../shared/domain/case.ts';
import { buildCowinCase } from '../../shared/example/cowin-case.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../shared/example/cowin-text.ts';

/** The CoWIN example, judged by the same analyser a user's reply goes through. */
export function exampleCase(now: string): Case {
  const analysis = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });
  return buildCowinCase(now, analysis.parts);
}
