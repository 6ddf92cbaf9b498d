/** English strings: help. */
export const help = {
  heading: 'How to use Unanswered',
  steps: {
    one: 'Open a case, or make a new one, and add the government\'s reply: the official question-and-answer PDF, a Word file, or pasted text. Check the extracted text before it is analysed.',
    two: 'Read the verdict for each part of the question: answered, partly answered, unanswered, deferred, refused or not applicable, with the passage of the reply it rests on. Change any verdict you disagree with and say why.',
    three: 'Draft a follow-up from the open points: an RTI application, a first or second appeal, a question notice, a half-an-hour discussion notice, or a list of dates for a petition. The checks beside the draft cite the rule each one applies; facts the sources could not confirm are marked UNCONFIRMED.',
    four: 'Export the draft as a Word document, record the filing, and follow its deadlines on the dashboard.',
  },
  shortcutsHeading: 'Keyboard shortcuts',
  shortcuts: {
    newCase: 'New case',
    find: 'Search all cases',
    settings: 'Settings',
    dashboard: 'Deadlines dashboard',
    help: 'This help',
    export: 'Export the open draft as Word',
    saveCopy: 'Save a copy of the open case',
  },
  privacy: 'Everything stays on this computer. Unanswered makes no network requests; your cases are files in your workspace folder.',
} as const;
