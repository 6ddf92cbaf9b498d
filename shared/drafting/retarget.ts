import { isRtiDraft, withFields, type Draft } from '../domain/draft.ts';

/** A public authority an RTI draft is addressed to. */
export type RetargetTo = {
  readonly authorityId: string | null;
  readonly name: string;
  readonly pioAddress: string;
  /** The State, for a State public authority ('' for a central one): the templates' `state` field. */
  readonly state: string;
};

/**
 * The draft addressed to another authority: its name, its PIO's address and its State.
 *
 * The points name the authority whose records they ask for ("the orders by which the Ministry of
 * X examined ..."; `newDraft`'s record points), so the old authority's name inside the points is
 * replaced by the new one: each authority is asked for its own records (rti-law-and-anchors.md
 * A.1, A.7: a ministry's own file notings and correspondence stay open when CERT-In's do not).
 * Used by the authority picker and by the batch export, so both address a draft the same way.
 * Only an RTI draft has a public authority; any other comes back as it was.
 */
export function retargetDraft<D extends Draft>(draft: D, to: RetargetTo): D {
  if (!isRtiDraft(draft)) return draft;
  const original = (draft.fields.publicAuthority ?? '').trim();
  const name = to.name.trim();
  const points = original.length > 0 && name.length > 0 && original !== name ? draft.points.map((p) => p.split(original).join(name)) : [...draft.points];
  const readdressed = withFields(draft, {
    publicAuthority: name,
    pioAddress: to.pioAddress,
    state: to.state.trim().length > 0 ? to.state.trim() : undefined,
    authorityId: to.authorityId ? to.authorityId : undefined,
  });
  return { ...readdressed, points };
}
