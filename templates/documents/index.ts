import { fieldValue, type Draft, type DraftKind } from '../../shared/domain/draft.ts';
import { HALF_AN_HOUR_NOTICE_TEMPLATE } from './half-an-hour-notice.ts';
import { LIST_OF_DATES_TEMPLATE } from './list-of-dates.ts';
import { POINTS_TABLE_TEMPLATE } from './points-table.ts';
import { PQ_NOTICE_TEMPLATE } from './pq-notice.ts';
import { RTI_APPLICATION_TEMPLATE } from './rti-application.ts';
import { RTI_COMPLAINT_TEMPLATE } from './rti-complaint.ts';
import { RTI_FIRST_APPEAL_TEMPLATE } from './rti-first-appeal.ts';
import { RTI_SECOND_APPEAL_TEMPLATE } from './rti-second-appeal.ts';
import type { DocumentTemplate, FieldSpec, KindTemplate } from './types.ts';

export type { DocumentTemplate, FieldSpec, KindTemplate, RenderContext } from './types.ts';

/**
 * One template per draft kind; the mapped type makes a missing kind a compile error, and the
 * `satisfies` a template filed under another kind.
 */
export const TEMPLATES: { readonly [K in DraftKind]: DocumentTemplate } = {
  'rti-application': RTI_APPLICATION_TEMPLATE,
  'rti-first-appeal': RTI_FIRST_APPEAL_TEMPLATE,
  'rti-second-appeal': RTI_SECOND_APPEAL_TEMPLATE,
  'rti-complaint': RTI_COMPLAINT_TEMPLATE,
  'pq-notice': PQ_NOTICE_TEMPLATE,
  'half-an-hour-notice': HALF_AN_HOUR_NOTICE_TEMPLATE,
  'list-of-dates': LIST_OF_DATES_TEMPLATE,
  'points-table': POINTS_TABLE_TEMPLATE,
} satisfies { readonly [K in DraftKind]: KindTemplate<K> };

/**
 * The fields still to fill before the draft may be exported: the template's required keys, the keys
 * its other answers make necessary (e.g. the BPL certificate when the fee mode is BPL), and at least
 * the minimum number of points. Alaveteli's `assert_required_keys`, returned as data for the UI.
 */
function labelOf(template: DocumentTemplate, key: FieldSpec['key']): string {
  const all = [...template.requiredFields, ...(template.optionalFields ?? [])];
  return all.find((f) => f.key === key)?.label ?? key;
}

/** A template's choice fields with their allowed values, in the order the template gives them. */
function choiceEntries(template: DocumentTemplate): ReadonlyArray<readonly [FieldSpec['key'], ReadonlyArray<string>]> {
  // `choices` is keyed by the template's field keys (its type says so); entries() forgets that.
  const entries = Object.entries(template.choices ?? {}) as ReadonlyArray<[FieldSpec['key'], ReadonlyArray<string> | undefined]>;
  return entries.flatMap(([key, allowed]) => (allowed ? [[key, allowed] as const] : []));
}

export function missingFields(draft: Draft): ReadonlyArray<{ key: string; label: string }> {
  const template = TEMPLATES[draft.kind];
  const wanted: ReadonlyArray<FieldSpec> = [...template.requiredFields, ...(template.conditionalFields?.(draft) ?? [])];
  const seen = new Set<string>();
  const missing: Array<{ key: string; label: string }> = [];
  const add = (key: string, label: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    missing.push({ key, label });
  };
  for (const spec of wanted) {
    if ((fieldValue(draft, spec.key) ?? '').trim() === '') add(spec.key, spec.label);
  }
  for (const [key, allowed] of choiceEntries(template)) {
    const value = (fieldValue(draft, key) ?? '').trim();
    if (value !== '' && !allowed.includes(value)) add(key, `${labelOf(template, key)}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  const min = template.minPoints;
  if (min && draft.points.filter((p) => p.trim().length > 0).length < min.count) missing.push({ key: 'points', label: min.label });
  return missing;
}
