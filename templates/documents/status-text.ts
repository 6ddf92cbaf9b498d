import type { Language } from '../../shared/domain/draft.ts';
import { statusLabel, type PartStatus } from '../../shared/domain/part-status.ts';
import { assertNever } from '../../shared/lib/assert-never.ts';

/**
 * A part's verdict as the documents write it, in one set of words for the points table and the
 * list of dates (review 5 found the list saying "left open" where the table said "Partly answered").
 */
export function partStatusText(status: PartStatus | null, lang: Language, statement = false): string {
  if (statement) return lang === 'en' ? 'Statement, not an answer to a part' : 'कथन, किसी भाग का उत्तर नहीं';
  if (status === null) return lang === 'en' ? 'Not assessed' : 'आकलन नहीं';
  if (lang === 'en') return statusLabel(status);
  switch (status) {
    case 'answered': return 'उत्तर दिया गया';
    case 'partial': return 'आंशिक उत्तर';
    case 'unanswered': return 'उत्तर नहीं दिया गया';
    case 'deferred': return 'टाल दिया गया';
    case 'refused': return 'इनकार';
    case 'not_applicable': return 'लागू नहीं';
    default: return assertNever(status, 'Unknown part status');
  }
}
