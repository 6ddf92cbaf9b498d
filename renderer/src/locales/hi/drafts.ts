import type { Messages } from '../en/index.ts';

/** Hindi strings: drafts. */
export const drafts = {
  heading: 'प्रारूप',
  none: 'अभी कोई प्रारूप नहीं है। जिन भागों पर आगे कार्रवाई करनी है और दस्तावेज़ का प्रकार चुनें।',
  fieldsHeading: 'विवरण',
  pointsHeading: 'माँगी गई सूचना',
  addPoint: 'बिंदु जोड़ें',
  removePoint: 'बिंदु {{n}} हटाएँ',
  point: 'बिंदु {{n}}',
  export: 'Word (.docx) के रूप में निर्यात करें',
  exported: '{{fileName}} नाम से सहेजा गया',
  canceled: 'निर्यात रद्द किया गया।',
  placeholders: 'अंतिम रूप में निर्यात नहीं हुआ: ये अभी रिक्त या नमूना मान हैं: {{list}}',
  exportAsDraft: 'प्रारूप के रूप में निर्यात करें, "दाखिल करने के लिए नहीं" के चिह्न सहित',
  datePlaceholder: 'दि.मा.वर्ष',
  pickDate: 'कैलेंडर से तिथि चुनें',
  notADate: 'यह तिथि नहीं है: इसे दिन.माह.वर्ष के रूप में लिखें (जैसे 15.12.2026) या कैलेंडर से चुनें।',
  chooseHindiForm: 'दोनों हिन्दी रूप (जैसे करता/करती) अभी बाकी हैं: सेटिंग्स में चुनें कि हस्ताक्षरकर्ता किस रूप में लिखते हैं।',
  placeholderValue: 'प्लेसहोल्डर: दाखिल करने से पहले बदलें',
  blocked: 'निर्यात से पहले इन्हें भरें: {{fields}}',
  failed: 'निर्यात विफल: {{message}}',
  title: 'शीर्षक',
  required: 'आवश्यक',
  forParts: 'भाग {{parts}} पर आगे की कार्रवाई',
} satisfies Messages['drafts'];
