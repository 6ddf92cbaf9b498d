import { normaliseMinistry } from '../../shared/lib/ministry-name.ts';

/**
 * The official Hindi names of the Union ministries (and the departments that answer questions on
 * their own), so Hindi documents and the Hindi screens name a ministry in Hindi, never as
 * "Electronics and Information Technology मंत्रालय".
 *
 * Each name carries its `source` and whether it is `confirmed`. A name is confirmed only where the
 * Hindi wording was read for this table in a primary source: the Cabinet Secretariat's Allocation of
 * Business Rules, whose First Schedule gives every ministry's Hindi name (in Roman letters, quoted in
 * the source; the Devanagari is its spelling), or the body's own Hindi website. The rest are the
 * standard forms in government use but were not read from such a page here: they are marked
 * unconfirmed, and a screen that shows the source says UNCONFIRMED.
 */
export type MinistryName = {
  readonly id: string;
  /** The official English name, as a reply's letterhead prints it. */
  readonly en: string;
  /** The official Hindi name, as a Hindi document prints it. */
  readonly hi: string;
  /** Other English forms and short forms that name the same ministry (MeitY, "Health & ..."). */
  readonly variants: ReadonlyArray<string>;
  readonly source: string;
  readonly confirmed: boolean;
  /** A former name: the ministry it became and when (old questions still carry the old name). */
  readonly renamed?: { readonly to: string; readonly on: string };
};

/** The First Schedule of the Allocation of Business Rules, read through these copies of the Cabinet Secretariat's text. */
const ABR = 'Government of India (Allocation of Business) Rules, 1961, First Schedule (Cabinet Secretariat; as amended to Amendment Series no. 349 of 4 April 2019, https://docslib.org/doc/5402553/government-of-india-allocation-of-business-rules-1961-1961, and no. 356 of 14 August 2020, https://vdocuments.site/cabinet-secretariat-the-government-of-india-allocation-cabinet-secretariat.html)';
const ABR_2014 = 'Government of India (Allocation of Business) Rules, 1961, First Schedule as of September 2014 (Cabinet Secretariat text reproduced at https://www.slideshare.net/BhimUpadhyaya/ministries-in-gov-of-india-sept-2014)';
const abr = (roman: string): string => `${ABR}: "${roman}"`;
const abr2014 = (roman: string): string => `${ABR_2014}: "${roman}"`;
const STANDARD = 'UNCONFIRMED: the standard Hindi name in government use; not read from the Allocation of Business Rules or the ministry\'s Hindi website for this table. Check the ministry\'s Hindi website.';

const confirmed = (id: string, en: string, hi: string, source: string, variants: ReadonlyArray<string> = []): MinistryName => ({ id, en, hi, variants, source, confirmed: true });
const standard = (id: string, en: string, hi: string, variants: ReadonlyArray<string> = []): MinistryName => ({ id, en, hi, variants, source: STANDARD, confirmed: false });

export const MINISTRIES: ReadonlyArray<MinistryName> = [
  confirmed('agriculture', 'Ministry of Agriculture and Farmers Welfare', 'कृषि एवं किसान कल्याण मंत्रालय', abr('Krishi Evam Kisan Kalyan Mantralaya'), ['MoA&FW', 'Agriculture & Farmers Welfare']),
  confirmed('ayush', 'Ministry of Ayurveda, Yoga and Naturopathy, Unani, Siddha and Homoeopathy (AYUSH)', 'आयुर्वेद, योग और प्राकृतिक चिकित्सा, यूनानी, सिद्ध और होम्योपैथी (आयुष) मंत्रालय',
    `${abr('Ayurveda, Yoga aur Prakratik Chikitsa, Unani, Siddha aur Homoeopathy (AYUSH) Mantralaya')}; the Health Ministry's Hindi page names it "आयुर्वेद, योग और प्राकृतिक चिकित्सा, यूनानी, सिद्ध तथा होम्योपैथी मंत्रालय (आयुष)" (https://mohfw.gov.in/hi/हमारे-बारे-में/मंत्रालय-के-बारे-में)`,
    ['AYUSH', 'Ayush', 'Ministry of AYUSH', 'Ministry of Ayush']),
  confirmed('chemicals', 'Ministry of Chemicals and Fertilizers', 'रसायन और उर्वरक मंत्रालय', abr('Rasayan aur Urvarak Mantralaya'), ['Chemicals & Fertilizers', 'Chemicals and Fertilisers']),
  confirmed('civil-aviation', 'Ministry of Civil Aviation', 'नागर विमानन मंत्रालय', abr('Nagar Vimanan Mantralaya'), ['MoCA']),
  confirmed('coal', 'Ministry of Coal', 'कोयला मंत्रालय', abr('Koyala Mantralaya')),
  confirmed('commerce', 'Ministry of Commerce and Industry', 'वाणिज्य और उद्योग मंत्रालय', abr('Vanijya aur Udyog Mantralaya'), ['Commerce & Industry']),
  confirmed('communications', 'Ministry of Communications', 'संचार मंत्रालय', abr('Sanchar Mantralaya')),
  confirmed('consumer-affairs', 'Ministry of Consumer Affairs, Food and Public Distribution', 'उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण मंत्रालय', abr2014('Upbhokta Mamle, Khadya aur Sarvajanik Vitaran Mantralaya'), ['Consumer Affairs, Food & Public Distribution']),
  standard('cooperation', 'Ministry of Cooperation', 'सहकारिता मंत्रालय'),
  confirmed('corporate-affairs', 'Ministry of Corporate Affairs', 'कॉर्पोरेट कार्य मंत्रालय', abr2014('Corporate Karya Mantralaya'), ['MCA']),
  confirmed('culture', 'Ministry of Culture', 'संस्कृति मंत्रालय', abr2014('Sanskriti Mantralaya')),
  confirmed('defence', 'Ministry of Defence', 'रक्षा मंत्रालय', abr2014('Raksha Mantralaya'), ['MoD']),
  standard('doner', 'Ministry of Development of North Eastern Region', 'पूर्वोत्तर क्षेत्र विकास मंत्रालय', ['DoNER', 'Development of North-Eastern Region']),
  standard('earth-sciences', 'Ministry of Earth Sciences', 'पृथ्वी विज्ञान मंत्रालय', ['MoES']),
  standard('education', 'Ministry of Education', 'शिक्षा मंत्रालय', ['MoE']),
  {
    id: 'meity',
    en: 'Ministry of Electronics and Information Technology',
    hi: 'इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय',
    variants: ['MeitY', 'Electronics & Information Technology', 'Electronics and IT', 'Ministry of Electronics & IT'],
    source: `UNCONFIRMED for the Ministry itself: ${abr2014('Electroniki aur Soochana Praudyogiki Vibhag')} names the Department from which the Ministry was formed on 19 July 2016; the Ministry's Devanagari name is from Hindi Wikipedia (https://hi.wikipedia.org/wiki/भारतीय_कंप्यूटर_आपातकालीन_प्रतिक्रिया_दल, parent body) [SECONDARY]. Check meity.gov.in/hi.`,
    confirmed: false,
  },
  standard('environment', 'Ministry of Environment, Forest and Climate Change', 'पर्यावरण, वन और जलवायु परिवर्तन मंत्रालय', ['MoEFCC', 'Environment, Forest & Climate Change']),
  standard('external-affairs', 'Ministry of External Affairs', 'विदेश मंत्रालय', ['MEA']),
  standard('finance', 'Ministry of Finance', 'वित्त मंत्रालय', ['MoF']),
  standard('fisheries', 'Ministry of Fisheries, Animal Husbandry and Dairying', 'मत्स्यपालन, पशुपालन और डेयरी मंत्रालय', ['Fisheries, Animal Husbandry & Dairying']),
  standard('food-processing', 'Ministry of Food Processing Industries', 'खाद्य प्रसंस्करण उद्योग मंत्रालय', ['MoFPI']),
  confirmed('mohfw', 'Ministry of Health and Family Welfare', 'स्वास्थ्य और परिवार कल्याण मंत्रालय', 'The Ministry\'s Hindi website: https://mohfw.gov.in/hi/हमारे-बारे-में/मंत्रालय-के-बारे-में ("स्वास्थ्य और परिवार कल्याण मंत्रालय")', ['MoHFW', 'Health & Family Welfare', 'Health and Family', 'Health Ministry']),
  standard('heavy-industries', 'Ministry of Heavy Industries', 'भारी उद्योग मंत्रालय'),
  standard('mha', 'Ministry of Home Affairs', 'गृह मंत्रालय', ['MHA', 'Home Ministry']),
  standard('housing', 'Ministry of Housing and Urban Affairs', 'आवासन और शहरी कार्य मंत्रालय', ['MoHUA', 'Housing & Urban Affairs']),
  standard('information-broadcasting', 'Ministry of Information and Broadcasting', 'सूचना और प्रसारण मंत्रालय', ['MIB', 'Information & Broadcasting']),
  standard('jal-shakti', 'Ministry of Jal Shakti', 'जल शक्ति मंत्रालय'),
  standard('labour', 'Ministry of Labour and Employment', 'श्रम और रोजगार मंत्रालय', ['Labour & Employment']),
  standard('law', 'Ministry of Law and Justice', 'विधि और न्याय मंत्रालय', ['Law & Justice']),
  standard('msme', 'Ministry of Micro, Small and Medium Enterprises', 'सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय', ['MSME', 'Micro, Small & Medium Enterprises']),
  standard('mines', 'Ministry of Mines', 'खान मंत्रालय'),
  standard('minority-affairs', 'Ministry of Minority Affairs', 'अल्पसंख्यक कार्य मंत्रालय'),
  standard('mnre', 'Ministry of New and Renewable Energy', 'नवीन और नवीकरणीय ऊर्जा मंत्रालय', ['MNRE', 'New & Renewable Energy']),
  standard('panchayati-raj', 'Ministry of Panchayati Raj', 'पंचायती राज मंत्रालय'),
  standard('mopa', 'Ministry of Parliamentary Affairs', 'संसदीय कार्य मंत्रालय', ['MoPA', 'MPA']),
  standard('personnel', 'Ministry of Personnel, Public Grievances and Pensions', 'कार्मिक, लोक शिकायत तथा पेंशन मंत्रालय', ['Personnel, Public Grievances & Pensions']),
  standard('petroleum', 'Ministry of Petroleum and Natural Gas', 'पेट्रोलियम और प्राकृतिक गैस मंत्रालय', ['MoPNG', 'Petroleum & Natural Gas']),
  standard('shipping', 'Ministry of Ports, Shipping and Waterways', 'पत्तन, पोत परिवहन और जलमार्ग मंत्रालय', ['Ports, Shipping & Waterways']),
  standard('power', 'Ministry of Power', 'विद्युत मंत्रालय'),
  standard('railways', 'Ministry of Railways', 'रेल मंत्रालय', ['Railway Ministry']),
  standard('road-transport', 'Ministry of Road Transport and Highways', 'सड़क परिवहन और राजमार्ग मंत्रालय', ['MoRTH', 'Road Transport & Highways']),
  standard('rural-development', 'Ministry of Rural Development', 'ग्रामीण विकास मंत्रालय', ['MoRD']),
  standard('science-technology', 'Ministry of Science and Technology', 'विज्ञान और प्रौद्योगिकी मंत्रालय', ['Science & Technology']),
  standard('skill-development', 'Ministry of Skill Development and Entrepreneurship', 'कौशल विकास और उद्यमशीलता मंत्रालय', ['MSDE', 'Skill Development & Entrepreneurship']),
  standard('social-justice', 'Ministry of Social Justice and Empowerment', 'सामाजिक न्याय और अधिकारिता मंत्रालय', ['Social Justice & Empowerment']),
  standard('statistics', 'Ministry of Statistics and Programme Implementation', 'सांख्यिकी और कार्यक्रम कार्यान्वयन मंत्रालय', ['MoSPI', 'Statistics & Programme Implementation']),
  standard('steel', 'Ministry of Steel', 'इस्पात मंत्रालय'),
  standard('textiles', 'Ministry of Textiles', 'वस्त्र मंत्रालय'),
  standard('tourism', 'Ministry of Tourism', 'पर्यटन मंत्रालय'),
  standard('tribal-affairs', 'Ministry of Tribal Affairs', 'जनजातीय कार्य मंत्रालय'),
  standard('wcd', 'Ministry of Women and Child Development', 'महिला और बाल विकास मंत्रालय', ['WCD', 'Women & Child Development']),
  standard('youth-sports', 'Ministry of Youth Affairs and Sports', 'युवा कार्यक्रम और खेल मंत्रालय', ['Youth Affairs & Sports']),
  // Departments that answer questions themselves, under the Prime Minister.
  confirmed('dopt', 'Department of Personnel and Training', 'कार्मिक और प्रशिक्षण विभाग', 'The Department\'s Hindi website: http://persmin.nic.in/Hindi_AboutUS.asp ("कार्मिक और प्रशिक्षण विभाग")', ['DoPT', 'DoP&T', 'Personnel & Training']),
  standard('space', 'Department of Space', 'अंतरिक्ष विभाग', ['DoS']),
  standard('atomic-energy', 'Department of Atomic Energy', 'परमाणु ऊर्जा विभाग', ['DAE']),
  // Former names: replies and questions of their time carry them.
  { ...confirmed('agriculture-old', 'Ministry of Agriculture', 'कृषि मंत्रालय', abr2014('Krishi Mantralaya')), renamed: { to: 'agriculture', on: '2015-08' } },
  { ...confirmed('cit-old', 'Ministry of Communications and Information Technology', 'संचार और सूचना प्रौद्योगिकी मंत्रालय', abr2014('Sanchar aur Soochana Praudyogiki Mantralaya'), ['Communications & Information Technology']), renamed: { to: 'meity', on: '2016-07-19' } },
  { ...standard('hrd-old', 'Ministry of Human Resource Development', 'मानव संसाधन विकास मंत्रालय', ['MHRD', 'HRD']), renamed: { to: 'education', on: '2020-07' } },
  { ...standard('environment-old', 'Ministry of Environment and Forests', 'पर्यावरण और वन मंत्रालय', ['Environment & Forests', 'MoEF']), renamed: { to: 'environment', on: '2014' } },
];

/** Short forms match as written (MHA, MEA); longer names match by their distinctive words. */
const isShortForm = (s: string): boolean => /^[A-Za-z&]{2,8}$/.test(s.trim()) && /[A-Z].*[A-Z]/.test(s);

const BY_WORDS: ReadonlyMap<string, MinistryName> = new Map(
  MINISTRIES.flatMap((m) => [m.en, ...m.variants].filter((n) => !isShortForm(n)).map((n) => [normaliseMinistry(n), m] as const)),
);
const BY_SHORT: ReadonlyMap<string, MinistryName> = new Map(
  MINISTRIES.flatMap((m) => m.variants.filter(isShortForm).map((n) => [n.toLowerCase(), m] as const)),
);

/** The ministry a name denotes, in any of its English forms ("HEALTH & FAMILY WELFARE", "MoHFW"); null when none. */
export function findMinistry(name: string | null | undefined): MinistryName | null {
  const raw = (name ?? '').trim();
  if (raw === '') return null;
  const bare = raw.replace(/^ministry of\s+/i, '');
  const short = isShortForm(bare) ? BY_SHORT.get(bare.toLowerCase()) : undefined;
  if (short) return short;
  return BY_WORDS.get(normaliseMinistry(raw)) ?? null;
}

/**
 * The ministry that now holds a renamed one's business ("Human Resource Development" became
 * "Education" in 2020, `renamed`), followed to the current name; null when the name is current or
 * unknown. A new notice or application goes to the ministry as it is now named.
 */
export function successorOf(name: string | null | undefined): MinistryName | null {
  let m = findMinistry(name);
  if (m?.renamed === undefined) return null;
  for (let hops = 0; m?.renamed !== undefined && hops < 5; hops += 1) {
    const to: string = m.renamed.to;
    m = MINISTRIES.find((x) => x.id === to) ?? null;
  }
  return m;
}

/**
 * A ministry a new paper can be addressed to: null when the name is several portfolios one Minister
 * held together ("Agriculture, Consumer Affairs, Food & Public Distribution", as 2009 replies print
 * it). No one public authority answers to such a name, and RTI Online lists none (review 11: an
 * application so addressed is returned or transferred under s.6(3)); which of them holds the
 * records is the user's to choose.
 */
export function singleMinistry(name: string | null): string | null {
  return ministriesIn(name).length > 1 ? null : name;
}

/** The ministry a new paper goes to: as it is named now (`presentMinistry`), and one Minister's (`singleMinistry`). */
export function addressedMinistry(name: string | null): string | null {
  return singleMinistry(presentMinistry(name));
}

/** A ministry's name as a new paper gives it: its successor's if it was renamed, else as written. */
export function presentMinistry(name: string): string;
export function presentMinistry(name: string | null): string | null;
export function presentMinistry(name: string | null): string | null {
  return successorOf(name)?.en ?? name;
}

/**
 * The ministries a minister's designation names: one ("Health and Family Welfare"), or several held
 * together ("Agriculture, Consumer Affairs, Food & Public Distribution", as 2009 replies print it).
 * Empty when the whole name cannot be read as known ministries: nothing is guessed.
 */
export function ministriesIn(name: string | null | undefined): ReadonlyArray<MinistryName> {
  const one = findMinistry(name);
  if (one) return [one];
  const words = normaliseMinistry(name ?? '').split(' ').filter((w) => w.length > 0);
  // Split the words into consecutive known names, with "and" allowed between them.
  const memo = new Map<number, ReadonlyArray<MinistryName> | null>();
  const from = (i: number): ReadonlyArray<MinistryName> | null => {
    if (i === words.length) return [];
    const known = memo.get(i);
    if (known !== undefined) return known;
    let found: ReadonlyArray<MinistryName> | null = null;
    for (let j = words.length; j > i && found === null; j--) {
      const m = BY_WORDS.get(words.slice(i, j).join(' '));
      if (!m) continue;
      const next = words[j] === 'and' && j + 1 < words.length ? j + 1 : j;
      const rest = from(next);
      if (rest) found = [m, ...rest];
    }
    memo.set(i, found);
    return found;
  };
  const all = words.length > 0 ? from(0) : null;
  return all && all.length > 1 ? all : [];
}

/** The ministry's Hindi name without "मंत्रालय", for "क्या ... मंत्री यह बताने की कृपा करेंगे". */
export function hindiPortfolio(m: MinistryName): string {
  return m.hi.replace(/\s*(?:मंत्रालय|विभाग)$/, '');
}
