import { citeFact, type CitableFact, type Citation } from '../domain/fact-citation.ts';
import { englishText } from '../messages/texts.ts';
import type { Message } from '../messages/message.ts';
import * as CLAIMS from '../../templates/rules/claims.ts';
import * as FOLLOW_UPS from '../../templates/rules/follow-ups.ts';
import * as JURISDICTIONS from '../../templates/rules/jurisdictions.ts';
import * as NOTICE_PERIOD from '../../templates/rules/notice-period.ts';
import * as QUESTION_RULES from '../../templates/rules/question-rules.ts';
import * as RECORDS from '../../templates/rules/records.ts';
import * as RTI_ONLINE from '../../templates/rules/rti-online.ts';
import * as RTI_RULES from '../../templates/rules/rti-rules.ts';
import * as SECOND_SCHEDULE from '../../templates/rules/second-schedule.ts';

/**
 * Every rule or legal fact found in a module's exports: any object with a string `source` and a
 * boolean `confirmed` (`templates/rules/fact.ts`), however deep it sits in lists and records.
 */
export function collectFacts(value: unknown, seen: Set<object> = new Set()): Array<CitableFact & { readonly id?: string }> {
  if (typeof value !== 'object' || value === null || value instanceof RegExp || seen.has(value)) return [];
  seen.add(value);
  const out: Array<CitableFact & { readonly id?: string }> = [];
  if ('source' in value && typeof value.source === 'string' && 'confirmed' in value && typeof value.confirmed === 'boolean') {
    // A rule a linter applies names its provision as a message (`CitedFact.cite`): its English is the citation.
    const cite = 'cite' in value && isCiteMessage(value.cite) ? englishText(value.cite) : undefined;
    const implementsText = 'implements' in value && typeof value.implements === 'string' ? value.implements : cite;
    const id = 'id' in value && typeof value.id === 'string' ? value.id : undefined;
    out.push({ source: value.source, confirmed: value.confirmed, ...(implementsText === undefined ? {} : { implements: implementsText }), ...(id === undefined ? {} : { id }) });
  }
  for (const child of Object.values(value)) out.push(...collectFacts(child, seen));
  return out;
}

/** The rules a linter can report, by id (the linters' findings carry the rule's id and raw source). */
const RULES_BY_ID: ReadonlyMap<string, CitableFact> = new Map(
  [CLAIMS, FOLLOW_UPS, JURISDICTIONS, NOTICE_PERIOD, QUESTION_RULES, RECORDS, RTI_ONLINE, RTI_RULES, SECOND_SCHEDULE]
    .flatMap((module) => collectFacts(module))
    .flatMap((fact) => (fact.id === undefined ? [] : [[fact.id, fact] as const])),
);

/**
 * The citation users see for a finding: its rule's primary citation where the rule data has one,
 * else what its own source allows (`citeFact`). Never the rule's id or the notes it was researched in.
 */
export function findingCitation(finding: { readonly ruleId: string; readonly source: string; readonly confirmed: boolean }): Citation {
  const rule = RULES_BY_ID.get(finding.ruleId);
  return citeFact(rule ? { ...rule, confirmed: rule.confirmed && finding.confirmed } : { source: finding.source, confirmed: finding.confirmed });
}

/**
 * A provision as the rule data gives it (`templates/rules/fact.ts`, `CitedFact.cite`): only the rule
 * modules' own `cite` values reach here, and each is a catalogue message.
 */
function isCiteMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string' && value.key.startsWith('cite.')
    && 'params' in value && typeof value.params === 'object' && value.params !== null;
}
