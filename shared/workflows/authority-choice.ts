import type { Draft, Language } from '../domain/draft.ts';
import { retargetDraft, type RetargetTo } from '../drafting/retarget.ts';
import { findAddress } from '../../templates/authorities/addresses.ts';
import { AUTHORITIES } from '../../templates/authorities/authorities.ts';
import type { Authority } from '../../templates/authorities/authority.ts';
import { authorityName } from '../../templates/authorities/names.ts';
import { findJurisdiction } from '../../templates/rules/jurisdictions.ts';

/**
 * Choosing the public authority an RTI draft goes to (the routing panel): the authorities the
 * app knows, and a draft readdressed to one of them with its CPIO's address and State.
 */
export type { Authority };

export function knownAuthorities(): ReadonlyArray<Authority> {
  return AUTHORITIES;
}

export function authorityById(id: string): Authority | null {
  return AUTHORITIES.find((a) => a.id === id) ?? null;
}

/** A jurisdiction's name as the templates print it ("the Right to Information Rules of {state}"), or its code. */
export function jurisdictionName(code: string): string {
  return findJurisdiction(code)?.name ?? code;
}

/** The State's name as the templates print it; '' for a central authority. */
export function stateOf(a: Authority): string {
  const code = a.jurisdiction.value;
  return code === 'central' ? '' : jurisdictionName(code);
}

/** The CPIO's address from the sourced address book (templates/authorities/addresses.ts), else the authority's own fact; in Devanagari for a Hindi draft. */
export function pioAddressOf(a: Authority, lang: Language = 'en'): string {
  return findAddress(a.id, 'pio', {}, lang)?.text ?? a.pioAddress.value;
}

/** Whether the CPIO address shown is confirmed by its source. */
export function pioAddressFact(a: Authority): { readonly confirmed: boolean } {
  return { confirmed: findAddress(a.id, 'pio')?.entry?.confirmed ?? a.pioAddress.confirmed };
}

/** Where a draft in `lang` goes: a Hindi draft names the authority by its official Hindi name. */
export function targetFor(a: Authority, pioAddress: string = pioAddressOf(a), lang: Language = 'en'): RetargetTo {
  return { authorityId: a.id, name: authorityName(a, lang), pioAddress, state: stateOf(a) };
}

/** The draft readdressed to `a`: its name, CPIO address and State replace the old ones, in the draft's language. */
export function readdress(draft: Draft, a: Authority): Draft {
  return retargetDraft(draft, targetFor(a, pioAddressOf(a, draft.language), draft.language));
}
