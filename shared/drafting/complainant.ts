import { AUTHORITIES, authorityNamed } from '../../templates/authorities/authorities.ts';
import { englishMinistryName } from '../../templates/authorities/names.ts';
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

/**
 * A Ministry in the authority table by its short name ("MoHFW") or its name, with or without
 * "Ministry of" (`authorityNamed`), else by a name a reply uses for it ("Health & Family Welfare").
 */
function ministryCalled(named: string): string | null {
  const bare = named.toLowerCase().replace(/^ministry of\s+/, '');
  const found = authorityNamed(named) ?? authorityNamed(englishMinistryName(named))
    ?? AUTHORITIES.find((a) => a.ministryNames.some((m) => m.toLowerCase() === bare));
  return found?.ministryNames[0] ?? null;
}
