/**
 * What a question part asks, without its scaffolding, so follow-ups can restate it.
 *
 * "(b) whether CERT-In has started the investigation;" -> clause "CERT-In has started the investigation"
 * "(c) if so, the status of the investigation thereof and, if not, the reasons therefor; and"
 *   -> topic "the investigation"
 */
export type PartAsk = {
  /** The "whether ..." clause, if the part is a yes/no question. */
  readonly clause: string | null;
  /** A noun phrase for what the part is about, if one can be read off. */
  readonly topic: string | null;
};

const MAX_TOPIC = 320;

export function parsePart(text: string): PartAsk {
  let s = text.replace(/\s+/g, ' ').trim();
  s = s.replace(/^\(?[a-z]{1,2}\)\s*/i, '');
  s = s.replace(/[\s;,.?:]*(?:\band\b)?[\s;,.?:]*$/i, '');
  // Keep the affirmative branch: drop ", and if not, the reasons therefor".
  s = s.split(/,?\s*(?:and\s*,?\s*)?if not\b/i)[0] ?? s;
  s = s.replace(/^if so,?\s*/i, '').replace(/[\s,;]+$/, '').trim();
  const whether = /^whether\s+(.+)$/i.exec(s);
  if (whether?.[1]) {
    const clause = (whether[1].split(/,?\s*if so\b/i)[0] ?? '')
      // "whether it is true that X" asks the same as "whether X", without leading (LS Rule 41(2)(i)).
      .replace(/^it is (?:also )?(?:true|a fact) that\s+/i, '')
      .replace(/[\s,;]+(?:and|or)?[\s,;]*$/i, '')
      .trim();
    return { clause: clause.length > 0 ? clause : null, topic: null };
  }
  let topic = s
    .replace(/^(?:the\s+)?(?:present\s+|current\s+|latest\s+)?(?:status|details|position|list|number|figures)\s+of\s+/i, 'the ')
    .replace(/\s*\b(?:thereof|therefor|therein|thereto|thereon)\b/gi, '')
    .replace(/^the\s+the\b/i, 'the')
    .replace(/[\s,;]+$/, '')
    .trim();
  topic = topic.replace(/^the\s+(?=(?:each|any|all|a|an|this|these|those|such|its|their|his|her)\b)/i, '');
  if (!/^(?:the|each|any|all|a|an|this|these|those|such|its|their|his|her)\b/i.test(topic) && topic.length > 0) topic = `the ${topic}`;
  // A long part keeps its own words up to a clause boundary, not the question's title in their
  // place (review 12: a 220-character part on PHCs and CHCs became "the Healthcare Infrastructure
  // under NHM"); only a part with no boundary in reach names nothing.
  if (topic.length > MAX_TOPIC) {
    const cut = topic.lastIndexOf(', ', MAX_TOPIC);
    topic = cut > 40 ? topic.slice(0, cut) : '';
  }
  return { clause: null, topic: topic.length > 0 ? topic : null };
}

/**
 * A topic that names nothing of its own: "the details" of "if so, the details thereof", "the
 * status", "the reasons" (with nothing after but a qualifier such as "during the last three
 * years"). `qualifier` is what follows "the details", kept for the matter it then qualifies.
 */
export function bareTopic(topic: string): { readonly qualifier: string } | null {
  const m = /^(?:the\s+)?(?:(?:details|particulars)\b(?!\s+of\b)[\s,;:]*(.*)|(?:status|position|list|number|figures|reasons|steps|action))$/i.exec(topic);
  return m ? { qualifier: m[1] ?? '' } : null;
}
