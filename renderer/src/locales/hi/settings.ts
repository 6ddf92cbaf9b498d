import type { Messages } from '../en/index.ts';

/** Hindi strings: settings. */
export const settings = {
  heading: 'सेटिंग्स',
  intro: 'इन्हें एक बार भरें; ऐप द्वारा बनाया गया हर दस्तावेज़ इनका उपयोग करता है।',
  language: {
    legend: 'भाषा',
    label: 'इंटरफ़ेस की भाषा',
    en: 'English (अंग्रेज़ी)',
    hi: 'हिन्दी',
  },
  applicant: {
    legend: 'आवेदक (आरटीआई आवेदन और अपीलें)',
    name: 'नाम',
    address: 'पत्राचार का पता',
    phone: 'टेलीफ़ोन',
    email: 'ई-मेल',
    isBpl: 'गरीबी रेखा से नीचे (कोई शुल्क नहीं: सूचना का अधिकार अधिनियम, 2005 धारा 7(5), नियम 5)',
    bplCertificate: 'बीपीएल प्रमाणपत्र संख्या और जारी करने वाला प्राधिकारी',
  },
  member: {
    legend: 'संसद सदस्य (प्रश्न की सूचनाएँ)',
    name: 'सदस्य का नाम',
    house: 'सदन',
    houseNone: 'निर्धारित नहीं',
    divisionNumber: 'विभाजन संख्या',
  },
  letterhead: {
    legend: 'संगठन का लेटरहेड',
    organisation: 'संगठन',
    lines: 'पते की पंक्तियाँ (हर पंक्ति अलग)',
  },
  tracker: {
    legend: 'समय-सीमाएँ',
    postalDays: 'डाक से भेजे गए आवेदन को पहुँचने में लगने वाले दिन',
    postalNote: 'अधिनियम या नियमों में तय नहीं (UNCONFIRMED, अपुष्ट): ऐप मानता है कि डाक में डालने से प्राप्ति तक इतने दिन लगते हैं।',
  },
  saved: 'सेटिंग्स सहेजी गईं।',
  notSaved: 'सहेजा नहीं गया: {{message}}',
} satisfies Messages['settings'];
