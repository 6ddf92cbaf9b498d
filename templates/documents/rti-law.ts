import type { Bilingual } from './fields.ts';

/**
 * RTI facts the letters rely on, as data with their sources (`/work/shared/docs/rti-law-and-anchors.md`).
 * `confirmed: false` where the docs mark a fact UNCONFIRMED; the wording stays in the letter, and the
 * flag lets the UI say that the citation still needs checking against the Act.
 */
export type LegalClause = {
  readonly section: string;
  readonly text: Bilingual;
  readonly source: string;
  readonly confirmed: boolean;
};

const DOC = 'rti-law-and-anchors.md';

export const RTI_CLAUSES = {
  transfer: {
    section: 's.6(3)',
    text: {
      en: 'If any of this information is held by another public authority, or is more closely connected with its functions, please transfer the application or the relevant part of it to that authority within five days under Section 6(3) of the Act and inform me.',
      hi: 'यदि यह सूचना किसी अन्य लोक प्राधिकारी के पास है या उसके कार्यों से अधिक निकट रूप से संबंधित है, तो कृपया अधिनियम की धारा 6(3) के अंतर्गत पाँच दिन के भीतर आवेदन या उसका संबंधित भाग उस प्राधिकारी को अंतरित करें और मुझे सूचित करें।',
    },
    source: `${DOC} A.1 s.6(3); https://chandametta.kvs.ac.in/?p=7962`,
    confirmed: true,
  },
  severability: {
    section: 's.10',
    text: {
      en: 'If any part of the information is exempt, please provide the part that can be severed from it under Section 10 of the Act, with the reasons for withholding the rest and the particulars of the First Appellate Authority (Section 7(8)).',
      hi: 'यदि सूचना का कोई भाग छूट प्राप्त है, तो कृपया अधिनियम की धारा 10 के अंतर्गत उससे पृथक किया जा सकने वाला भाग दें, तथा शेष भाग रोकने के कारण और प्रथम अपीलीय प्राधिकारी का विवरण दें (धारा 7(8))।',
    },
    // The docs find s.10 only on righttoinformation.wiki: keep the wording, flag the citation.
    source: `${DOC} A.1 s.10 (UNCONFIRMED); s.7(8): https://business-standard.com/amp/article/pti-stories/properly-dispose-off-rti-applications-appeals-govt-to-deptts-115022200060_1.html`,
    confirmed: false,
  },
  electronic: {
    section: 's.7(9)',
    text: {
      en: 'I prefer to receive the information in electronic form ({medium}), as Section 7(9) of the Act allows.',
      hi: 'मैं सूचना इलेक्ट्रॉनिक रूप में ({medium}) प्राप्त करना चाहता/चाहती हूँ, जैसा कि अधिनियम की धारा 7(9) अनुमति देती है।',
    },
    // Not "on CD/DVD": Rule 4 charges Rs 50 for each (A.2); e-mail creates no paper page, which is
    // what Rule 4's per-page fee is for.
    source: `${DOC} A.1 s.7(9), A.2 r.4, A.6 ("Ask for electronic copies", rti-sahayak preflight)`,
    confirmed: true,
  },
  inspection: {
    section: 's.2(j)',
    text: {
      en: 'Under Section 2(j) of the Act, I also ask to inspect the files holding the records at {points} before copies are made, on a date you intimate; the inspection fee is as Rule 4 of the Right to Information Rules, 2012 provides.',
      hi: 'अधिनियम की धारा 2(ञ) के अंतर्गत मैं बिंदु {points} के अभिलेखों वाली फ़ाइलों का, प्रतियाँ बनाए जाने से पहले, आपके द्वारा सूचित तिथि पर निरीक्षण करने का भी अनुरोध करता/करती हूँ; निरीक्षण शुल्क सूचना का अधिकार नियम, 2012 के नियम 4 के अनुसार होगा।',
    },
    // r.4 (inspection fee) is in the docs; the text of s.2(j) itself is not: the citation is flagged.
    source: `${DOC} A.2 r.4 (inspection free for the first hour, then Rs 5 per hour); s.2(j) text UNCONFIRMED in the docs`,
    confirmed: false,
  },
  furtherFee: {
    section: 's.7(3)',
    text: {
      en: 'Please intimate any further fee with its calculation, as Section 7(3)(a) of the Act requires.',
      hi: 'कृपया कोई अतिरिक्त शुल्क उसकी गणना सहित सूचित करें, जैसा कि अधिनियम की धारा 7(3)(क) में अपेक्षित है।',
    },
    source: `${DOC} A.1 s.7(3); DoPT OM F.No.12/31/2013-IR`,
    confirmed: true,
  },
  lifeOrLiberty: {
    section: 's.7(1) proviso',
    text: {
      en: 'The information sought concerns the life or liberty of a person. Under the proviso to Section 7(1) of the Act it must be provided within forty-eight hours of the receipt of this application.',
      hi: 'माँगी गई सूचना किसी व्यक्ति के जीवन या स्वतंत्रता से संबंधित है। अधिनियम की धारा 7(1) के परंतुक के अंतर्गत यह इस आवेदन की प्राप्ति के अड़तालीस घंटे के भीतर दी जानी चाहिए।',
    },
    source: `${DOC} A.1 s.7(1) (https://chandametta.kvs.ac.in/?p=7962; https://www.theapprentice.in/rti-in-48-hours-life-liberty-under-section-7/)`,
    confirmed: true,
  },
  citizen: {
    section: 's.3',
    text: {
      en: 'I declare that I am a citizen of India.',
      hi: 'मैं घोषणा करता/करती हूँ कि मैं भारत का/की नागरिक हूँ।',
    },
    source: `${DOC} A.6 (RTI Mitra drafting rules: add a "citizen of India" declaration)`,
    confirmed: true,
  },
} as const satisfies { readonly [name: string]: LegalClause };

/** How the application fee is paid. Central: RTI Rules 2012 r.3 (Rs 10) and r.6 (modes); BPL: s.7(5) and r.5. */
export const FEE_MODES = ['ipo', 'dd', 'bankers-cheque', 'online', 'cash', 'court-fee-stamp', 'bpl'] as const;
export type FeeMode = (typeof FEE_MODES)[number];

export type FeeModeFact = {
  readonly label: Bilingual;
  /** Sentence for the letter: slots {amount}, {words}, {instrument}, {certificate} and {basis}. */
  readonly text: Bilingual;
  /**
   * The legal basis, filled into {basis}: the central rule (RTI Rules 2012) for a central public
   * authority, or the State's own rules, whose text the docs do not give, for a State one.
   * Slots {authority} and {state}.
   */
  readonly basis: { readonly central: Bilingual; readonly state: Bilingual };
  /** Whether the letter needs the instrument's number. */
  readonly needsInstrument: boolean;
  /** Court-fee stamps are a State mode (Maharashtra, Tamil Nadu, Kerala per A.5); not in central r.6. */
  readonly stateOnly: boolean;
  readonly source: string;
  readonly confirmed: boolean;
};

const R6 = `${DOC} A.2 r.6; https://centralgovernmentnews.com/?p=3580`;

const PAYABLE: FeeModeFact['basis'] = {
  central: {
    en: 'payable to the Accounts Officer, {authority}, as Rule 6(b) of the Right to Information Rules, 2012 provides',
    hi: 'जो सूचना का अधिकार नियम, 2012 के नियम 6(ख) के अनुसार लेखा अधिकारी, {authority} को देय है',
  },
  state: {
    en: 'drawn as the Right to Information Rules of {state} require',
    hi: 'जो {state} के सूचना का अधिकार नियमों के अनुसार बनाया गया है',
  },
};

function enclosed(instrumentEn: string, instrumentHi: string): Bilingual {
  return {
    en: `I enclose the application fee of Rs {amount} (Rupees {words} only) by ${instrumentEn} No. {instrument}, {basis}.`,
    hi: `मैं आवेदन शुल्क ₹{amount} ({words} रुपये मात्र) ${instrumentHi} संख्या {instrument} द्वारा संलग्न कर रहा/रही हूँ, {basis}।`,
  };
}

export const FEE_MODE_FACTS: { readonly [M in FeeMode]: FeeModeFact } = {
  ipo: {
    label: { en: 'Indian Postal Order', hi: 'भारतीय पोस्टल ऑर्डर' },
    text: enclosed('Indian Postal Order', 'भारतीय पोस्टल ऑर्डर'),
    basis: PAYABLE,
    needsInstrument: true,
    stateOnly: false,
    source: R6,
    confirmed: true,
  },
  dd: {
    label: { en: 'Demand draft', hi: 'डिमांड ड्राफ्ट' },
    text: enclosed('Demand Draft', 'डिमांड ड्राफ्ट'),
    basis: PAYABLE,
    needsInstrument: true,
    stateOnly: false,
    source: R6,
    confirmed: true,
  },
  'bankers-cheque': {
    label: { en: "Banker's cheque", hi: 'बैंकर्स चेक' },
    text: enclosed("Banker's Cheque", 'बैंकर्स चेक'),
    basis: PAYABLE,
    needsInstrument: true,
    stateOnly: false,
    source: R6,
    confirmed: true,
  },
  online: {
    label: { en: 'Paid electronically', hi: 'इलेक्ट्रॉनिक भुगतान' },
    text: {
      en: 'I have paid the application fee of Rs {amount} (Rupees {words} only) by electronic means, {basis} (transaction reference {instrument}).',
      hi: 'मैंने आवेदन शुल्क ₹{amount} ({words} रुपये मात्र) का भुगतान इलेक्ट्रॉनिक माध्यम से किया है, {basis} (लेन-देन संदर्भ {instrument})।',
    },
    basis: {
      central: { en: 'as Rule 6(c) of the Right to Information Rules, 2012 provides', hi: 'जैसा कि सूचना का अधिकार नियम, 2012 के नियम 6(ग) में उपबंधित है' },
      state: { en: 'as the Right to Information Rules of {state} allow', hi: 'जैसा कि {state} के सूचना का अधिकार नियम अनुमति देते हैं' },
    },
    needsInstrument: true,
    stateOnly: false,
    source: R6,
    confirmed: true,
  },
  cash: {
    label: { en: 'Cash against receipt', hi: 'रसीद के बदले नकद' },
    text: {
      en: 'I have paid the application fee of Rs {amount} (Rupees {words} only) in cash to the public authority against receipt No. {instrument}, {basis}.',
      hi: 'मैंने आवेदन शुल्क ₹{amount} ({words} रुपये मात्र) लोक प्राधिकारी को नकद जमा किया है, रसीद संख्या {instrument}, {basis}।',
    },
    basis: {
      central: { en: 'as Rule 6(a) of the Right to Information Rules, 2012 provides', hi: 'जैसा कि सूचना का अधिकार नियम, 2012 के नियम 6(क) में उपबंधित है' },
      state: { en: 'as the Right to Information Rules of {state} allow', hi: 'जैसा कि {state} के सूचना का अधिकार नियम अनुमति देते हैं' },
    },
    needsInstrument: true,
    stateOnly: false,
    source: R6,
    confirmed: true,
  },
  'court-fee-stamp': {
    label: { en: 'Court-fee stamp (States that allow it)', hi: 'कोर्ट फीस स्टाम्प (जहाँ राज्य अनुमति देता है)' },
    text: {
      en: 'I have affixed a court-fee stamp of Rs {amount} (Rupees {words} only) to this application towards the application fee, {basis}.',
      hi: 'मैंने आवेदन शुल्क के रूप में ₹{amount} ({words} रुपये मात्र) का कोर्ट फीस स्टाम्प इस आवेदन पर चिपकाया है, {basis}।',
    },
    // Central r.6 has no court-fee stamp; `stateOnly` makes the State a required field.
    basis: {
      central: { en: 'as the Right to Information Rules of {state} allow', hi: 'जैसा कि {state} के सूचना का अधिकार नियम अनुमति देते हैं' },
      state: { en: 'as the Right to Information Rules of {state} allow', hi: 'जैसा कि {state} के सूचना का अधिकार नियम अनुमति देते हैं' },
    },
    needsInstrument: false,
    stateOnly: true,
    source: `${DOC} A.5 (Maharashtra, Tamil Nadu, Kerala rows)`,
    confirmed: true,
  },
  bpl: {
    label: { en: 'Below Poverty Line: no fee', hi: 'गरीबी रेखा से नीचे: कोई शुल्क नहीं' },
    text: {
      en: 'I belong to the Below Poverty Line category. A copy of my BPL certificate ({certificate}) is enclosed. {basis}, no fee is payable by me.',
      hi: 'मैं गरीबी रेखा से नीचे (बीपीएल) की श्रेणी में आता/आती हूँ। मेरे बीपीएल प्रमाण-पत्र ({certificate}) की प्रति संलग्न है। {basis} मुझसे कोई शुल्क देय नहीं है।',
    },
    basis: {
      central: { en: 'Under Section 7(5) of the Act and Rule 5 of the Right to Information Rules, 2012', hi: 'अधिनियम की धारा 7(5) तथा सूचना का अधिकार नियम, 2012 के नियम 5 के अंतर्गत' },
      state: { en: 'Under Section 7(5) of the Act', hi: 'अधिनियम की धारा 7(5) के अंतर्गत' },
    },
    needsInstrument: false,
    stateOnly: false,
    source: `${DOC} A.1 s.7(5), A.2 r.5`,
    confirmed: true,
  },
};

export function isFeeMode(value: string): value is FeeMode {
  return (FEE_MODES as ReadonlyArray<string>).includes(value);
}

/** The central application fee (RTI Rules 2012 r.3). */
export const CENTRAL_APPLICATION_FEE = { amount: '10', words: { en: 'ten', hi: 'दस' }, source: `${DOC} A.2 r.3`, confirmed: true } as const;

/**
 * Appeal fees where a State charges one (`rti-law-and-anchors.md` A.5). Central first appeals carry
 * no fee (A.1 s.19(1), RTI Online guidelines), so the central case needs no sentence at all.
 */
export const STATE_APPEAL_FEES: { readonly [state: string]: { readonly amount: string; readonly text: Bilingual; readonly source: string; readonly confirmed: boolean } } = {
  maharashtra: {
    amount: '20',
    text: {
      en: 'I have affixed a court-fee stamp of Rs 20 to this appeal as the appeal fee, as the Maharashtra Right to Information Rules require.',
      hi: 'मैंने इस अपील पर अपील शुल्क के रूप में ₹20 का कोर्ट फीस स्टाम्प चिपकाया है, जैसा कि महाराष्ट्र सूचना का अधिकार नियमों में अपेक्षित है।',
    },
    source: `${DOC} A.5 Maharashtra row (http://rtiact2005.com/rti-maharashtra-application-appeal-complaint-procedure-fees-rules/)`,
    confirmed: true,
  },
};

export function stateAppealFee(state: string): Bilingual | null {
  return STATE_APPEAL_FEES[state.trim().toLowerCase()]?.text ?? null;
}
