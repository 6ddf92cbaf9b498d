import type { Evidence } from '../domain/analysis.ts';
import type { PartStatus } from '../domain/part-status.ts';
import { replyHeadings } from './answered-together.ts';

/**
 * Whether a follow-up may ask a part again in its own words. LS Rule 41(2)(xiii) and RS Rule
 * 47(xiv) bar a question that repeats in substance one "already answered or to which an answer has
 * been refused"; a part neither answered nor refused may be asked again (`parliament-procedure.md`,
 * linter table row 10). The analyser's "unanswered" alone does not settle that: where the reply has
 * a passage on the part, or a heading that names it ("(c) to (e): …"), the Table Office reads the
 * part as answered, and a notice that asks it again word for word is disallowed (review 16, NHM 08:
 * parts (c) and (g) of LS USQ 712 asked again after the reply's "(c) to (e)" table and "(f) & (g)"
 * link). So the part is asked again only when the user has read the reply and marked it
 * unanswered, or when the reply says nothing on it: no passage was found and no heading names it.
 */
export function mayAskAgain(part: { readonly label: string; readonly status: PartStatus | null; readonly evidence: ReadonlyArray<Evidence>; readonly byUser?: boolean }, replyText: string): boolean {
  if (part.status !== 'unanswered') return false;
  if (part.byUser === true) return true;
  return part.evidence.length === 0 && !replyHeadings(replyText).some((h) => h.labels.includes(part.label));
}
