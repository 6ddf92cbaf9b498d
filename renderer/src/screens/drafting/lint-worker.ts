/**
 * The linters' own thread for long drafts (issue 12; see use-draft-lint.ts): one draft in, its
 * findings out, tagged with the request's number so a late answer to an older draft is ignored.
 */
import type { Draft } from '../../../../shared/domain/draft.ts';
import type { EarlierQuestion } from '../../../../shared/lint/lint-question.ts';
import type { IsoDate } from '../../../../shared/lib/dates/index.ts';
import { lintDraft } from '../../../../shared/workflows/draft-lint.ts';

self.onmessage = (event: MessageEvent<{ readonly seq: number; readonly draft: Draft; readonly earlier: ReadonlyArray<EarlierQuestion>; readonly today: IsoDate; readonly drafts: ReadonlyArray<Draft> }>) => {
  self.postMessage({ seq: event.data.seq, lint: lintDraft(event.data.draft, { earlier: event.data.earlier, today: event.data.today, drafts: event.data.drafts }) });
};
