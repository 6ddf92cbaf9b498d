import { formatDate } from '../lib/dates/index.ts';
import { authorityName } from '../../templates/authorities/names.ts';
import { AUTHORITIES, findAuthority } from '../../templates/authorities/authorities.ts';
import type { Authority } from '../../templates/authorities/authority.ts';
import { findJurisdiction } from '../../templates/rules/jurisdictions.ts';
import { RTI_ONLINE_CENTRAL_ONLY } from '../../templates/rules/rti-online.ts';
import { SYSTEM_OWNERS } from '../../templates/rules/system-owners.ts';
import { ROUTING_TEXT, type RoutingKey } from '../../templates/phrases/routing-messages.ts';
import type { Language } from '../domain/draft.ts';
import { findAll, quote } from '../lint/text.ts';
import { normaliseMinistry } from '../lib/ministry-name.ts';
import { fill } from './suggest/fill.ts';

export type Route = {
  readonly authority: Authority;
  /** In the language asked for. */
  readonly reason: string;
  /** In the language asked for. */
  readonly warnings: ReadonlyArray<string>;
};

/**
 * What the routing's sentences call an authority and a State in one language. Hindi uses the
 * authorities' official Hindi names from their data (`templates/authorities/`); States keep the
 * names the jurisdiction table gives. A caller may pass other names as `hindiNames`.
 */
export type RouteNames = {
  readonly authority: (a: Authority) => { readonly name: string; readonly shortName: string; readonly note: string | null };
  readonly state: (code: string) => string;
};

const ENGLISH_NAMES: RouteNames = {
  authority: (a) => ({ name: a.name, shortName: a.shortName, note: a.note }),
  state: (code) => findJurisdiction(code)?.name ?? code,
};

// The official Hindi name (templates/authorities), also where English would use the short form;
// the authority's note is English prose, so a Hindi reason leaves it out.
const HINDI_NAMES: RouteNames = {
  authority: (a) => ({ name: authorityName(a, 'hi'), shortName: authorityName(a, 'hi'), note: null }),
  state: ENGLISH_NAMES.state,
};

/**
 * Which public authorities hold the records a follow-up needs, best first.
 *
 * The ministry the question was addressed to comes first, then authorities the text names, then
 * the ministries proposed in place of an exempt body; authorities exempt under s.24 (CERT-In since
 * 24 Nov 2023) come last, with a warning, so that a caller taking the first route never files with
 * one. Each route carries warnings on jurisdiction (RTI Online is for central public authorities
 * only, A.3), s.24 (A.1), and facts not yet confirmed, written in `language` (default English).
 */
export function routeAuthorities(input: { ministry: string | null; text: string; language?: Language; hindiNames?: RouteNames }): ReadonlyArray<Route> {
  const ministry = typeof input.ministry === 'string' ? input.ministry : '';
  const text = typeof input.text === 'string' ? input.text : '';
  const lang: Language = input.language === 'hi' ? 'hi' : 'en';
  const names: RouteNames = lang === 'en' ? ENGLISH_NAMES : (input.hindiNames ?? HINDI_NAMES);
  const say = (key: RoutingKey, vars: Readonly<Record<string, string>> = {}): string => fill(ROUTING_TEXT[key][lang], vars);
  const picked = new Map<string, { authority: Authority; reason: string; rank: number }>();
  const pick = (authority: Authority, reason: string, rank: number): void => {
    if (!picked.has(authority.id)) picked.set(authority.id, { authority, reason, rank });
  };

  if (ministry.trim().length > 0) {
    const addressed = AUTHORITIES.find((a) => a.ministryNames.some((n) => sameMinistry(n, ministry)));
    // In English the ministry as the question names it; in Hindi the authority's Hindi name.
    if (addressed) pick(addressed, say('addressed', { ministry: lang === 'en' ? ministry.trim() : names.authority(addressed).name }), 0);
  }

  // A system the text names: its owner holds the system's records (s.6(1); a request to another
  // authority is only transferred, s.6(3)), so it comes before authorities merely mentioned.
  for (const system of SYSTEM_OWNERS) {
    const hit = system.names.flatMap((re) => findAll(text, re)).sort((x, y) => x.start - y.start)[0];
    const owner = hit ? findAuthority(system.authorityId) : null;
    if (hit && owner) pick(owner, say('owner', { quote: quote(hit.text, 40), unconfirmed: system.confirmed ? '' : say('ownerUnconfirmed') }), 0.5);
  }

  const mentions = AUTHORITIES
    .map((a) => ({ a, hit: a.keywords.flatMap((re) => findAll(text, re)).sort((x, y) => x.start - y.start)[0] }))
    .filter((m): m is { a: Authority; hit: NonNullable<typeof m.hit> } => m.hit !== undefined)
    .sort((x, y) => x.hit.start - y.hit.start);
  for (const { a, hit } of mentions) {
    const note = names.authority(a).note;
    pick(a, `${say('named', { quote: quote(hit.text, 40) })}${note ? ` ${note}` : ''}`, 1 + hit.start / (text.length + 1));
  }

  // In place of an exempt body: the ministry above it, whose own records stay open to RTI (A.1, A.7).
  for (const { authority } of [...picked.values()]) {
    if (!authority.s24.value) continue;
    const parent = openParent(authority);
    if (parent) pick(parent, say('instead', { exempt: names.authority(authority).shortName, parent: names.authority(parent).shortName }), 2);
  }

  return [...picked.values()]
    .sort((x, y) => Number(x.authority.s24.value) - Number(y.authority.s24.value) || x.rank - y.rank)
    .map(({ authority, reason }) => ({ authority, reason, warnings: warningsFor(authority, [...picked.values()].map((p) => p.authority), say, names) }));
}

/** The nearest ancestor not itself exempt (NCCC -> CERT-In -> MeitY). */
function openParent(a: Authority): Authority | null {
  let current: Authority | null = a;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const parent: Authority | null = current.parentId ? findAuthority(current.parentId) : null;
    if (parent && !parent.s24.value) return parent;
    current = parent;
  }
  return null;
}

type Say = (key: RoutingKey, vars?: Readonly<Record<string, string>>) => string;

function warningsFor(a: Authority, all: ReadonlyArray<Authority>, say: Say, names: RouteNames): ReadonlyArray<string> {
  const w: string[] = [];
  const name = names.authority(a).name;
  const sourced = (source: string): string => {
    const urls = publicAddresses(source);
    return urls.length > 0 ? say('source', { source: urls.join(' ; ') }) : '';
  };
  if (a.s24.value) {
    const instead = all.filter((x) => !x.s24.value && x.jurisdiction.value === 'central' && x.parentId === null).map((x) => names.authority(x).shortName);
    const since = a.s24.since ? say('s24Since', { date: formatDate(a.s24.since) }) : '';
    const head = say(a.s24.confirmed ? 's24Exempt' : 's24Probable', { name, law: say('s24Law'), since });
    const ask = say(instead.length > 1 ? 'askMany' : instead.length === 1 ? 'askOne' : 'askNone', { instead: instead.join(say('and')), sourced: sourced(a.s24.source) });
    w.push(`${head} ${say('s24Proviso')} ${ask}`);
  }
  const j = a.jurisdiction.value;
  if (j !== 'central') {
    const portal = findJurisdiction(j)?.portal;
    w.push(say('state', {
      name,
      state: names.state(j),
      portal: portal ? say(portal.confirmed ? 'portal' : 'portalUnconfirmed', { url: portal.url }) : '',
      sourced: sourced(RTI_ONLINE_CENTRAL_ONLY.source),
    }));
  }
  if (!a.jurisdiction.confirmed) w.push(say('jurisdictionUnconfirmed', { name, sourced: sourced(a.jurisdiction.source) }));
  if (j === 'central' && !a.s24.value) {
    if (a.rtiOnline.value === null) w.push(say('rtiOnlineUnknown', { name }));
    else if (a.rtiOnline.value === false) w.push(say('notOnRtiOnline', { name }));
  }
  if (a.pioAddress.value.trim().length === 0) w.push(say('noPio', { name }));
  return w;
}

/**
 * The web addresses a fact's source names. Sources also cite the project's research notes, which
 * are no business of the user's (and are English prose): only the public addresses are shown.
 */
function publicAddresses(source: string): ReadonlyArray<string> {
  return [...source.matchAll(/https?:\/\/[^\s;,()]+/g)].map((m) => m[0].replace(/[.)]+$/, ''));
}

function sameMinistry(a: string, b: string): boolean {
  const x = normaliseMinistry(a);
  const y = normaliseMinistry(b);
  return x.length > 0 && x === y;
}
