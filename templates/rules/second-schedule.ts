/**
 * Organisations in the Second Schedule of the RTI Act: s.24(1) says the Act does not apply to
 * them, nor to information they furnish to the government, except allegations of corruption and
 * human-rights violations (proviso). `rti-law-and-anchors.md` A.1.
 *
 * The current list has 27 entries (The Hindu, 24 Nov 2023); entry-by-entry it is UNCONFIRMED, so
 * this holds the 18 entries of the 2013 list plus the later additions the docs name. It is not
 * complete: `SECOND_SCHEDULE_COMPLETE` is false.
 */
export type SecondScheduleEntry = {
  readonly id: string;
  readonly name: string;
  /** Names and abbreviations to spot in drafted text (matched as whole words, case-sensitive for abbreviations). */
  readonly aliases: ReadonlyArray<string>;
  /** ISO date from which the entry applies, where the docs give it. */
  readonly since: string | null;
  readonly serial: number | null;
  readonly source: string;
  readonly confirmed: boolean;
};

export const S24 = {
  id: 'rti-s24-second-schedule',
  implements: 'RTI Act 2005, s.24(1) and Second Schedule',
  cite: { key: 'cite.s24', params: { section: { key: 'section.s24_1', params: {} } } },
  /** The proviso as the linter says it (`lint.rti.s24Proviso`): the section and the Commission's days. */
  provisoMessage: { key: 'lint.rti.s24Proviso', params: { section: { key: 'section.s24_1', params: {} }, days: 45 } },
  source: 'https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html ; rti-law-and-anchors.md A.1',
  confirmed: true,
  proviso: 'Information about allegations of corruption and human-rights violations is not excluded (s.24(1) proviso); human-rights information is given only with the Commission\'s approval, within 45 days.',
} as const;

export const SECOND_SCHEDULE_COMPLETE = false;

const LIST_2013 = 'https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html (2013 list of 18) ; rti-law-and-anchors.md A.1';
const HINDU_2023 = 'https://www.thehindu.com/news/national/central-government-exempts-cert-in-from-rti-act/article67569804.ece ; rti-law-and-anchors.md A.1';

const entry2013 = (id: string, name: string, aliases: ReadonlyArray<string>): SecondScheduleEntry =>
  ({ id, name, aliases, since: null, serial: null, source: LIST_2013, confirmed: true });

export const SECOND_SCHEDULE: ReadonlyArray<SecondScheduleEntry> = [
  entry2013('ib', 'Intelligence Bureau', ['Intelligence Bureau']),
  entry2013('raw', 'Research and Analysis Wing of the Cabinet Secretariat', ['Research and Analysis Wing', 'R&AW', 'RAW']),
  entry2013('dri', 'Directorate of Revenue Intelligence', ['Directorate of Revenue Intelligence', 'DRI']),
  entry2013('ceib', 'Central Economic Intelligence Bureau', ['Central Economic Intelligence Bureau', 'CEIB']),
  entry2013('ed', 'Directorate of Enforcement', ['Directorate of Enforcement', 'Enforcement Directorate']),
  entry2013('ncb', 'Narcotics Control Bureau', ['Narcotics Control Bureau', 'NCB']),
  entry2013('arc', 'Aviation Research Centre', ['Aviation Research Centre']),
  entry2013('sff', 'Special Frontier Force', ['Special Frontier Force']),
  entry2013('bsf', 'Border Security Force', ['Border Security Force', 'BSF']),
  entry2013('crpf', 'Central Reserve Police Force', ['Central Reserve Police Force', 'CRPF']),
  entry2013('itbp', 'Indo-Tibetan Border Police', ['Indo-Tibetan Border Police', 'ITBP']),
  entry2013('cisf', 'Central Industrial Security Force', ['Central Industrial Security Force', 'CISF']),
  entry2013('nsg', 'National Security Guard', ['National Security Guard', 'NSG']),
  entry2013('assam-rifles', 'Assam Rifles', ['Assam Rifles']),
  entry2013('ssb', 'Sashastra Seema Bal', ['Sashastra Seema Bal', 'SSB']),
  entry2013('sb-cid-an', 'Special Branch (CID), Andaman and Nicobar', ['Special Branch (CID), Andaman']),
  entry2013('cb-cid-dnh', 'Crime Branch CID-CB, Dadra and Nagar Haveli', ['Crime Branch CID-CB']),
  entry2013('sb-lakshadweep', 'Special Branch, Lakshadweep Police', ['Special Branch, Lakshadweep']),
  { id: 'ntro', name: 'National Technical Research Organisation', aliases: ['National Technical Research Organisation', 'NTRO'], since: null, serial: null, source: HINDU_2023, confirmed: true },
  { id: 'drdo', name: 'Defence Research and Development Organisation', aliases: ['Defence Research and Development Organisation', 'DRDO'], since: null, serial: null, source: HINDU_2023, confirmed: true },
  { id: 'brdb', name: 'Border Roads Development Board', aliases: ['Border Roads Development Board'], since: null, serial: null, source: HINDU_2023, confirmed: true },
  { id: 'sfc', name: 'Strategic Forces Command', aliases: ['Strategic Forces Command'], since: '2016-01-01', serial: null, source: `${HINDU_2023} ("added 2016"; exact date UNCONFIRMED)`, confirmed: true },
  {
    id: 'cert-in',
    name: 'Indian Computer Emergency Response Team',
    aliases: ['Indian Computer Emergency Response Team', 'CERT-In', 'CERT-IN', 'CERTIN', 'CERT In'],
    since: '2023-11-24',
    serial: 27,
    source: `${HINDU_2023} ; https://thewire.in/government/info-on-cert-in-inclusion-rti-exempt-orgs-is-secret (DoPT notification under s.24(2), gazette dated 23 Nov 2023)`,
    confirmed: true,
  },
];

/**
 * The first Second Schedule organisation `text` names, and how to name it back in an English
 * sentence: its short form as the text spells it ("CERT-In") where the text uses one, else "the"
 * and its full name. Whole words; abbreviations as spelt.
 */
export function secondScheduleNamedIn(text: string): { readonly entry: SecondScheduleEntry; readonly written: string } | null {
  for (const entry of SECOND_SCHEDULE) {
    const named = entry.aliases.filter((alias) => aliasPattern(alias).test(text));
    if (named.length === 0) continue;
    const short = named.find((a) => !/\s/.test(a));
    return { entry, written: short ?? `the ${named[0] ?? entry.name}` };
  }
  return null;
}

const aliasCache = new Map<string, RegExp>();

/**
 * How an alias is found in text, whole words only: abbreviations (all capitals) case-sensitively
 * ("RAW" is not "raw data"), names in any case. The linter's s.24 warnings and the drafts'
 * carve-outs read a text alike.
 */
export function aliasPattern(alias: string): RegExp {
  let re = aliasCache.get(alias);
  if (!re) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const isAbbrev = !/[a-z]{2}/.test(alias.replace(/-In$/, ''));
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, isAbbrev ? 'u' : 'iu');
    aliasCache.set(alias, re);
  }
  return re;
}
