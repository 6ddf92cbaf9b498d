/**
 * The few verdicts the yardstick itself defines by a phrase or by the shape of the question, taken
 * before the verdict model. Each is kept only because texts from at least two sources of the
 * labelled corpus bear it out; `npm run eval` reports how many parts each decides and how many of
 * those it gets right. Everything else is the model's.
 */
import type { PartStatus } from '../domain/part-status.ts';
import type { Features } from './features.ts';

export type YardstickRule = {
  readonly id: string;
  readonly status: PartStatus;
  /** reply-analysis.md's own words for it. */
  readonly source: string;
  readonly applies: (f: Features) => boolean;
};

export const YARDSTICK_RULES: readonly YardstickRule[] = [
  {
    id: 'condition-answered-the-other-way',
    status: 'not_applicable',
    source: 'reply-analysis.md, not_applicable: "Does not arise" (or silence) for a conditional part whose condition the reply has plainly answered the other way',
    applies: (f) => f.rule_not_applicable === 1,
  },
  {
    id: 'refusal-of-the-data-asked',
    status: 'refused',
    source: 'reply-analysis.md, refused: the reply declines, or says the information is not held ("such data is not maintained centrally")',
    applies: (f) => f.rule_refused === 1,
  },
  {
    id: 'promise-instead-of-answer',
    status: 'deferred',
    source: 'reply-analysis.md, deferred: "information is being collected and will be laid on the Table of the House", "under consideration"',
    applies: (f) => f.rule_deferred === 1,
  },
];

export function yardstickRule(f: Features): YardstickRule | null {
  return YARDSTICK_RULES.find((r) => r.applies(f)) ?? null;
}
