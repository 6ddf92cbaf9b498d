/** English strings: analysis. */
export const analysis = {
  partsHeading: 'What was asked',
  replyHeading: 'What the reply says',
  notAnalysed: 'Not judged yet',
  byUser: 'Your verdict',
  byAnalyser: 'Analyser',
  reasonLabel: 'Why (your reason)',
  changeVerdict: 'Verdict for part ({{label}})',
  markOpen: 'Mark as open',
  draftRti: 'Draft RTI application for open points',
  noOpen: 'Mark at least one part as open to draft a follow-up.',
  evidence: 'Passage relied on',
  userReasonDefault: 'Marked open by the user.',
} as const;
