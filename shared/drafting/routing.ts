import { formatDate } from '../lib/dates/index.ts';
import { AUTHORITIES, findAuthority } from '../../templates/authorities/authorities.ts';
import type { Authority } from '../../templates/authorities/authority.ts';
import { findJurisdiction } from '../../templates/rules/jurisdictions.ts';
import { RTI_ONLINE_CENTRAL_ONLY } from '../../templates/rules/rti-online.ts';
import { S24 } from '../../templates/rules/second-schedule.ts';
import { findAll, quote } from '../lint/text.ts';
import { normaliseMinistry } from '../lib/ministry-name.ts';

export type Route = {
  readonly authority: Authority;
  readonly reason: string;
  readonly warnings: ReadonlyArray<string>;
};

/**
 * Which public authorities hold the records a follow-up needs, best first.
 *
 * The ministry the question was addressed to comes first, then authorities the text names, then
 * the ministries proposed in place of an exempt body; authorities exempt under s.24 (CERT-In since
 * 24 Nov 2023) come last, with a warning, so that a caller taking the first route never files with
 * one. Each route carries warnings on jurisdiction (RTI Online is for central public authorities
 * only, A.3), s.24 (A.1), and facts not yet confirmed.
 */
export function routeAuthorities(input: { ministry: string | null; text: string }): ReadonlyArray<Route> {
  const ministry = typeof input.ministry === 'string' ? input.ministry : '';
  const text = typeof input.text === 'string' ? input.text : '';
  const picked = new Map<string, { authority: Authority; reason: string; rank: number }>();
  const pick = (authority: Authority, reason: string, rank: number): void => {
    if (!picked.has(authority.id)) picked.set(authority.id, { authority, reason, rank });
  };

  if (ministry.trim().length > 0) {
    const addressed = AUTHORITIES.find((a) => a.ministryNames.some((n) => sameMinistry(n, ministry)));
    if (addressed) pick(addressed, `The question was addressed to the Minister of ${ministry.trim()}; the reply was prepared from this Ministry's records.`, 0);
  }

  const mentions = AUTHORITIES
    .map((a) => ({ a, hit: a.keywords.flatMap((re) => findAll(text, re)).sort((x, y) => x.start - y.start)[0] }))
    .filter((m): m is { a: Authority; hit: NonNullable<typeof m.hit> } => m.hit !== undefined)
    .sort((x, y) => x.hit.start - y.hit.start);
  for (const { a, hit } of mentions) pick(a, `The text names it ("${quote(hit.text, 40)}"). ${a.note}`, 1 + hit.start / (text.length + 1));

  // In place of an exempt body: the ministry above it, whose own records stay open to RTI (A.1, A.7).
  for (const { authority } of [...picked.values()]) {
    if (!authority.s24.value) continue;
    const parent = openParent(authority);
    if (parent) pick(parent, `Instead of ${authority.shortName} (s.24): ${parent.shortName}'s own file notings, minutes and correspondence on the matter are open to RTI, unlike information ${authority.shortName} furnished.`, 2);
  }

  return [...picked.values()]
    .sort((x, y) => Number(x.authority.s24.value) - Number(y.authority.s24.value) || x.rank - y.rank)
    .map(({ authority, reason }) => ({ authority, reason, warnings: warningsFor(authority, [...picked.values()].map((p) => p.authority)) }));
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

function warningsFor(a: Authority, all: ReadonlyArray<Authority>): ReadonlyArray<string> {
  const w: string[] = [];
  if (a.s24.value) {
    const instead = all.filter((x) => !x.s24.value && x.jurisdiction.value === 'central' && x.parentId === null).map((x) => x.shortName);
    const since = a.s24.since ? ` since ${formatDate(a.s24.since)}` : '';
    w.push(
      `${a.s24.confirmed ? `${a.name} is exempt` : `${a.name} is probably exempt (unconfirmed)`} under ${S24.implements}${since}: the Act does not apply to it, nor to information it furnished to a ministry. ${S24.proviso}`
      + ` Ask ${instead.length > 0 ? instead.join(' and ') : 'the ministry concerned'} for ${instead.length > 1 ? 'their' : 'its'} own records instead (source: ${a.s24.source}).`,
    );
  }
  const j = a.jurisdiction.value;
  if (j !== 'central') {
    const state = findJurisdiction(j);
    w.push(
      `${a.name} is a ${state?.name ?? j} public authority: file under that State's RTI rules${state?.portal ? ` (portal: ${state.portal.url}${state.portal.confirmed ? '' : ', unconfirmed'})` : ''}, not on RTI Online, which takes central public authorities only and returns state matters without refund (source: ${RTI_ONLINE_CENTRAL_ONLY.source}).`,
    );
  }
  if (!a.jurisdiction.confirmed) {
    w.push(`Whether ${a.name} is a central or a state public authority is not confirmed (${a.jurisdiction.source}). Check before choosing RTI Online.`);
  }
  if (j === 'central' && !a.s24.value) {
    if (a.rtiOnline.value === null) w.push(`Whether RTI Online serves ${a.name} is not confirmed: check its public-authority list, or file by post.`);
    else if (a.rtiOnline.value === false) w.push(`${a.name} is not on RTI Online: file by post.`);
  }
  if (a.pioAddress.value.trim().length === 0) {
    w.push(`No PIO address on file for ${a.name}: take it from its RTI page before filing by post.`);
  }
  return w;
}

function sameMinistry(a: string, b: string): boolean {
  const x = normaliseMinistry(a);
  const y = normaliseMinistry(b);
  return x.length > 0 && x === y;
}
