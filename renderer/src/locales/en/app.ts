/** English strings: app. */
export const app = {
  name: 'Unanswered',
  tagline: 'Hold the government to its answers',
  emptyHint: 'Open a case from the list, or start a new case and bring in the question and its reply.',
  loading: 'Opening your cases…',
  dropNeedsCase: 'Open or create a case first, then drop the reply on it.',
  recovery: {
    heading: 'Unanswered did not close properly last time',
    saved: 'Everything you typed was saved up to the times below. Check the last few words you typed before it closed.',
    nothing: 'No case was changed in that session, so nothing was lost.',
    savedAt: 'last saved {{time}}',
    dismiss: 'Dismiss',
  },
} as const;
