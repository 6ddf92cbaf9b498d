import { FOLLOW_UP_FACETS } from '../../templates/rules/follow-ups.ts';
import { isOpenForFollowUp, type PartStatus } from '../domain/part-status.ts';
import { matchesAny } from '../lint/text.ts';
import { FACET_CLAIMS, FACET_WITHHELD, type Gap } from './gaps.ts';

/**
 * What each open part was left without, for the points table's "Left open" column.
 *
 * A gap (`gaps.ts`) is a sentence of the reply that stepped round something, with what it
 * withholds. Read for a notice, it goes wherever its sentence was quoted. Read against the
 * question, it belongs to the part whose own ask it speaks to (the part's facets,
 * `follow-ups.ts`): a list of safeguards quoted for "a plan to contain the leaked data" does not
 * make the safeguards' audit that part's gap, and "coordinated incident response" quoted for the
 * investigation part is the containment part's gap (review 4 of the CoWIN pack found both
 * cross-wired). A gap on an ask another part made and the reply met is left open for no part.
 * A part's ask no gap speaks to is named in the facet's own words ("whether responsibility has
 * been fixed, or on whom"), so the column never leaves out what the part asked.
 */
export type LeftOpen = {
  /** "It does not say …" items, in order, each written once in the table. */
  readonly withheld: ReadonlyArray<string>;
  /** The same items in Hindi, one for one ("इसमें यह नहीं बताया गया कि …"). */
  readonly withheldHi: ReadonlyArray<string>;
  /** Earlier parts whose "Left open" applies here too. */
  readonly seeAlso: ReadonlyArray<string>;
};

export type LeftOpenPart = { readonly label: string; readonly text: string; readonly status: PartStatus | null };

/**
 * The ask itself, without an "if not, the reasons" branch: that branch is owed only if the
 * condition failed, and a part read for what it was left without is read for its main ask.
 */
function mainAsk(text: string): string {
  const cut = /,?\s*(?:and\s*,?\s*)?if not\b/i.exec(text);
  return cut ? text.slice(0, cut.index) : text;
}

function facetsOf(text: string): ReadonlyArray<string> {
  const ask = mainAsk(text);
  return FOLLOW_UP_FACETS.filter((f) => matchesAny(ask, f.patterns)).map((f) => f.id);
}

const claimsOf = (g: Gap): ReadonlyArray<string> => g.id.split('+');
const speaksTo = (g: Gap, facet: string): boolean => claimsOf(g).some((c) => (FACET_CLAIMS[facet] ?? []).includes(c));

export function leftOpenByPart(parts: ReadonlyArray<LeftOpenPart>, gaps: ReadonlyArray<Gap>): ReadonlyMap<string, LeftOpen> {
  const facets = new Map(parts.map((p) => [p.label, facetsOf(p.text)] as const));
  const open = parts.filter((p) => p.status !== null && isOpenForFollowUp(p.status));
  const owners = (g: Gap): ReadonlyArray<string> => {
    const asking = parts.filter((p) => (facets.get(p.label) ?? []).some((f) => speaksTo(g, f)));
    if (asking.length > 0) return asking.filter((p) => open.includes(p)).map((p) => p.label);
    return g.forParts.filter((l) => open.some((p) => p.label === l));
  };
  const gapOwners = new Map(gaps.map((g) => [g, owners(g)] as const));
  const writtenBy = new Map<Gap, string>();
  const phrases = new Set<string>();
  const out = new Map<string, LeftOpen>();
  for (const part of open) {
    const withheld: string[] = [];
    const withheldHi: string[] = [];
    const seeAlso = new Set<string>();
    const mine = gaps.filter((g) => (gapOwners.get(g) ?? []).includes(part.label));
    const take = (g: Gap): boolean => {
      const earlier = writtenBy.get(g);
      if (earlier !== undefined) {
        if (earlier !== part.label) seeAlso.add(earlier);
        return earlier === part.label;
      }
      if (phrases.has(g.withheld)) return false;
      writtenBy.set(g, part.label);
      phrases.add(g.withheld);
      withheld.push(g.withheld);
      withheldHi.push(g.withheldHi);
      return true;
    };
    // Facet by facet, in the order the part asks them; then the gaps of passages no facet names.
    for (const facet of facets.get(part.label) ?? []) {
      const onFacet = mine.filter((g) => speaksTo(g, facet));
      const fresh = onFacet.map(take).some(Boolean);
      const phrase = FACET_WITHHELD[facet];
      if (fresh || phrase === undefined || phrases.has(phrase.en)) continue;
      // Said already for an earlier part that asked the same thing: pointing back is enough.
      if (onFacet.some((g) => (facets.get(writtenBy.get(g) ?? '') ?? []).includes(facet))) continue;
      phrases.add(phrase.en);
      withheld.push(phrase.en);
      withheldHi.push(phrase.hi);
    }
    for (const g of mine) take(g);
    out.set(part.label, { withheld, withheldHi, seeAlso: [...seeAlso] });
  }
  return out;
}
