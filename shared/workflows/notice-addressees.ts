import { CONCERN_RULES } from '../../templates/rules/minister-concerned.ts';
import { SYSTEM_OWNERS, systemNamedIn } from '../../templates/rules/system-owners.ts';
import type { Case } from '../domain/case.ts';

/**
 * Whom a new question notice may be addressed to: the Minister who gave the reply, or a Minister
 * who answers for some of what it left open (`minister-concerned.ts`: the police's part goes to the
 * Minister of Home Affairs, Lok Sabha Rule 41(1)). The form offers these; the notice then carries
 * only the parts that Minister answers for.
 */
export type NoticeAddressee = { readonly id: string; readonly ministry: string | null };

/**
 * The owner of a system the case names gets its own choice too (`system-owners.ts`): the notice to
 * the Minister of Health then carries the CoWIN portal's audit, which the notice to MeitY leaves out.
 * Ids are `system-owner-<system>`, as `concernOf` names the rule.
 */
export const NOTICE_ADDRESSEES: ReadonlyArray<NoticeAddressee> = [
  { id: 'reply', ministry: null },
  ...CONCERN_RULES.map((r) => ({ id: r.id, ministry: r.ministry })),
  ...SYSTEM_OWNERS.map((s) => ({ id: `system-owner-${s.id}`, ministry: s.ministry })),
];

/** What of a case the choices depend on: its texts, which a save or an edit elsewhere leaves as they are. */
export type NamingParts = Pick<Case, 'title' | 'question' | 'sources'>;

/** The choices for a case: the system owners only where the case's question or texts name the system. */
export function noticeAddresseesFor(c: NamingParts): ReadonlyArray<NoticeAddressee> {
  const texts = [c.title, c.question?.subject ?? '', ...(c.question?.parts ?? []).map((p) => p.text), ...c.sources.map((s) => s.text)];
  const named = new Set(texts.map(systemNamedIn).flatMap((s) => (s ? [`system-owner-${s.id}`] : [])));
  return NOTICE_ADDRESSEES.filter((a) => !a.id.startsWith('system-owner-') || named.has(a.id));
}
