import type { Case } from '../../shared/domain/case.ts';
import { buildCowinCase } from '../../shared/example/cowin-case.ts';

/** The CoWIN example, analysed by the same analyser a user's reply goes through. */
export function exampleCase(now: string): Case {
  return buildCowinCase(now, []);
}
