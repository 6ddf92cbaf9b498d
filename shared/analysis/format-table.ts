/**
 * A readable plain-text table of an analysis, for the CLI without `--json`:
 * the question's header, then one row per part (label, status, reason), with the
 * reason wrapped, and any assurance and its due date under its part.
 */
import { statusLabel } from '../domain/part-status.ts';
import type { AnalyzeOutput } from './contract.ts';

const WIDTH = 100;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    if (word.length > width) {
      for (let i = 0; i < word.length; i += width) lines.push(word.slice(i, i + width));
      continue;
    }
    line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export function formatTable(output: AnalyzeOutput): string {
  const q = output.question;
  const head: string[] = [];
  const kind = q.kind === null ? null : q.kind === 'short-notice' ? 'Short Notice' : q.kind === 'starred' ? 'Starred' : 'Unstarred';
  const title = [q.house, kind, q.number !== null ? `Question No. ${q.number}` : null].filter((x) => x !== null).join(' ');
  if (title.length > 0) head.push(title);
  if (q.date !== null) head.push(`Answered on: ${q.date}`);
  if (q.ministry !== null) head.push(`Ministry: ${q.ministry}`);
  if (q.subject !== null) head.push(`Subject: ${q.subject}`);
  if (q.askedBy.length > 0) head.push(`Asked by: ${q.askedBy.join(', ')}`);

  if (output.parts.length === 0) {
    return [...head, head.length > 0 ? '' : null, 'No lettered question parts were found.'].filter((x) => x !== null).join('\n');
  }
  const statusWidth = Math.max(6, ...output.parts.map((p) => statusLabel(p.status).length));
  const reasonWidth = WIDTH - 6 - statusWidth - 3;
  const rule = `${'-'.repeat(6)}+${'-'.repeat(statusWidth + 2)}+${'-'.repeat(reasonWidth + 1)}`;
  const rows: string[] = [`Part  | ${'Status'.padEnd(statusWidth)} | Reason`, rule];
  for (const p of output.parts) {
    const reason = wrap(p.reason, reasonWidth);
    reason.forEach((r, i) => {
      const label = i === 0 ? `(${p.label})` : '';
      const status = i === 0 ? statusLabel(p.status) : '';
      rows.push(`${label.padEnd(6)}| ${status.padEnd(statusWidth)} | ${r}`);
    });
    if (p.assurance) {
      const due = p.assurance.dueBy === null ? 'due date unknown (no date of answer)' : `due by ${p.assurance.dueBy}`;
      for (const r of wrap(`Assurance: "${p.assurance.phrase}", ${due}.`, reasonWidth)) rows.push(`${''.padEnd(6)}| ${''.padEnd(statusWidth)} | ${r}`);
    }
  }
  return [...head, head.length > 0 ? '' : null, ...rows].filter((x) => x !== null).join('\n');
}
