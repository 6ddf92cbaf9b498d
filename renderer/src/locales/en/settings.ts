/** English strings: settings. */
export const settings = {
  heading: 'Settings',
  intro: 'Set these once; every document the app drafts uses them.',
  language: {
    legend: 'Language',
    label: 'Interface language',
    en: 'English',
    hi: 'हिन्दी (Hindi)',
  },
  applicant: {
    legend: 'Applicant (RTI applications and appeals)',
    name: 'Name',
    address: 'Address for correspondence',
    phone: 'Telephone',
    email: 'E-mail',
    isBpl: 'Below the poverty line (no fee: RTI Act s.7(5), Rule 5)',
    bplCertificate: 'BPL certificate number and issuing authority',
  },
  member: {
    legend: 'Member of Parliament (question notices)',
    name: 'Name of the Member',
    house: 'House',
    houseNone: 'Not set',
    divisionNumber: 'Division number',
  },
  hindiForm: {
    label: 'In Hindi documents, write as',
    none: 'Not chosen (Hindi documents keep both forms and cannot be exported as final)',
    masculine: 'करता हूँ … भवदीय (masculine)',
    feminine: 'करती हूँ … भवदीया (feminine)',
  },
  letterhead: {
    legend: 'Organisation letterhead',
    organisation: 'Organisation',
    lines: 'Address lines (one per line)',
  },
  tracker: {
    legend: 'Deadlines',
    postalDays: 'Days a posted application takes to arrive',
    postalNote: 'Not fixed by the Act or the Rules (UNCONFIRMED): the app assumes this many days from posting to receipt.',
  },
  saved: 'Settings saved.',
  notSaved: 'Not saved: {{message}}',
} as const;
