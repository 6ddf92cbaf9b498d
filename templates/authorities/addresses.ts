/**
 * Postal addresses of central public authorities' CPIOs and appellate authorities, and of the
 * Central Information Commission's Registrar: only what a public page read for this app says,
 * with the page and the date it was read. Addresses move; each entry says how old its source is,
 * and `confirmed` is false where the source is an old order or a practitioner's guide rather than
 * the authority's own current page. Everything else the user adds once (Settings) and reuses.
 */
export type AddressRole = 'pio' | 'faa' | 'commission';

export type AddressEntry = {
  readonly authorityId: string;
  readonly role: AddressRole;
  /** One line per line of the envelope, after the officer's designation. */
  readonly lines: ReadonlyArray<string>;
  /**
   * The same lines for a Hindi document: this app's rendering (building and place names in
   * Devanagari, "New Delhi" as "नई दिल्ली"), not read from a Hindi source.
   */
  readonly linesHi: ReadonlyArray<string>;
  readonly source: string;
  /** When the source was read (yyyy-mm-dd). */
  readonly read: string;
  readonly confirmed: boolean;
  readonly note: string;
};

const READ = '2026-12-03';

export const ADDRESS_BOOK: ReadonlyArray<AddressEntry> = [
  {
    authorityId: 'cic',
    role: 'commission',
    lines: ['Central Information Commission', 'CIC Bhawan, Baba Gangnath Marg', 'Munirka', 'New Delhi 110067'],
    linesHi: ['केन्द्रीय सूचना आयोग', 'सीआईसी भवन, बाबा गंगनाथ मार्ग', 'मुनिरका', 'नई दिल्ली 110067'],
    source: 'https://papertyari.com/general-awareness/functions-central-information-commission-cic ("The office of this Commission is located at CIC Bhawan, Baba Gangnath Marg, Munirka, New Delhi -110067"; an exam-preparation page of 2019 or later, as it names Shri Sudhir Bhargava as the Chief Information Commissioner); https://narendramodi.in/gu/pm-to-inaugurate-new-cic-premises-on-6th-march-539202 (the Prime Minister\'s site: the Commission\'s new premises in Munirka opened on 6 March 2018)',
    read: READ,
    confirmed: false,
    note: 'The move to Munirka in 2018 is on the Prime Minister\'s site; the street address is from a secondary page, not the Commission\'s own. Until 2018 the Commission sat at August Kranti Bhavan, Bhikaji Cama Place, New Delhi 110066 (Commission orders of 2011 to 2014), which older guides still print. Check the address on the Commission\'s website before posting.',
  },
  {
    authorityId: 'mohfw',
    role: 'pio',
    lines: ['Nirman Bhawan', 'New Delhi'],
    linesHi: ['निर्माण भवन', 'नई दिल्ली'],
    source: 'https://www.legalindia.com/judgments/mr-k-k-kutty-vs-ministry-of-health-and-family-on-23-february-2011 ; https://www.legalindia.com/judgments/mr-d-k-gupta-vs-ministry-of-health-and-family-on-17-october-2011-2 (CIC decisions of 2011 naming the CPIO, Ministry of Health & Family Welfare, Nirman Bhawan, New Delhi)',
    read: READ,
    confirmed: false,
    note: 'The building is from 2011 Commission decisions; the CPIO differs by division and the PIN code is not in the source. Take the division\'s CPIO from the Ministry\'s RTI page.',
  },
  {
    authorityId: 'dopt',
    role: 'pio',
    lines: ['3rd Floor, Lok Nayak Bhawan', 'Khan Market', 'New Delhi 110003'],
    linesHi: ['तीसरी मंज़िल, लोक नायक भवन', 'खान मार्केट', 'नई दिल्ली 110003'],
    source: 'https://www.legalindia.com/judgments/?p=245298 (CIC order of 26 July 2011 naming the CPIO and the First Appellate Authority, DoPT, at this address)',
    read: READ,
    confirmed: false,
    note: 'From a 2011 Commission order; check the Department\'s RTI page.',
  },
  {
    authorityId: 'dopt',
    role: 'faa',
    lines: ['3rd Floor, Lok Nayak Bhawan', 'Khan Market', 'New Delhi 110003'],
    linesHi: ['तीसरी मंज़िल, लोक नायक भवन', 'खान मार्केट', 'नई दिल्ली 110003'],
    source: 'https://www.legalindia.com/judgments/?p=245298 (CIC order of 26 July 2011)',
    read: READ,
    confirmed: false,
    note: 'From a 2011 Commission order; check the Department\'s RTI page.',
  },
];

/**
 * A shipped address, or the one the user saved for that authority (which wins, as typed). A Hindi
 * document gets the shipped address in Devanagari.
 */
export function findAddress(
  authorityId: string | null | undefined,
  role: AddressRole,
  saved: { readonly [id: string]: { readonly pio?: string; readonly faa?: string } } = {},
  lang: 'en' | 'hi' = 'en',
): { readonly text: string; readonly entry: AddressEntry | null } | null {
  if (!authorityId) return null;
  const own = role === 'commission' ? undefined : saved[authorityId]?.[role];
  if (own && own.trim().length > 0) return { text: own.trim(), entry: null };
  const entry = ADDRESS_BOOK.find((e) => e.authorityId === authorityId && e.role === role);
  return entry ? { text: (lang === 'hi' ? entry.linesHi : entry.lines).join('\n'), entry } : null;
}

/** A shipped address carried as English text (from an English draft) in `lang`; any other text stays as it is. */
export function shippedAddressIn(text: string, lang: 'en' | 'hi'): string {
  if (lang === 'en') return text;
  const entry = ADDRESS_BOOK.find((e) => e.lines.join('\n') === text.trim());
  return entry ? entry.linesHi.join('\n') : text;
}
