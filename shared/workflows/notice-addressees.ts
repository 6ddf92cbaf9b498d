import { CONCERN_RULES } from '../../templates/rules/minister-concerned.ts';

/**
 * Whom a new question notice may be addressed to: the Minister who gave the reply, or a Minister
 * who answers for some of what it left open (`minister-concerned.ts`: the police's part goes to the
 * Minister of Home Affairs, Lok Sabha Rule 41(1)). The form offers these; the notice then carries
 * only the parts that Minister answers for.
 */
export type NoticeAddressee = { readonly id: 'reply' | (typeof CONCERN_RULES)[number]['id']; readonly ministry: string | null };

export const NOTICE_ADDRESSEES: ReadonlyArray<NoticeAddressee> = [
  { id: 'reply', ministry: null },
  ...CONCERN_RULES.map((r) => ({ id: r.id, ministry: r.ministry })),
];
