/** English strings: cases. */
export const cases = {
  heading: 'Cases',
  new: 'New case',
  newTitlePrompt: 'Name of the new case',
  create: 'Create',
  cancel: 'Cancel',
  empty: 'No cases yet.',
  example: 'Example',
  openParts_one: '{{count}} open point',
  openParts_other: '{{count}} open points',
  drafts_one: '{{count}} draft',
  drafts_other: '{{count}} drafts',
  problemsHeading: 'Some case files could not be read',
  problemsNote: 'They were left untouched on disk.',
  workspace: 'Workspace: {{path}}',
  chooseWorkspace: 'Change folder…',
} as const;
