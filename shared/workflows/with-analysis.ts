import type { AnalyzeOutput } from '../analysis/contract.ts';
import type { Case } from '../domain/case.ts';
import type { SourceDocument, SourceRole } from '../domain/source-document.ts';

/**
 * The analysed texts into the case: what is stored, and what is kept of the user's own verdicts.
 * Apart from runAnalysis (apply-analysis.ts) so the import form loads without the analyser,
 * which runs in its own worker (analyse-off-thread.ts).
 */

export type TextRole = Extract<SourceRole, 'qa' | 'question' | 'reply'>;

export type SourceOrigin = SourceDocument['origin'];

/** One text as the user checked it, with where it came from. */
export type CheckedText = {
  readonly text: string;
  readonly origin: SourceOrigin;
  /** Shown in the case's list of sources: the file's name, or "Reply (pasted)". */
  readonly title: string;
  /** Kept with the source: where the text came from, and whether the user corrected it after import. */
  readonly note: string;
  /**
   * The user marked the text as a press report's account, not the official text: documents that
   * quote it say "as reported" (`SourceDocument.reported`), so nobody files a paraphrase as the
   * Minister's words (LS Rule 41(2)(iii): the member answers for the accuracy of a statement).
   */
  readonly reported: boolean;
};

export type CheckedInput =
  | { readonly kind: 'combined'; readonly qa: CheckedText }
  | { readonly kind: 'separate'; readonly question: CheckedText; readonly reply: CheckedText };

export type Analysed = {
  readonly input: CheckedInput;
  /** Exactly the texts the analyser read, so evidence offsets index into what is stored. */
  readonly texts: ReadonlyMap<TextRole, string>;
  readonly output: AnalyzeOutput;
};

export type AnalysisProblem = 'no-text' | 'no-parts';

const TEXT_ROLES: ReadonlySet<SourceRole> = new Set<SourceRole>(['qa', 'question', 'reply']);

/**
 * The case with the analysed texts as its sources (replacing earlier question/reply texts; notes
 * stay), the parsed question and the analyser's verdicts. The evidence offsets index into the
 * 'qa' source for one text, the 'reply' source for two (`AnalyzeOutput.evidenceSource`). The
 * user's own verdicts are kept for every part that still exists: they are the user's work.
 */
export function withAnalysis(c: Case, analysed: Analysed, opts: { readonly now: string; readonly idSuffix: string }): Case {
  const { input, texts, output } = analysed;
  const entries: ReadonlyArray<readonly [TextRole, CheckedText]> = input.kind === 'combined'
    ? [['qa', input.qa]]
    : [['question', input.question], ['reply', input.reply]];
  const fresh: SourceDocument[] = entries.map(([role, checked]) => ({
    id: `${role}-${opts.idSuffix}`,
    role,
    title: checked.title,
    text: texts.get(role) ?? '',
    origin: checked.origin,
    note: checked.note,
    // Stored only when set, as the example stores it: an official text carries no flag.
    ...(checked.reported ? { reported: true } : {}),
  }));
  const evidenceRole: TextRole = input.kind === 'combined' ? 'qa' : 'reply';
  const labels = new Set(output.parts.map((p) => p.label));
  return {
    ...c,
    sources: [...c.sources.filter((s) => !TEXT_ROLES.has(s.role)), ...fresh],
    question: output.question,
    analysis: {
      sourceId: `${evidenceRole}-${opts.idSuffix}`,
      analyzedAt: opts.now,
      parts: output.parts,
      overrides: c.analysis.overrides.filter((o) => labels.has(o.label)),
    },
  };
}
