import { formatDate } from '../../shared/lib/dates/index.ts';
import { type DraftContext, houseName, ministerOf, questionReference } from '../../shared/drafting/draft-context.ts';
import { AUTHORITIES, authorityNamed } from '../authorities/authorities.ts';
import { ministryName } from '../authorities/names.ts';

/**
 * The parliamentary question an RTI appeal cites for the proviso to s.8(1) (what cannot be denied
 * to Parliament cannot be denied to a citizen): the answer the appellate authority's own Ministry
 * gave, where the case knows one. The case follows up one question (the CoWIN example: the Rajya
 * Sabha question MeitY answered); an appeal to another Ministry's appellate authority (the Ministry
 * of Health's) cites that Ministry's own answer of the day, kept in the case as another reply
 * (a case event marked `isReply`, naming its House first: "Lok Sabha: written reply of the Minister
 * of State for Health and Family Welfare ..."). The review of the example pack read the Rajya Sabha
 * question in an appeal to the Ministry of Health as the wrong question.
 */
export function questionRefFor(ctx: DraftContext, authorityId: string | undefined): string {
  const own = questionReference(ctx.q, ctx.lang);
  const authority = AUTHORITIES.find((a) => a.id === authorityId);
  if (!authority || !ctx.q) return own;
  const names = authority.ministryNames.map((n) => n.toLowerCase());
  if (names.includes(ministerOf(ctx.q.ministry).toLowerCase())) return own;
  const reply = (ctx.c.matter.events ?? []).find((e) => e.isReply && names.some((n) => e.event.toLowerCase().includes(n)));
  if (!reply) return own;
  const house = /^\s*Lok Sabha\b/i.test(reply.event) ? 'Lok Sabha' : /^\s*Rajya Sabha\b/i.test(reply.event) ? 'Rajya Sabha' : null;
  if (house === null) return own;
  const date = formatDate(reply.date);
  // The Ministry by name, not "this Ministry": the second appeal carries the same ground to the
  // Commission, for whom "this Ministry" is no one (review 7).
  const by = ctx.lang === 'en' ? `the ${authority.name}` : authority.hindiName.value;
  // The question the case follows up, answered by another Ministry, is cited after it: the matter
  // was raised in both Houses (review 5).
  const also = ctx.lang === 'en'
    ? `; and ${own} by the ${ministryName(ctx.q.ministry, 'en')}`
    : `; तथा ${ministryName(ctx.q.ministry, 'hi')} द्वारा ${own}`;
  // Known only from the press (the example's Lok Sabha reply): an appeal may not rest on a report.
  // The number is a slot the filer fills from the official text of the answer, so a final export
  // waits until someone has read it (review 4); nothing in the filed appeal promises an annexure it
  // does not index (review 5).
  if (reply.secondary) {
    return ctx.lang === 'en'
      ? `${house} Question No. [number, from the official text of the ${house} answer] answered by ${by} on ${date}${also}`
      : `${by} द्वारा ${date} को उत्तरित ${houseName(house, 'hi')} प्रश्न संख्या [${houseName(house, 'hi')} के उत्तर के आधिकारिक पाठ से संख्या]${also}`;
  }
  return ctx.lang === 'en'
    ? `${house} Question answered by ${by} on ${date}${also}`
    : `${by} द्वारा ${date} को उत्तरित ${houseName(house, 'hi')} प्रश्न${also}`;
}

/** The authority an appeal is against: the one its application was addressed to, else by the name it carries. */
export function appealAuthorityId(picked: string | undefined, publicAuthority: string | undefined): string | undefined {
  if (picked) return picked;
  const name = (publicAuthority ?? '').trim();
  // A Hindi appeal names its authority by its Hindi name.
  return (authorityNamed(name) ?? AUTHORITIES.find((a) => name !== '' && a.hindiName.value === name))?.id;
}
