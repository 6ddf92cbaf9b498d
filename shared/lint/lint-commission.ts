import type { Draft } from '../domain/draft.ts';
import { fieldValue } from '../domain/draft.ts';
import { COMMISSION_OVERLAP } from '../../templates/rules/commission-overlap.ts';
import type { Finding } from './finding.ts';
import { msg } from '../messages/message.ts';

type CommissionKind = 'rti-second-appeal' | 'rti-complaint';
const isCommissionKind = (kind: Draft['kind']): kind is CommissionKind => kind === 'rti-second-appeal' || kind === 'rti-complaint';

/** The application a paper to the Commission is about: its authority, and its number or date. */
function sameApplication(a: Draft, b: Draft): boolean {
  const v = (d: Draft, key: 'publicAuthority' | 'applicationRef' | 'applicationDate'): string => (fieldValue(d, key) ?? '').trim().toLowerCase();
  if (v(a, 'publicAuthority') !== v(b, 'publicAuthority')) return false;
  const ref = v(a, 'applicationRef');
  if (ref !== '' && ref === v(b, 'applicationRef')) return true;
  const date = v(a, 'applicationDate');
  return date !== '' && date === v(b, 'applicationDate');
}

/**
 * A second appeal and a complaint to the Commission on the same application, both in the case: the
 * second appeal's declaration that nothing else is pending would be untrue (commission-overlap.ts).
 * Said on either paper. Never throws.
 */
export function lintCommissionOverlap(draft: Draft, drafts: ReadonlyArray<Draft>): ReadonlyArray<Finding> {
  if (!isCommissionKind(draft.kind)) return [];
  const other: CommissionKind = draft.kind === 'rti-second-appeal' ? 'rti-complaint' : 'rti-second-appeal';
  if (!drafts.some((d) => d.id !== draft.id && d.kind === other && sameApplication(draft, d))) return [];
  const rule = COMMISSION_OVERLAP;
  return [{
    ruleId: rule.id,
    severity: 'warning',
    cite: rule.cite,
    message: msg(other === 'rti-complaint' ? 'lint.commission.withComplaint' : 'lint.commission.withSecondAppeal'),
    detail: null,
    source: rule.source,
    confirmed: rule.confirmed,
  }];
}
