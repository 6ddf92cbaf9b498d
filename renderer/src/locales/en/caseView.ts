/** English strings: caseView. */
export const caseView = {
  tabs: { analysis: 'Question and reply', drafts: 'Drafts', notes: 'Notes' },
  noQuestion: 'This case has no question yet.',
  asked: 'Asked by {{names}}',
  answeredOn: 'Answered on {{date}}',
  house: '{{house}}',
  ministry: 'Ministry of {{ministry}}',
  copySaved: 'A copy was saved as {{fileName}}',
  subjectHi: { label: 'The question\'s subject in Hindi', hint: 'As the Hindi version of the question list prints it. Hindi documents and suggestions use it; left empty, they use the English subject.' },
  save: { saving: 'Saving…', saved: 'All changes saved', failed: 'Not saved: {{message}}', idle: '' },
} as const;
