/**
 * An assurance found in a reply, with its due date: "An assurance given to the
 * Lok/Rajya Sabha is required to be fulfilled within a period of three months from
 * the date of assurance" (OAMS, parliament-procedure.md §4). For a written reply
 * the date of assurance is the date of answer.
 */
import type { Assurance } from '../domain/analysis.ts';
import type { AssuranceExpression } from '../../templates/phrases/assurances.ts';
import { addMonthsClamped, isIsoDate } from '../lib/dates/index.ts';
import { periodMonths } from '../../templates/deadlines/deadline-rules.ts';

export function assuranceDueBy(dateOfAnswer: string | null): string | null {
  return dateOfAnswer === null || !isIsoDate(dateOfAnswer) ? null : addMonthsClamped(dateOfAnswer, periodMonths('assurance'));
}

export function toAssurance(phrase: string, expression: AssuranceExpression, dateOfAnswer: string | null): Assurance {
  return {
    phrase,
    dueBy: assuranceDueBy(dateOfAnswer),
    source: expression.confirmed ? expression.source : `${expression.source} (UNCONFIRMED)`,
  };
}
