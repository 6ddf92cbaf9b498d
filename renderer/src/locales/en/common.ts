/** English strings used across areas: the Houses' names, and the note on text the app writes only in English. */
export const common = {
  /** The two Houses as the data names them (`shared/domain/question.ts` `HouseSchema`). */
  house: { 'Lok Sabha': 'Lok Sabha', 'Rajya Sabha': 'Rajya Sabha' },
  /**
   * Shown in Hindi mode only, next to text the engine writes in English (the analyser's reasons,
   * rule checks, deadline working, suggestions, routing reasons).
   */
  englishOnly: 'The analyser’s reasons, rule checks, deadline working and suggestions are written in English for now.',
} as const;
