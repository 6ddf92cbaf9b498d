/** English strings: caseView. */
export const caseView = {
  tabs: { analysis: 'Question and reply', drafts: 'Drafts', notes: 'Notes' },
  noQuestion: 'This case has no question yet.',
  asked: 'Asked by {{names}}',
  answeredOn: 'Answered on {{date}}',
  house: '{{house}}',
  ministry: 'Ministry of {{ministry}}',
  copySaved: 'A copy was saved as {{fileName}}',
  save: { saving: 'Saving…', saved: 'All changes saved', failed: 'Not saved: {{message}}', idle: '' },
} as const;
