/** English strings used across areas: the Houses' names. */
export const common = {
  /** The two Houses as the data names them (`shared/domain/question.ts` `HouseSchema`). */
  house: { 'Lok Sabha': 'Lok Sabha', 'Rajya Sabha': 'Rajya Sabha' },
} as const;
