import { readLabelGroup } from '../analysis/labels.ts';

/**
 * The parts a reply answered in one paragraph with `label` ("(b) to (e): ..."), when it did; null
 * when no grouped heading names the part. A draft must not say the answer "says nothing on part
 * (b)" when the answer's heading names (b) (review 11: three half-an-hour notices stated so, and
 * the Member answers for the accuracy of a notice's statements). Read off the reply's own lettered
 * headings: at a line start, or run in after a sentence or the minister's name ("(PROF. K.V.
 * THOMAS) (a) to (d) No Sir.", the Rajya Sabha CSV form; review 12) when a colon or a capital
 * follows, as the analyser reads segments (parse-reply.ts). A question's single "(b)" is no group,
 * and "reply to parts (a) to (d) of ..." follows a word, not a sentence end.
 */
export function answeredTogether(replyText: string, label: string): ReadonlyArray<string> | null {
  const group = replyHeadings(replyText).find((h) => h.labels.length > 1 && h.labels.includes(label));
  return group?.labels ?? null;
}

/**
 * The labels of the reply's heading whose paragraph holds offset `at` ("(f) & (g)" -> f, g), so a
 * draft quoting a sentence of a joint answer names the parts as the answer did (review 16, NHM 10:
 * "The answer (part (f))" above "parts (f) and (g) together"); null before the first heading.
 */
export function headingAt(replyText: string, at: number): ReadonlyArray<string> | null {
  const before = replyHeadings(replyText).filter((h) => h.start <= at);
  return before.at(-1)?.labels ?? null;
}

/** A lettered heading of a reply: the labels it names and where its paragraph starts. */
export type ReplyHeading = { readonly labels: ReadonlyArray<string>; readonly start: number };

/** The reply's lettered headings in order, single or grouped, read as `answeredTogether` reads them. */
export function replyHeadings(replyText: string): ReplyHeading[] {
  const heading = /(^|\n)[ \t*#>_]*(?=\()|[.;:?!)][ \t*_]*(?=\()/g;
  const out: ReplyHeading[] = [];
  for (const m of replyText.matchAll(heading)) {
    const at = (m.index ?? 0) + m[0].length;
    const group = readLabelGroup(replyText, at);
    if (group === null) continue;
    const runIn = m[1] === undefined;
    if (runIn && !/[:\-–]/.test(replyText.slice(at, group.end)) && !/^[*_ ]*[A-Z]/.test(replyText.slice(group.end, group.end + 8))) continue;
    out.push({ labels: group.labels, start: at });
  }
  return out;
}

/** "(b) to (e)" for a run of labels, "(a) and (c)" otherwise; Hindi letters as `letter` gives them. */
export function labelRun(labels: ReadonlyArray<string>, letter: (l: string) => string, lang: 'en' | 'hi'): string {
  const first = labels[0];
  const last = labels.at(-1);
  if (first === undefined || last === undefined) return '';
  if (labels.length === 1) return letter(first);
  const consecutive = labels.every((l, i) => i === 0 || l.charCodeAt(0) === (labels[i - 1] ?? '').charCodeAt(0) + 1);
  if (labels.length > 2 && consecutive) return lang === 'en' ? `${letter(first)} to ${letter(last)}` : `${letter(first)} से ${letter(last)}`;
  const head = labels.slice(0, -1).map(letter).join(', ');
  return `${head} ${lang === 'en' ? 'and' : 'और'} ${letter(last)}`;
}
