import type { Message } from '../../shared/messages/message.ts';

/**
 * Government IT systems and the ministry that owns each: a question about a system's audit,
 * security or data is "within the special cognizance" (Lok Sabha Rule 41(1),
 * `parliament-procedure.md` §1.5) of the Minister whose ministry runs it, and an RTI request for
 * its audit reports or orders goes to the public authority that holds them (RTI Act s.6(1), s.6(3):
 * a request for records another authority holds is transferred, `rti-law-and-anchors.md` A.1).
 * Another ministry that answered a question on the system (MeitY, for CERT-In's part in an incident)
 * does not hold the system's audit reports.
 *
 * Used by `minister-concerned.ts` (a notice's parts, and the `pq-minister-concerned` check) and by
 * `shared/drafting/records.ts` (which authority holds the system's records).
 */
export type SystemOwner = {
  readonly id: string;
  /** How a text names the system. */
  readonly names: ReadonlyArray<RegExp>;
  /** The owning ministry as a notice names it after "Minister of", and as `ministries.ts` knows it. */
  readonly ministry: string;
  /** The owner in `templates/authorities/authorities.ts`. */
  readonly authorityId: string;
  /** "the CoWIN portal, a system of the Ministry of ...", in the interface language (`lint.owner.*`). */
  readonly owner: Message;
  readonly source: string;
  readonly confirmed: boolean;
};

/**
 * What makes a part about the system itself rather than about the incident that befell it: "the
 * CoWIN data breach" is the matter (any Minister who answered on it may be asked about it);
 * "the security audit of the CoWIN portal" or "the APIs of the CoWIN portal" is the owner's.
 */
export const SYSTEM_ASPECTS: ReadonlyArray<RegExp> = [
  /\baudit(?:ed|s|ing|or|ors)?\b/i,
  /\bsecurity (?:of|measures|safeguards|review|controls)\b/i,
  /\bvulnerabilit(?:y|ies)\b/i,
  /\bAPIs?\b/,
  /\bdatabases?\b/i,
  /\bsafeguards?\b/i,
  /\bdata (?:held|stored|kept|of (?:the )?(?:beneficiaries|users|citizens))\b/i,
  /ऑडिट|लेखा-?परीक्षा/,
  /सुरक्षा/,
  /एपीआई/,
  /डेटाबेस/,
];

export const SYSTEM_OWNERS: ReadonlyArray<SystemOwner> = [
  {
    id: 'cowin',
    names: [/\bCo-?WIN\b/i, /को-?विन/],
    ministry: 'Health and Family Welfare',
    authorityId: 'mohfw',
    owner: { key: 'lint.owner.cowin', params: {} },
    // Both are the Government's own words, read only as the press quotes them: the Rajya Sabha
    // reply of 21.07.2023 ("CoWIN portal of the Ministry of Health & Family Welfare", quoted by
    // MediaNama) and the Ministry's statement of 12.06.2023 ("the Co-WIN portal of the Union health
    // Ministry"). No official page of the Ministry was read for it, hence UNCONFIRMED.
    source: 'UNCONFIRMED (secondary): Rajya Sabha reply of 21.07.2023 as quoted by MediaNama, https://www.medianama.com/2023/07/223-cowin-data-breach-investigation-govt-response-rajya-sabha/ ("CoWIN portal of the Ministry of Health & Family Welfare"); the Ministry\'s statement of 12.06.2023 as reported (parliament-procedure.md §5.2; rti-law-and-anchors.md A.7)',
    confirmed: false,
  },
];

/** The system a text names, or null. */
export function systemNamedIn(text: string): SystemOwner | null {
  return SYSTEM_OWNERS.find((s) => s.names.some((re) => re.test(text))) ?? null;
}

/** The system a part asks about in itself (its audit, security, APIs or data), or null. */
export function systemAskedAbout(text: string): SystemOwner | null {
  const system = systemNamedIn(text);
  return system !== null && SYSTEM_ASPECTS.some((re) => re.test(text)) ? system : null;
}
