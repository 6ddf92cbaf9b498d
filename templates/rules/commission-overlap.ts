import type { CitedFact } from './fact.ts';

/**
 * One application, one proceeding before the Commission. A second appeal (s.19(3)) ends with the
 * appellant's declaration that no other appeal or complaint on the matter is pending before the
 * Commission (the Commission's appeal form, rti-law-and-anchors.md A.3; its wording UNCONFIRMED):
 * a complaint under s.18 on the same application, filed beside it, makes that untrue. The second
 * appeal can itself ask for the penalty of s.20, so it is the one to file. The review of the
 * example pack found the two papers dated the same day on the same application.
 */
export const COMMISSION_OVERLAP: CitedFact = {
  id: 'commission-one-proceeding',
  cite: { key: 'cite.commissionOverlap', params: {} },
  source: 'RTI Act 2005 s.18, s.19(3), s.20 (rti-law-and-anchors.md A.1); the declaration of the Commission\'s appeal form (A.3, wording UNCONFIRMED)',
  confirmed: false,
};
