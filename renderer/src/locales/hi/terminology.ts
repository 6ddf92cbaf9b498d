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
  { english: 'first appellate authority', use: 'प्रथम अपीलीय प्राधिकारी', notThese: ['पहला अपीलीय अधिकारी', 'प्रथम अपील अधिकारी'] },
  { english: 'application', use: 'आवेदन', notThese: ['एप्लीकेशन', 'अर्ज़ी'] },
  { english: 'export', use: 'निर्यात', notThese: ['एक्सपोर्ट'] },
];
