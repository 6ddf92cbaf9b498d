import type { Draft, DraftKind, Language } from '../../shared/domain/draft.ts';
import { openPartLabels } from '../../shared/domain/effective-verdicts.ts';
import { newDraft } from '../../shared/drafting/new-draft.ts';
import { EXAMPLE_FIELD_VALUES } from '../../shared/example/example-fields.ts';
import { EXAMPLE_PROFILE } from '../../shared/example/example-profile.ts';
import { missingFields } from '../../templates/documents/index.ts';
import { exampleCase } from './example-case.ts';
import { renderDraftDocx, suggestedFileName } from './export-draft.ts';

/** One document of every kind for the CoWIN case, and Hindi for the RTI application and first appeal. */
const EXAMPLE_SET: ReadonlyArray<{ kind: DraftKind; language: Language }> = [
  { kind: 'rti-application', language: 'en' },
  { kind: 'rti-application', language: 'hi' },
  { kind: 'rti-first-appeal', language: 'en' },
  { kind: 'rti-first-appeal', language: 'hi' },
  { kind: 'rti-second-appeal', language: 'en' },
  { kind: 'rti-complaint', language: 'en' },
  { kind: 'pq-notice', language: 'en' },
  { kind: 'half-an-hour-notice', language: 'en' },
  { kind: 'list-of-dates', language: 'en' },
  { kind: 'points-table', language: 'en' },
];

export type ExampleDocument = { readonly fileName: string; readonly draft: Draft; readonly bytes: Uint8Array };

/** Fill what the case and profile could not, with specimen values, only where still empty. */
function withSpecimenFields(draft: Draft): Draft {
  const fields = { ...draft.fields };
  for (const { key } of missingFields(draft)) {
    const value = EXAMPLE_FIELD_VALUES[key];
    if (value) fields[key] = value;
  }
  return { ...draft, fields };
}

export async function exampleDrafts(now: string): Promise<ReadonlyArray<Draft>> {
  const c = exampleCase(now);
  const open = openPartLabels(c);
  const parts = open.length > 0 ? open : (c.question?.parts ?? []).map((p) => p.label);
  return EXAMPLE_SET.map(({ kind, language }, i) =>
    withSpecimenFields(newDraft(kind, c, { parts, language, profile: EXAMPLE_PROFILE, now, id: `example-${i + 1}` })));
}

export async function exampleDocuments(now: string): Promise<ReadonlyArray<ExampleDocument>> {
  const out: ExampleDocument[] = [];
  for (const [i, draft] of (await exampleDrafts(now)).entries()) {
    const rendered = await renderDraftDocx(draft, EXAMPLE_PROFILE, now.slice(0, 10));
    if (!rendered.ok) {
      throw new Error(`Bug: the example ${draft.kind} (${draft.language}) misses required fields: ${rendered.missing.map((m) => m.key).join(', ')}`);
    }
    const stem = suggestedFileName(draft).replace(/\.docx$/, '');
    out.push({ fileName: `${String(i + 1).padStart(2, '0')} ${stem}${draft.language === 'hi' ? ' (Hindi)' : ''}.docx`, draft, bytes: rendered.bytes });
  }
  return out;
}
