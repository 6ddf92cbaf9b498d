/**
 * What users see of a rule's or fact's source: the primary citation (the Act, the Rules, the
 * House's rules or handbook, with the section), or, where only a secondary source backs it, that it
 * is a secondary source and UNCONFIRMED. Rule data keeps its research trail in `source` (notes'
 * sections, code it was read from, press reports); none of that reaches a filer. One function, so
 * the lint panel, the documents and the tests agree, and a badge never says "confirmed" beside text
 * saying UNCONFIRMED (`confirmed` here is false whenever the text is).
 */

/** The shape every rule and legal fact in templates/ has (`templates/rules/fact.ts`), `implements` optional. */
export type CitableFact = { readonly implements?: string; readonly source: string; readonly confirmed: boolean };

export type Citation = {
  /** The citation as printed for users. */
  readonly text: string;
  /** Whether to badge it confirmed: false when the fact is not, or its own text says UNCONFIRMED. */
  readonly confirmed: boolean;
};

export const SECONDARY_MARK = 'secondary source — UNCONFIRMED';

/** A piece of research trail, never shown: notes' files and sections, code, seed material, chatbot configs. */
const INTERNAL: ReadonlyArray<RegExp> = [
  /\.md\b/i, /\.ts\b/i, /\.php\b/i, /\.json\b/i, /§\s*\d/, /\bseed\b/i, /github\.com/i, /anythingllm|\bconfig\b|knowledgebase/i,
  /\bA\.\d\b/, /\blinter table\b/i, /\bsample \d/i, /\bour generali[sz]ation\b/i, /\bgenerali[sz]ation of\b/i, /\bRTI Mitra\b/i, /\bthe docs\b/i,
];

const isInternal = (text: string): boolean => INTERNAL.some((re) => re.test(text));

/** Parenthesised asides holding research trail, removed; other asides ("(allowed characters)") stay. */
function withoutInternalAsides(text: string): string {
  let out = text;
  // Innermost first, so "(a (b.md) c)" loses the inner aside, then the outer if it still leaks.
  for (let i = 0; i < 4; i += 1) out = out.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (isInternal(inner) ? '' : whole));
  return out.replace(/\s+/g, ' ').trim();
}

/** Sections a note cites ("s.7(1), s.19(5)", "r.4"), kept when the notes' reference itself is dropped. */
function sectionsIn(text: string, prefix: 's' | 'r'): ReadonlyArray<string> {
  const re = prefix === 's' ? /\bs\.\s?\d+[A-Z]?(?:\(\w+\))*/g : /\br\.\s?\d+(?:\(\w+\))*/g;
  return [...new Set(text.match(re) ?? [])].map((m) => m.replace(/\s/g, ''));
}

/** The primary instrument a research note stands for, when the note names one. */
function primaryFromNote(segment: string): string {
  const join = (name: string, parts: ReadonlyArray<string>): string => (parts.length > 0 ? `${name}, ${parts.join(', ')}` : name);
  if (/Annex\s*3/i.test(segment)) {
    const item = /\bitems?\s+(\d+)/i.exec(segment)?.[1];
    return `Manual of Parliamentary Procedures in the Government of India (Ministry of Parliamentary Affairs), Annex 3${item ? `, item ${item}` : ''}`;
  }
  if (/rti-law-and-anchors\.md A\.1\b/.test(segment) || /^A\.1\b/.test(segment)) return join('Right to Information Act, 2005', sectionsIn(segment, 's'));
  if (/rti-law-and-anchors\.md A\.2\b/.test(segment) || /^A\.2\b/.test(segment)) return join('Right to Information Rules, 2012', sectionsIn(segment, 'r'));
  if (/rti-law-and-anchors\.md A\.3\b/.test(segment)) return 'RTI Online (rtionline.gov.in), guidelines';
  return '';
}

/** The host of a public web page a fact rests on ("thehindu.com"), for a secondary citation. */
function publicHost(segment: string): string {
  const url = /https?:\/\/[^\s;,)]+/.exec(segment)?.[0];
  if (!url || isInternal(url)) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The citation users see for a rule or fact (see the file's comment). */
export function citeFact(fact: CitableFact): Citation {
  const implemented = withoutInternalAsides(fact.implements ?? '');
  const segments = fact.source.split(/\s*;\s*/).map((s) => s.trim()).filter(Boolean);
  const fromNotes = [...new Set(segments.map(primaryFromNote).filter(Boolean))];
  const primary = implemented && !isInternal(implemented) ? implemented : fromNotes.join('; ');
  const says = `${fact.implements ?? ''} ${fact.source}`;
  const confirmed = fact.confirmed && !/UNCONFIRMED|\[SECONDARY\]/i.test(says) && primary !== '';
  if (confirmed) return { text: primary, confirmed };
  if (primary !== '') {
    return { text: /UNCONFIRMED/.test(primary) ? `${primary}; secondary source` : `${primary} (${SECONDARY_MARK})`, confirmed: false };
  }
  const hosts = [...new Set(segments.map(publicHost).filter(Boolean))];
  // A government's own site is a primary source; anything else on the web is secondary.
  const official = hosts.filter((h) => /(^|\.)(gov\.in|nic\.in|sansad\.in)$/.test(h));
  if (fact.confirmed && !/UNCONFIRMED|\[SECONDARY\]/i.test(says) && official.length > 0) return { text: official.join(', '), confirmed: true };
  return { text: hosts.length > 0 ? `${hosts.join(', ')} (${SECONDARY_MARK})` : `Drafting practice (${SECONDARY_MARK})`, confirmed: false };
}
