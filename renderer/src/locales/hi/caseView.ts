import type { Messages } from '../en/index.ts';

/** Hindi strings: caseView. */
export const caseView = {
  tabs: { analysis: 'प्रश्न और उत्तर', drafts: 'प्रारूप', notes: 'टिप्पणियाँ' },
  noQuestion: 'इस मामले में अभी कोई प्रश्न नहीं है।',
  asked: '{{names}} द्वारा पूछा गया',
  answeredOn: '{{date}} को उत्तर दिया गया',
  house: '{{house}}',
  ministry: '{{ministry}}',
  copySaved: 'एक प्रति {{fileName}} नाम से सहेजी गई',
  subjectHi: { label: 'प्रश्न का विषय हिन्दी में', hint: 'जैसा प्रश्न सूची के हिन्दी संस्करण में छपा है। हिन्दी दस्तावेज़ और सुझाव इसका उपयोग करते हैं; खाली छोड़ने पर अंग्रेज़ी विषय का उपयोग होता है।' },
  save: { saving: 'सहेजा जा रहा है…', saved: 'सभी बदलाव सहेजे गए', failed: 'सहेजा नहीं गया: {{message}}', idle: '' },
} satisfies Messages['caseView'];
