import type { Fact } from '../rules/fact.ts';
import type { Authority } from './authority.ts';
import { MINISTRIES } from './ministries.ts';

/**
 * Public authorities relevant to the CoWIN example and the usual follow-ups.
 *
 * No PIO address is in `/work/shared/docs`, so every `pioAddress` is empty and unconfirmed: the
 * user must take it from the authority's own RTI page (s.4(1)(b)(xvi) disclosures) before filing.
 */

const NO_ADDRESS: Fact<string> = {
  value: '',
  source: 'Not in /work/shared/docs: take the CPIO address from the authority\'s RTI page',
  confirmed: false,
};

const CENTRAL_MINISTRY: Fact<'central'> = {
  value: 'central',
  source: 'A Union ministry: rti-law-and-anchors.md A.3 (RTI Online covers all central ministries)',
  confirmed: true,
};

/** All central ministries were on RTI Online from 21 Aug 2013 (A.3). */
const ON_RTI_ONLINE: Fact<boolean | null> = {
  value: true,
  source: 'https://business-standard.com/amp/article/pti-stories/file-online-rti-pleas-for-all-central-govt-depts-from-tomorrow-113082001069_1.html ; rti-law-and-anchors.md A.3 (all ministries from 21 Aug 2013)',
  confirmed: true,
};

const RTI_ONLINE_UNKNOWN: Fact<boolean | null> = {
  value: null,
  source: 'rti-law-and-anchors.md A.3: about 2,000 public authorities were aligned by March 2017; the current list is UNCONFIRMED. Check the public-authority dropdown on rtionline.gov.in.',
  confirmed: false,
};

const NOT_IN_SECOND_SCHEDULE = {
  value: false,
  since: null,
  source: 'Not among the Second Schedule entries the docs list: rti-law-and-anchors.md A.1',
  confirmed: true,
} as const;

/** A ministry's Hindi name from the ministry table, with that table's source. */
function hindiOf(ministryId: string): Fact<string> {
  const m = MINISTRIES.find((x) => x.id === ministryId);
  if (!m) throw new Error(`Bug: no ministry ${ministryId} in ministries.ts`);
  return { value: m.hi, source: m.source, confirmed: m.confirmed };
}

const STANDARD_HINDI = 'UNCONFIRMED: the Hindi name in common official use; not read from the body\'s own Hindi page for this app.';

export const AUTHORITIES: ReadonlyArray<Authority> = [
  {
    id: 'mohfw',
    name: 'Ministry of Health and Family Welfare',
    hindiName: hindiOf('mohfw'),
    shortName: 'MoHFW',
    jurisdiction: CENTRAL_MINISTRY,
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: ON_RTI_ONLINE,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: ['Health and Family Welfare', 'Health & Family Welfare'],
    keywords: [/\bCo-?WIN\b/i, /\bMoHFW\b/i, /\bHealth (?:&|and) Family Welfare\b/i, /\bHealth Ministry\b/i, /\bUnion Health\b/i],
    note: 'Owner of the CoWIN portal and the complainant on whose complaint the FIR was registered (CoWIN reply, parliament-procedure.md §5.2); holds its own file notings, minutes and correspondence on the incident.',
  },
  {
    id: 'meity',
    name: 'Ministry of Electronics and Information Technology',
    hindiName: hindiOf('meity'),
    shortName: 'MeitY',
    jurisdiction: CENTRAL_MINISTRY,
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: ON_RTI_ONLINE,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: ['Electronics and Information Technology', 'Electronics & Information Technology'],
    keywords: [/\bMeitY\b/i, /\bElectronics (?:&|and) Information Technology\b/i, /\bIT Ministry\b/i],
    note: 'Answered the Rajya Sabha question of 21 July 2023 (parliament-procedure.md §5.2); CERT-In sits under it. Its own records on the reply and on CERT-In\'s work stay open to RTI.',
  },
  {
    id: 'mha',
    name: 'Ministry of Home Affairs',
    hindiName: hindiOf('mha'),
    shortName: 'MHA',
    jurisdiction: CENTRAL_MINISTRY,
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: ON_RTI_ONLINE,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: ['Home Affairs'],
    keywords: [/\bMHA\b/, /\bHome Affairs\b/i, /\bHome Ministry\b/i, /\bNational Cyber Crime\b/i, /\bI4C\b/],
    note: 'The complaint to the National Cyber Crime cell (Lok Sabha reply of 21 July 2023, parliament-procedure.md §5.2) points here; that the cell sits under MHA is not stated in the docs.',
  },
  {
    id: 'cert-in',
    name: 'Indian Computer Emergency Response Team',
    hindiName: {
      value: 'भारतीय कंप्यूटर आपात प्रतिक्रिया दल',
      source: 'UNCONFIRMED: the name the Hindi text of the Information Technology Act, 2000 (s.70B, as amended in 2008) is understood to use; not read here. Hindi Wikipedia gives "भारतीय कंप्यूटर आपातकालीन प्रतिक्रिया दल" (https://hi.wikipedia.org/wiki/भारतीय_कंप्यूटर_आपातकालीन_प्रतिक्रिया_दल) [SECONDARY]. Check cert-in.org.in.',
      confirmed: false,
    },
    shortName: 'CERT-In',
    jurisdiction: { value: 'central', source: 'rti-law-and-anchors.md A.1 (a central organisation added to the Second Schedule by DoPT)', confirmed: true },
    parentId: 'meity',
    pioAddress: NO_ADDRESS,
    rtiOnline: RTI_ONLINE_UNKNOWN,
    s24: {
      value: true,
      since: '2023-11-24',
      source: 'https://www.thehindu.com/news/national/central-government-exempts-cert-in-from-rti-act/article67569804.ece ; https://thewire.in/government/info-on-cert-in-inclusion-rti-exempt-orgs-is-secret ; rti-law-and-anchors.md A.1 (Second Schedule entry 27, since 24 Nov 2023)',
      confirmed: true,
    },
    ministryNames: [],
    keywords: [/\bCERT[- ]?In\b/i, /\bIndian Computer Emergency Response Team\b/i],
    note: 'Exempt under s.24 since 24 Nov 2023, and information it furnished to a ministry can be withheld too; only allegations of corruption or human-rights violations are open (s.24(1) proviso).',
  },
  {
    id: 'nic',
    name: 'National Informatics Centre',
    hindiName: { value: 'राष्ट्रीय सूचना विज्ञान केंद्र', source: STANDARD_HINDI, confirmed: false },
    shortName: 'NIC',
    jurisdiction: { value: 'central', source: 'Not in /work/shared/docs (NIC is an office under MeitY: UNCONFIRMED here)', confirmed: false },
    parentId: 'meity',
    pioAddress: NO_ADDRESS,
    rtiOnline: RTI_ONLINE_UNKNOWN,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: [],
    keywords: [/\bNIC\b/, /\bNational Informatics Centre\b/i],
    note: 'Hosts much central government IT; its role in CoWIN is not stated in the docs.',
  },
  {
    id: 'nciipc',
    name: 'National Critical Information Infrastructure Protection Centre',
    hindiName: { value: 'राष्ट्रीय महत्वपूर्ण सूचना अवसंरचना संरक्षण केंद्र', source: STANDARD_HINDI, confirmed: false },
    shortName: 'NCIIPC',
    jurisdiction: { value: 'central', source: 'Named in the CoWIN reply as set up by the Government (seed article); parent body not in the docs', confirmed: false },
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: RTI_ONLINE_UNKNOWN,
    s24: {
      value: true,
      since: null,
      source: 'UNCONFIRMED: NCIIPC is commonly described as a unit of NTRO, which is in the Second Schedule (rti-law-and-anchors.md A.1); the docs do not say so',
      confirmed: false,
    },
    ministryNames: [],
    keywords: [/\bNCIIPC\b/, /\bNational Critical Information Infrastructure Protection Centre\b/i],
    note: 'Possibly covered by s.24 through NTRO; treat as likely exempt until checked.',
  },
  {
    id: 'nccc',
    name: 'National Cyber Coordination Centre',
    hindiName: { value: 'राष्ट्रीय साइबर समन्वय केंद्र', source: STANDARD_HINDI, confirmed: false },
    shortName: 'NCCC',
    jurisdiction: { value: 'central', source: 'The CoWIN reply says NCCC was set up by CERT-In (seed article)', confirmed: false },
    parentId: 'cert-in',
    pioAddress: NO_ADDRESS,
    rtiOnline: RTI_ONLINE_UNKNOWN,
    s24: {
      value: true,
      since: '2023-11-24',
      source: 'UNCONFIRMED: set up by CERT-In (seed article), so probably within CERT-In\'s s.24 exemption (rti-law-and-anchors.md A.1)',
      confirmed: false,
    },
    ministryNames: [],
    keywords: [/\bNCCC\b/, /\bNational Cyber Coordination Cent(?:re|er)\b/i],
    note: 'Part of CERT-In per the reply; treat as exempt with CERT-In.',
  },
  {
    id: 'delhi-police',
    name: 'Delhi Police',
    hindiName: { value: 'दिल्ली पुलिस', source: STANDARD_HINDI, confirmed: false },
    shortName: 'Delhi Police',
    jurisdiction: {
      value: 'central',
      source: 'https://rtisathi.com/guides/rti-for-delhi-police (functions under MHA; second appeals to the CIC) [SECONDARY]; rti-law-and-anchors.md A.3 says GNCT Delhi matters are returned by RTI Online, and whether that covers Delhi Police is UNCONFIRMED',
      confirmed: false,
    },
    parentId: 'mha',
    pioAddress: NO_ADDRESS,
    rtiOnline: RTI_ONLINE_UNKNOWN,
    s24: {
      value: false,
      since: null,
      source: 'rti-law-and-anchors.md A.1: the wiki claim that Delhi Police is s.24-exempt is likely wrong (not in the 2013 list, no notification found)',
      confirmed: false,
    },
    ministryNames: [],
    keywords: [/\bDelhi Police\b/i, /\bIFSO\b/, /\bSpecial Cell\b/i],
    note: 'Its Special Cell (IFSO) registered the FIR on the CoWIN leak and arrested a man from Bihar in June 2023 (rti-law-and-anchors.md A.7). Records of the investigation may draw s.8(1)(h).',
  },
  {
    id: 'dopt',
    name: 'Department of Personnel and Training',
    hindiName: hindiOf('dopt'),
    shortName: 'DoPT',
    jurisdiction: CENTRAL_MINISTRY,
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: ON_RTI_ONLINE,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: ['Personnel, Public Grievances and Pensions', 'Personnel, Public Grievances & Pensions'],
    keywords: [/\bDoPT\b/, /\bPersonnel and Training\b/i, /\bSecond Schedule\b/i],
    note: 'Issued the s.24(2) notification adding CERT-In; refused an RTI for the records behind it (rti-law-and-anchors.md A.1). Questions to it are addressed to the PRIME MINISTER (parliament-procedure.md §3.1).',
  },
  {
    id: 'mopa',
    name: 'Ministry of Parliamentary Affairs',
    hindiName: hindiOf('mopa'),
    shortName: 'MoPA',
    jurisdiction: CENTRAL_MINISTRY,
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: ON_RTI_ONLINE,
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: ['Parliamentary Affairs'],
    keywords: [/\bParliamentary Affairs\b/i, /\bOAMS\b/, /\bassurances? monitoring\b/i],
    note: 'Culls assurances from the debates and monitors their fulfilment (OAMS, parliament-procedure.md §4).',
  },
  {
    id: 'gnctd',
    name: 'Government of NCT of Delhi (its departments)',
    hindiName: { value: 'राष्ट्रीय राजधानी क्षेत्र दिल्ली सरकार (उसके विभाग)', source: STANDARD_HINDI, confirmed: false },
    shortName: 'GNCTD',
    jurisdiction: {
      value: 'DL',
      source: 'rti-law-and-anchors.md A.3 (state matters, including GNCT Delhi, filed on RTI Online are returned without refund)',
      confirmed: true,
    },
    parentId: null,
    pioAddress: NO_ADDRESS,
    rtiOnline: {
      value: false,
      source: 'https://www.gktoday.in/current-affairs/e-rti-facility-extended-president-secretariat-mea/ ; rti-law-and-anchors.md A.3',
      confirmed: true,
    },
    s24: NOT_IN_SECOND_SCHEDULE,
    ministryNames: [],
    keywords: [/\bGNCTD\b/, /\bDelhi Government\b/i, /\bGovernment of (?:the )?NCT of Delhi\b/i],
    note: 'File under the Delhi rules, through the Delhi portal (rtionline.delhi.gov.in, per rti-sahayak, UNCONFIRMED) or by post.',
  },
];

export function findAuthority(id: string): Authority | null {
  return AUTHORITIES.find((a) => a.id === id) ?? null;
}

/** The authority a draft names in English, by its full or short name ("Ministry of Health and Family Welfare", "MoHFW"), whatever the case. */
export function authorityNamed(name: string): Authority | null {
  const n = name.trim().toLowerCase();
  if (n === '') return null;
  return AUTHORITIES.find((a) => a.name.toLowerCase() === n || a.shortName.toLowerCase() === n) ?? null;
}
