import type { AnalyzeOutput } from '../../../../shared/analysis/contract.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';
import type { DigestEntry } from '../../../../shared/digest/digest-entry.ts';
import { digestReply } from '../../../../shared/digest/digest-row.ts';

type PartSpec = { readonly status: PartStatus; readonly assuranceDue?: string | null; readonly confidence?: number };

/** An analyser output in the contract's shape, with one verdict per given status. */
export function output(parts: ReadonlyArray<PartSpec | PartStatus>, q: Partial<AnalyzeOutput['question']> = {}): AnalyzeOutput {
  const specs = parts.map((p) => (typeof p === 'string' ? { status: p } : p));
  const labels = 'abcdefghij';
  return {
    question: {
      house: 'Lok Sabha', kind: 'unstarred', number: '704', date: '2025-02-07', ministry: 'Health and Family Welfare',
      subject: 'Fire Incident', askedBy: ['Shri A'], parts: specs.map((_, i) => ({ label: labels[i] ?? 'z', text: 'whether ...' })), ...q,
    },
    parts: specs.map((s, i) => ({
      label: labels[i] ?? 'z', status: s.status, reason: `reason ${s.status}`, evidence: [],
      ...(s.assuranceDue === undefined ? {} : { assurance: { phrase: 'will be laid on the Table', dueBy: s.assuranceDue, source: 'MoPA Manual Annex 3' } }),
      ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
    })),
    evidenceSource: 'text',
  };
}

export function replyEntry(file: string, out: AnalyzeOutput, duplicateOf: string | null = null): DigestEntry {
  return { kind: 'reply', file, reply: digestReply(out), duplicateOf, caseId: null };
}
