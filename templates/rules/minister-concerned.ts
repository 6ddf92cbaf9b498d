import type { Message } from '../../shared/messages/message.ts';
import { SYSTEM_ASPECTS, systemAskedAbout } from './system-owners.ts';

/**
 * Matters one Minister answers for whatever the reply's Ministry: a question is asked "on a matter
 * of public importance within the special cognizance of the Minister to whom it is addressed"
 * (Lok Sabha Rule 41(1), parliament-procedure.md §1.5). A notice to the Minister of Electronics and
 * IT that asks who was arrested asks the wrong Minister: the Table Office would send the part to
 * the Minister concerned or strike it.
 *
 * Used twice: a new notice keeps only the parts its Minister answers for (`gapsForNotice`), and the
 * checks flag a part typed into a notice to another Minister (`lintQuestion`).
 */
export type ConcernRule = {
  readonly id: string;
  /** The Ministry whose Minister answers, as a notice names it after "Minister of". */
  readonly ministry: string;
  readonly patterns: ReadonlyArray<RegExp>;
  /** Why this Minister, for the finding. */
  readonly message: Message;
  readonly source: string;
  readonly confirmed: boolean;
};

export const CONCERN_RULES: ReadonlyArray<ConcernRule> = [
  {
    id: 'police-investigation',
    ministry: 'Home Affairs',
    // Arrests and chargesheets are the investigating police's acts; the FIR's number a complainant
    // Ministry knows, so an FIR alone is not matched.
    patterns: [/\barrest(?:ed|s)?\b/i, /\bcharge[- ]?sheet(?:ed|s)?\b/i, /\bstage of (?:the )?(?:police )?investigation\b/i, /गिरफ़?्तार/, /आरोप[- ]?पत्र/],
    message: { key: 'lint.pq.concernPolice', params: {} },
    source: 'Delhi Police and the central police organisations function under the Ministry of Home Affairs: https://rtisathi.com/guides/rti-for-delhi-police [SECONDARY]; a State\'s police are a State subject (parliament-procedure.md linter table row 9)',
    confirmed: false,
  },
];

/**
 * The first rule a part's text falls under, or null: a matter one Minister answers for (the
 * police), else a system's audit, security or data, which its owner's Minister answers for
 * (`system-owners.ts`). `patterns` are what the finding marks in the part, the aspect first.
 */
export function concernOf(text: string): ConcernRule | null {
  const matter = CONCERN_RULES.find((r) => r.patterns.some((re) => re.test(text)));
  if (matter) return matter;
  const system = systemAskedAbout(text);
  if (system === null) return null;
  return {
    id: `system-owner-${system.id}`,
    ministry: system.ministry,
    patterns: [...SYSTEM_ASPECTS, ...system.names],
    message: { key: 'lint.pq.concernSystem', params: { owner: system.owner } } satisfies Message,
    source: system.source,
    confirmed: system.confirmed,
  };
}
