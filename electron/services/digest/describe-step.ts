import { assertNever } from '../../../shared/lib/assert-never.ts';
import type { DigestReply } from '../../../shared/digest/digest-row.ts';
import type { DigestStep } from './run-digest.ts';

function which(r: DigestReply): string {
  const id = [r.house === 'Lok Sabha' ? 'LS' : r.house === 'Rajya Sabha' ? 'RS' : null, r.number ? `Q${r.number}` : null, r.date].filter(Boolean).join(' ');
  return id || 'question not identified';
}

function counts(r: DigestReply): string {
  const promises = r.deferrals.length + r.assurances.length;
  return `${r.verdicts.length} parts: ${r.met} met, ${r.partlyMet} partly met, ${r.open} open${promises ? `, ${promises} deferral/assurance` : ''}`;
}

/** One line per file, as the CLI prints it on stderr: `[12/500] name.pdf: LS Q704 2025-02-07, 4 parts: ...`. */
export function describeStep(s: DigestStep): string {
  const at = `[${s.done}/${s.total}] ${s.file}: `;
  const o = s.outcome;
  switch (o.kind) {
    case 'digested': return `${at}${which(o.reply)}, ${counts(o.reply)}`;
    case 'duplicate': return `${at}${which(o.reply)}, duplicate of ${o.of} (not counted again)`;
    case 'failed': return `${at}could not be read: ${o.reason}`;
    case 'skipped': return `${at}already digested`;
    default: return assertNever(o, 'Unknown digest outcome');
  }
}
