import { loadSources } from '../../bench/texts.ts';

/**
 * The real texts the fuzzers mutate: the labelled corpus beside the repository
 * (`../shared/corpus`, or `UNANSWERED_CORPUS`), else the CoWIN example. Same loader as the bench.
 */
export const SOURCES = await loadSources();

// Spaces and tabs only, never \s: with /m, a class that takes newlines runs over every following line
// and backtracks from each, quadratic on a text of many short lines (a 1 MB run of "##" lines
// took minutes in the fuzz test).
const ANSWER_LINE = /^[ \t#*]*(?:ANSWER|उत्तर)[ \t\r*]*$/m;

/** A combined text split at its ANSWER line into question and reply, as the "separate" input takes them. */
export function splitAtAnswer(text: string): { question: string; reply: string } {
  const m = ANSWER_LINE.exec(text);
  return m ? { question: text.slice(0, m.index), reply: text.slice(m.index) } : { question: text, reply: '' };
}

/** Fast-check run counts, raised with FUZZ_SCALE=10 for a long local session. */
export function runs(base: number): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
