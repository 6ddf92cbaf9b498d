import { useEffect, useMemo, useState } from 'react';
import type { Case } from '../../../../shared/domain/case.ts';
import type { Question } from '../../../../shared/domain/question.ts';
import { questionReference } from '../../../../shared/drafting/draft-context.ts';
import type { EarlierQuestion } from '../../../../shared/lint/lint-question.ts';
import { api } from '../../api.ts';
import { storedQuestions } from '../../../../shared/workflows/draft-lint.ts';

function asEarlier(q: Question, title: string): EarlierQuestion {
  return { ref: `${questionReference(q, 'en') || 'the question'} (case "${title}")`, parts: q.parts.map((p) => ({ label: p.label, text: p.text })) };
}

/**
 * The questions a notice must not repeat in substance (LS Rule 41(2)(xiii), RS Rule 47(xiv)): the
 * open case's own, as edited, and every other case's, read once from the workspace.
 */
export function useStoredQuestions(c: Case): ReadonlyArray<EarlierQuestion> {
  const [others, setOthers] = useState<ReadonlyArray<EarlierQuestion>>([]);
  const caseId = c.id;
  useEffect(() => {
    let live = true;
    void api['cases:questions']({}).then((result) => {
      if (!live) return;
      setOthers(result.questions.filter((q) => q.caseId !== caseId).map((q) => asEarlier(q.question, q.title)));
    }).catch(() => { /* The check still runs on the open case's question. */ });
    return () => { live = false; };
  }, [caseId]);
  const own = useMemo(() => storedQuestions(c), [c]);
  return useMemo(() => [...own, ...others], [own, others]);
}
