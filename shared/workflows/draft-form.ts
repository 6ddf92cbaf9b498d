import type { Draft } from '../domain/draft.ts';
import { missingFields, TEMPLATES } from '../../templates/documents/index.ts';
import type { FieldSpec } from '../../templates/documents/types.ts';

/**
 * The fields the draft editor shows for a draft: the template's required fields (with those its
 * answers make required) and its optional ones, and which required ones are still empty (a final
 * export is refused until they are filled).
 */
export type FormField = FieldSpec & {
  /** The values a choice field takes, and their labels (English: the UI language), when it is one. */
  readonly choices?: ReadonlyArray<string>;
  readonly choiceLabels?: { readonly [value: string]: string };
};

export type DraftForm = {
  readonly fields: ReadonlyArray<FormField>;
  readonly required: ReadonlySet<string>;
  /** What is still to fill: fields, and 'points' when the draft has too few. */
  readonly missing: ReadonlyArray<{ readonly key: string; readonly label: string }>;
};

function uniqueByKey(fields: ReadonlyArray<FieldSpec>): FieldSpec[] {
  const seen = new Set<string>();
  return fields.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}

export function draftForm(draft: Draft): DraftForm {
  const template = TEMPLATES[draft.kind];
  const conditional = template.conditionalFields?.(draft) ?? [];
  return {
    required: new Set([...template.requiredFields, ...conditional].map((f) => f.key)),
    // Other keys in the draft are context the template reads (the question reference, the parts'
    // text) and stay out of the way.
    fields: uniqueByKey([...template.requiredFields, ...conditional, ...(template.optionalFields ?? [])]).map((f) => {
      const choices = template.choices?.[f.key];
      const choiceLabels = template.choiceLabels?.[f.key];
      return { ...f, ...(choices ? { choices } : {}), ...(choiceLabels ? { choiceLabels } : {}) };
    }),
    missing: missingFields(draft),
  };
}
