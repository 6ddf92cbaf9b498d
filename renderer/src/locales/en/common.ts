/** English strings used across areas: the Houses' names, and the note on text the app writes only in English. */
export const common = {
  /** The two Houses as the data names them (`shared/domain/question.ts` `HouseSchema`). */
  house: { 'Lok Sabha': 'Lok Sabha', 'Rajya Sabha': 'Rajya Sabha' },
  /**
   * Shown in Hindi mode only, next to text the app still writes in English: the analyser's reasons,
   * and the reasons given for suggestions and for where to send an RTI application.
   */
  englishOnly: 'The analyser’s reasons, and the reasons given for suggestions and for where to send an application, are written in English for now.',
} as const;
