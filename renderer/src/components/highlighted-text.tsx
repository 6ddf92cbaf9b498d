import type { Evidence } from '../../../shared/domain/analysis.ts';

/**
 * The reply text with the passages relied on marked. Spans are UTF-16 offsets into `text`,
 * exactly as the analyser reports them.
 */
export function HighlightedText({ text, spans, label }: { readonly text: string; readonly spans: ReadonlyArray<Evidence>; readonly label: string }) {
  const sorted = [...spans].filter((s) => s.start < s.end && s.end <= text.length).sort((a, b) => a.start - b.start);
  const pieces: Array<{ text: string; marked: boolean; key: string }> = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false, key: `t${at}` });
    pieces.push({ text: text.slice(start, span.end), marked: true, key: `m${start}` });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false, key: `t${at}` });
  return (
    <div className="reply-text" aria-label={label}>
      {pieces.map((p) => (p.marked ? <mark key={p.key}>{p.text}</mark> : <span key={p.key}>{p.text}</span>))}
    </div>
  );
}
