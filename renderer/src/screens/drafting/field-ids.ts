import type { FindingTarget } from '../../../../shared/workflows/draft-lint.ts';

/** DOM ids tying findings to the editor's fields (one editor per draft id on screen). */
export function pointId(draftId: string, index: number): string {
  return `${draftId}-point-${index}`;
}

export function fieldId(draftId: string, key: string): string {
  return `${draftId}-field-${key}`;
}

export function findingId(draftId: string, index: number): string {
  return `${draftId}-finding-${index}`;
}

/** Move the focus to the field a finding concerns and select the passage it flags. */
export function focusTarget(draftId: string, target: NonNullable<FindingTarget>): void {
  const id = target.field === 'stem' ? fieldId(draftId, 'ministry') : pointId(draftId, target.index);
  const element = document.getElementById(id);
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) return;
  element.focus();
  if (target.field === 'point') element.setSelectionRange(target.start, Math.max(target.start, target.end));
}
