import type { Draft, DraftKind, Language } from '../../shared/domain/draft.ts';
import { openPartLabels } from '../../shared/domain/effective-verdicts.ts';
import { newDraft } from '../../shared/drafting/new-draft.ts';
import { EXAMPLE_PROFILE } from '../../shared/example/example-profile.ts';
import { exampleCase } from './example-case.ts';
import { renderDraftDocx, suggestedFileName } from './export-draft.ts';

/** The documents the example writes: every kind the templates offer, and Hindi where a template has it. */
const EXAMPLE_SET: ReadonlyArray<{ kind: DraftKind; language: Language }> = [
  { kind: 'rti-application', language: 'en' },
];

export type ExampleDocument = { readonly fileName: string; readonly draft: Draft; readonly bytes: Uint8Array };

export async function exampleDocuments(now: string): Promise<ReadonlyArray<ExampleDocument>> {
  const c = exampleCase(now);
  const open = openPartLabels(c);
  const parts = open.length > 0 ? open : (c.question?.parts ?? []).map((p) => p.label);
  const out: ExampleDocument[] = [];
  for (const [i, { kind, language }] of EXAMPLE_SET.entries()) {
    const draft = newDraft(kind, c, { parts, language, profile: EXAMPLE_PROFILE, now, id: `example-${i + 1}` });
    const rendered = await renderDraftDocx(draft, EXAMPLE_PROFILE, now.slice(0, 10));
    if (!rendered.ok) {
      throw new Error(`Bug: the example ${kind} (${language}) misses required fields: ${rendered.missing.map((m) => m.key).join(', ')}`);
    }
    out.push({ fileName: `${String(i + 1).padStart(2, '0')} ${suggestedFileName(draft)}`, draft, bytes: rendered.bytes });
  }
  return out;
}
