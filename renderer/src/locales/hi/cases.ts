import type { Messages } from '../en/index.ts';

/** Hindi strings: cases. */
export const cases = {
  heading: 'मामले',
  new: 'नया मामला',
  newTitlePrompt: 'नए मामले का नाम',
  create: 'बनाएँ',
  cancel: 'रद्द करें',
  empty: 'अभी कोई मामला नहीं है।',
  example: 'उदाहरण',
  openParts_one: 'अनुवर्ती कार्रवाई के लिए {{count}} बिंदु',
  openParts_other: 'अनुवर्ती कार्रवाई के लिए {{count}} बिंदु',
  drafts_one: '{{count}} प्रारूप',
  drafts_other: '{{count}} प्रारूप',
  problemsHeading: 'कुछ मामलों की फ़ाइलें पढ़ी नहीं जा सकीं',
  problemsNote: 'डिस्क पर उन्हें छुआ नहीं गया है।',
  workspace: 'कार्य फ़ोल्डर: {{path}}',
  chooseWorkspace: 'फ़ोल्डर बदलें…',
  settings: 'सेटिंग्स',
  help: 'सहायता',
} satisfies Messages['cases'];
