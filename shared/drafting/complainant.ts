import { AUTHORITIES } from '../../templates/authorities/authorities.ts';
import { COMPLAINANT_RULE } from '../../templates/rules/complainant.ts';

/**
 * The Ministry that lodged the complaint, as a notice names it after "Minister of" ("Health and
 * Family Welfare"), when one of the replies says so and the authority table knows the name; else null.
 */
export function complainantMinistry(replies: ReadonlyArray<string>): string | null {
  for (const text of replies) {
    for (const re of COMPLAINANT_RULE.said) {
      const named = re.exec(text)?.[1]?.trim().replace(/^the\s+/i, '');
      if (!named) continue;
      const ministry = ministryCalled(named);
      if (ministry !== null) return ministry;
    }
  }
  return null;
}

/** A Ministry in the authority table by its short name ("MoHFW"), its name or a name a reply uses for it. */
function ministryCalled(named: string): string | null {
  const key = named.toLowerCase().replace(/^ministry of\s+/, '');
  const found = AUTHORITIES.find((a) => a.ministryNames.length > 0 && (
    a.shortName.toLowerCase() === key
    || a.name.toLowerCase().replace(/^ministry of\s+/, '') === key
    || a.ministryNames.some((m) => m.toLowerCase() === key)));
  return found?.ministryNames[0] ?? null;
}
