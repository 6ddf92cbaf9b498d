import { fieldValue, type Draft } from '../../../../shared/domain/draft.ts';
import type { AnyDraftFieldKey } from '../../../../shared/domain/draft-fields.ts';
import { formatDateTime } from '../../../../shared/lib/dates/format.ts';

/**
 * What tells drafts apart in the case's draft list. Titles are made from the kind and the
 * question's subject (`newDraft`), so two first appeals from two applications in one case carry
 * the same title, and a narrow list cut them both to "RTI first appeal: Status of in…" (issue 15).
 * A draft whose title another draft shares gets a detail line: the first of these facts that
 * differs within the group of same-titled drafts, else when it was made, else its place in the list.
 */
const DISTINGUISHING_FIELDS = ['publicAuthority', 'applicationRef', 'ministry', 'questionRef'] as const satisfies ReadonlyArray<AnyDraftFieldKey>;

export type DraftListLabel = {
  readonly id: string;
  /** Shown under the title; null when the title alone is unique in the list. */
  readonly detail: string | null;
};

export function draftListLabels(drafts: ReadonlyArray<Draft>): ReadonlyArray<DraftListLabel> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = normalTitle(d.title);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const details = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const [id, detail] of detailsFor(group)) details.set(id, detail);
  }
  return drafts.map((d) => ({ id: d.id, detail: details.get(d.id) ?? null }));
}

/** Details for same-titled drafts: the first fact that tells every one of them apart. */
function detailsFor(group: ReadonlyArray<Draft>): ReadonlyArray<readonly [string, string]> {
  const candidates: ReadonlyArray<(d: Draft) => string> = [
    ...DISTINGUISHING_FIELDS.map((key) => (d: Draft) => (fieldValue(d, key) ?? '').trim()),
    (d: Draft) => formatDateTime(d.createdAt),
  ];
  for (const read of candidates) {
    const values = group.map(read);
    if (values.every((v) => v !== '') && new Set(values.map((v) => v.toLowerCase())).size === group.length) {
      return group.map((d, i) => [d.id, values[i] ?? ''] as const);
    }
  }
  // Nothing recorded tells them apart: number them in list order.
  return group.map((d, i) => [d.id, `#${i + 1}`] as const);
}

function normalTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}
