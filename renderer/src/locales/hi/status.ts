import type { Messages } from '../en/index.ts';

/** Hindi strings: status (the six verdicts, shared/domain/part-status.ts). */
export const status = {
  answered: 'उत्तर दिया गया',
  partial: 'आंशिक उत्तर',
  unanswered: 'अनुत्तरित',
  deferred: 'टाला गया',
  refused: 'इनकार किया गया',
  not_applicable: 'लागू नहीं',
} satisfies Messages['status'];
