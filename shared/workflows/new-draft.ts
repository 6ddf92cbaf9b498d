import type { Case } from '../domain/case.ts';
import type { DraftKind, DraftOf, Language } from '../domain/draft.ts';
import type { Profile } from '../domain/profile.ts';
import { draftContext, dropEmpty, listedSubject, type DraftContext } from '../drafting/draft-context.ts';
import { TEMPLATES } from '../../templates/documents/index.ts';
import { generatedNameIn, portfolioName } from '../../templates/authorities/names.ts';
import { shippedAddressIn } from '../../templates/authorities/addresses.ts';

/**
 * Create a draft of `kind` from a case: fields prefilled from the question, the reply, earlier
 * drafts and the user's profile; points proposed for the chosen parts.
 * The fields and points are the template's own `prefill` (templates/documents/*), beside its render.
 */
export function newDraft<K extends DraftKind>(
  kind: K,
  c: Case,
  opts: { parts: ReadonlyArray<string>; language: Language; profile: Profile; now: string; id: string; replyId?: string; authorityId?: string; ministry?: string },
): DraftOf<K> {
  const ctx = draftContext(c, opts);
  const { fields, points } = TEMPLATES[kind].prefill(ctx);
  // Each template's `prefill` gives its own kind's fields, which TypeScript cannot follow through
  // the generic `K` (TEMPLATES pairs each kind with its own template, checked in index.ts).
  const draft = {
    id: opts.id,
    kind,
    title: titleFor(kind, ctx),
    language: opts.language,
    createdAt: opts.now,
    updatedAt: opts.now,
    forParts: [...ctx.parts.map((p) => p.label)],
    fields: dropEmpty(inLanguage(fields, ctx.lang)),
    points: [...points],
  };
  return draft as DraftOf<K>;
}

/**
 * The generated names in the draft's language: a Hindi draft names the authority and the Minister
 * in Hindi (templates/authorities/names.ts), and a shipped address in Devanagari, also where the
 * prefill carried an English draft's or the tracker's English text. Only here, at creation: what the user types later stays as typed.
 */
type NamedFields = { readonly publicAuthority?: string; readonly ministry?: string; readonly pioAddress?: string; readonly faaAddress?: string; readonly commissionAddress?: string };

function inLanguage<F extends NamedFields>(fields: F, lang: Language): F {
  if (lang === 'en') return fields;
  const addresses = (['pioAddress', 'faaAddress', 'commissionAddress'] as const).flatMap((k) => {
    const v = fields[k];
    return v ? [[k, shippedAddressIn(v, lang)] as const] : [];
  });
  return {
    ...fields,
    ...Object.fromEntries(addresses),
    ...(fields.publicAuthority ? { publicAuthority: generatedNameIn(fields.publicAuthority, lang) } : {}),
    ...(fields.ministry ? { ministry: portfolioName(fields.ministry, lang) } : {}),
  };
}

const KIND_TITLES: { readonly [K in DraftKind]: { readonly en: string; readonly hi: string } } = {
  'rti-application': { en: 'RTI application', hi: 'आरटीआई आवेदन' },
  'rti-first-appeal': { en: 'RTI first appeal', hi: 'आरटीआई प्रथम अपील' },
  'rti-second-appeal': { en: 'RTI second appeal', hi: 'आरटीआई द्वितीय अपील' },
  'rti-complaint': { en: 'RTI complaint (s.18)', hi: 'आरटीआई शिकायत (धारा 18)' },
  'pq-notice': { en: 'Question notice', hi: 'प्रश्न की सूचना' },
  'half-an-hour-notice': { en: 'Half-an-hour discussion notice', hi: 'आधे घंटे की चर्चा की सूचना' },
  'list-of-dates': { en: 'List of dates and events', hi: 'तिथियों और घटनाओं की सूची' },
  'points-table': { en: 'Points asked and answered', hi: 'पूछे गए और उत्तरित बिंदु' },
};

function titleFor(kind: DraftKind, ctx: DraftContext): string {
  const t = listedSubject(ctx);
  return `${KIND_TITLES[kind][ctx.lang]}: ${t}`;
}
