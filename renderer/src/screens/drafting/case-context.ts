import type { CaseAnalysis, PartVerdict } from '../../../../shared/domain/analysis.ts';
import type { Question } from '../../../../shared/domain/question.ts';
import type { SourceDocument } from '../../../../shared/domain/source-document.ts';

/** The text the analysis' evidence offsets index into: the analysed source, else the reply. */
export function replyTextOf(sources: ReadonlyArray<SourceDocument>, sourceId: string | null): string {
  const source = sources.find((s) => s.id === sourceId) ?? sources.find((s) => s.role === 'reply') ?? sources.find((s) => s.role === 'qa');
  return source?.text ?? '';
}

/** The analyser's verdicts with the user's own status and reason where they changed it (evidence stays the analyser's). */
export function verdictsOf(question: Question | null, analysis: CaseAnalysis): ReadonlyArray<PartVerdict> {
  return (question?.parts ?? []).flatMap((part): PartVerdict[] => {
    const verdict = analysis.parts.find((v) => v.label === part.label);
    const override = analysis.overrides.findLast((o) => o.label === part.label);
    if (override) return [{ label: part.label, status: override.status, reason: override.reason, evidence: verdict?.evidence ?? [] }];
    return verdict ? [verdict] : [];
  });
}
