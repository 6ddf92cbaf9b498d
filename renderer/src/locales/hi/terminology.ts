/**
 * One Hindi word for each thing the app names, across the interface and the documents: the style
 * list a translator follows, checked by tests/unit/renderer/locales/terminology.test.ts over every
 * Hindi string in renderer/src/locales/hi, shared/ and templates/. Where official usage differs
 * (the Rajbhasha glossaries), the official word is the one kept here.
 */
export type Term = { readonly english: string; readonly use: string; readonly notThese: ReadonlyArray<string> };

export const HINDI_TERMS: ReadonlyArray<Term> = [
  { english: 'draft (a document being written)', use: 'प्रारूप', notThese: ['मसौदा', 'मसौदे', 'ड्राफ़्ट', 'ड्राफ्ट का'] },
  { english: 'public information officer (the Act’s Hindi text, s.5)', use: 'लोक सूचना अधिकारी', notThese: ['जन सूचना अधिकारी'] },
  { english: 'first appellate authority', use: 'प्रथम अपीलीय प्राधिकारी', notThese: ['पहला अपीलीय अधिकारी', 'प्रथम अपील अधिकारी', 'प्रथम अपील प्राधिकारी'] },
  { english: 'application', use: 'आवेदन', notThese: ['एप्लीकेशन', 'अर्ज़ी'] },
  { english: 'export', use: 'निर्यात', notThese: ['एक्सपोर्ट'] },
  { english: 'section (of an Act)', use: 'धारा', notThese: ['सेक्शन'] },
  { english: 'proviso', use: 'परंतुक', notThese: ['प्रोविज़ो', 'प्रोवाइज़ो'] },
  { english: 'deemed refusal (s.7(2))', use: 'मानित अस्वीकृति', notThese: ['मानी गई अस्वीकृति'] },
  { english: 'Second Schedule (s.24)', use: 'दूसरी अनुसूची', notThese: ['द्वितीय अनुसूची'] },
  { english: 'filed (a filing recorded as filed)', use: 'दाखिल', notThese: ['दायर'] },
];
