/**
 * The analyser's reason for a verdict as a message (a template key and its parameters), and the
 * sentence it makes in English or Hindi. `judge.ts` builds the message; the English sentence is the
 * `reason` of the analyze --json contract (reply-analysis.md), and the interface and the Hindi
 * documents write the same message in Hindi from `templates/phrases/reason-messages.ts`.
 */
import { LIST_JOIN, REASON_TEMPLATES, type ReasonKey } from '../../templates/phrases/reason-messages.ts';
import type { Language } from '../domain/draft.ts';
import type { ReasonMessageData } from '../domain/analysis.ts';

export type ReasonMessage = {
  readonly key: ReasonKey;
  readonly params: Readonly<Record<string, string>>;
  /** For `leavesOut`: what the part asked and the reply left out, each a message of its own. */
  readonly items?: readonly ReasonMessage[];
};

export function reasonMessage(key: ReasonKey, params: Readonly<Record<string, string>> = {}, items?: readonly ReasonMessage[]): ReasonMessage {
  return items === undefined ? { key, params } : { key, params, items };
}

const KEYS: ReadonlySet<string> = new Set(Object.keys(REASON_TEMPLATES));
export function isReasonKey(key: string): key is ReasonKey {
  return KEYS.has(key);
}

function joinList(items: readonly string[], lang: Language): string {
  const j = LIST_JOIN[lang];
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(j.between)}${j.last}${items[items.length - 1] ?? ''}`;
}

/** Fills `{{name}}` from `params`; a name with no value is left out rather than printed raw. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}

/**
 * How a document writes a part's label: the parameters `part` and `parent` hold labels as the
 * question gives them ("(b)", "(a) and (b)"), and a Hindi document letters its parts (क), (ख).
 */
export type PartLabels = (letter: string) => string;

/** The sentence a message makes in `lang`, its part labels written by `labels` when given. */
export function reasonText(message: ReasonMessage, lang: Language, labels?: PartLabels): string {
  const items = (message.items ?? []).map((m) => reasonText(m, lang, labels));
  const relabelled = labels === undefined ? message.params : relabel(message.params, labels);
  const params = items.length > 0 ? { ...relabelled, items: joinList(items, lang) } : relabelled;
  return fillTemplate(REASON_TEMPLATES[message.key][lang], params);
}

function relabel(params: Readonly<Record<string, string>>, labels: PartLabels): Readonly<Record<string, string>> {
  const out: Record<string, string> = { ...params };
  for (const name of ['part', 'parent'] as const) {
    const value = params[name];
    if (value !== undefined) out[name] = value.replace(/\(([a-z]{1,2})\)/g, (_, letter: string) => labels(letter));
  }
  return out;
}

/**
 * A stored message as one this version knows, or null: a case analysed before reasons were
 * messages has none, and one from a newer version may name keys this one lacks.
 */
function knownMessage(verdict: { readonly reasonMessage?: ReasonMessageData | undefined }): ReasonMessage | null {
  const m = verdict.reasonMessage;
  if (m === undefined || !isReasonKey(m.key)) return null;
  const items: ReasonMessage[] = [];
  for (const i of m.items ?? []) {
    if (!isReasonKey(i.key)) return null;
    items.push(reasonMessage(i.key, i.params));
  }
  return reasonMessage(m.key, m.params, items.length > 0 ? items : undefined);
}

/** A stored verdict's reason in `lang`: written from its message when this version knows it, else the English sentence stored with it. */
export function verdictReason(verdict: { readonly reason: string; readonly reasonMessage?: ReasonMessageData | undefined }, lang: Language, labels?: PartLabels): string {
  const m = knownMessage(verdict);
  return m === null ? verdict.reason : reasonText(m, lang, labels);
}

/** True when `verdictReason` can write the verdict's reason in Hindi. */
export function reasonInHindi(verdict: { readonly reasonMessage?: ReasonMessageData | undefined }): boolean {
  return knownMessage(verdict) !== null;
}

/** The message as the case file stores it. */
export function messageData(m: ReasonMessage): ReasonMessageData {
  const core = { key: m.key, params: { ...m.params } };
  return m.items === undefined ? core : { ...core, items: m.items.map((i) => ({ key: i.key, params: { ...i.params } })) };
}
