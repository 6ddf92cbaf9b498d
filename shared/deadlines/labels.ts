import { assertNever } from '../lib/assert-never.ts';
import type { DeadlineKind } from './types.ts';

export function deadlineKindLabel(kind: DeadlineKind): string {
  switch (kind) {
    case 'transfer-due': return 'Transfer due (s.6(3))';
    case 'reply-due': return 'Reply due';
    case 'deemed-refusal': return 'Deemed refusal';
    case 'first-appeal-due': return 'First appeal due';
    case 'faa-decision-due': return 'First appellate order due';
    case 'second-appeal-due': return 'Second appeal due';
    case 'answer-expected': return 'Answer expected';
    case 'assurance-due': return 'Assurance due';
    default: return assertNever(kind, 'Unknown deadline kind');
  }
}

