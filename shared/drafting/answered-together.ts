import { readLabelGroup } from '../analysis/labels.ts';

/**
 * The parts a reply answered in one paragraph with `label` ("(b) to (e): ..."), when it did; null
 * when no grouped heading names the part. A draft must not say the answer "says nothing on part
 * (b)" when the answer's heading names (b) (review 11: three half-an-hour notices stated so, and
 * the Member answers for the accuracy of a notice's statements). Read off the reply's own lettered
 * headings at line starts, so a question's single "(b)" lines are never taken for a group.
 */
export function answeredTogether(replyText: string, label: string): ReadonlyArray<string> | null {
  const lineStart = /(^|\n)[ \t*#>_]*(?=\()/g;
  for (const m of replyText.matchAll(lineStart)) {
    const at = (m.index ?? 0) + m[0].length;
    const group = readLabelGroup(replyText, at);
    if (group !== null && group.labels.length > 1 && group.labels.includes(label)) return group.labels;
  }
  return null;
}

/** "(b) to (e)" for a run of labels, "(a) and (c)" otherwise; Hindi letters as `letter` gives them. */
export function labelRun(labels: ReadonlyArray<string>, letter: (l: string) => string, lang: 'en' | 'hi'): string {
  const first = labels[0];
  const last = labels.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = labels.every((l, i) => i === 0 || l.charCodeAt(0) === (labels[i - 1] ?? '').charCodeAt(0) + 1);
  if (labels.length > 2 && consecutive) return lang === 'en' ? `${letter(first)} to ${letter(last)}` : `${letter(first)} से ${letter(last)}`;
  const head = labels.slice(0, -1).map(letter).join(', ');
  return `${head} ${lang === 'en' ? 'and' : 'और'} ${letter(last)}`;
}
