/** English strings: status. */
export const status = {
  answered: 'Answered',
  partial: 'Partly answered',
  unanswered: 'Unanswered',
  deferred: 'Deferred',
  refused: 'Refused',
  not_applicable: 'Not applicable',
} as const;
