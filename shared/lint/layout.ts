/**
 * The text a linter's offsets index into.
 *
 * A question is linted as its stem and parts joined by newlines; an RTI application as its points
 * numbered "1. ", "2. " ... and joined by newlines (the text as it would be pasted into the RTI
 * Online box). The spans let an editor that shows each part in its own field map a finding back.
 */
export type FieldSpan = { readonly start: number; readonly end: number };

export type QuestionLayout = {
  readonly text: string;
  readonly stem: FieldSpan;
  /** Whether the stem was supplied or built from the ministry. */
  readonly stemGiven: boolean;
  readonly parts: ReadonlyArray<FieldSpan>;
};

export type RtiLayout = {
  readonly text: string;
  /** Span of each point's own text (after its "n. " number). */
  readonly points: ReadonlyArray<FieldSpan>;
};

export function defaultStem(ministry: string): string {
  const m = ministry.trim();
  return `Will the Minister of ${m.length > 0 ? m : '...'} be pleased to state:`;
}

export function questionLayout(q: { ministry: string; parts: ReadonlyArray<string>; stem?: string }): QuestionLayout {
  const stemGiven = typeof q.stem === 'string' && q.stem.trim().length > 0;
  const stem = stemGiven && typeof q.stem === 'string' ? q.stem : defaultStem(String(q.ministry ?? ''));
  let text = stem;
  const parts: FieldSpan[] = [];
  for (const part of q.parts) {
    text += '\n';
    const start = text.length;
    text += String(part);
    parts.push({ start, end: text.length });
  }
  return { text, stem: { start: 0, end: stem.length }, stemGiven, parts };
}

export function rtiLayout(points: ReadonlyArray<string>): RtiLayout {
  let text = '';
  const spans: FieldSpan[] = [];
  points.forEach((point, i) => {
    if (i > 0) text += '\n';
    text += `${i + 1}. `;
    const start = text.length;
    text += String(point);
    spans.push({ start, end: text.length });
  });
  return { text, points: spans };
}
