import { deadlineKindMessage } from '../deadlines/labels.ts';
import { englishTexts } from '../messages/texts.ts';
import type { Deadline, DeadlineKind } from '../deadlines/types.ts';
import { isPending } from '../deadlines/types.ts';
import type { DashboardItem } from '../filings/dashboard.ts';
import type { IcsEvent } from './ics.ts';

/** Stable per case, filing and deadline kind: a re-export replaces the event when the date moves. */
export function deadlineUid(caseId: string, filingId: string, kind: DeadlineKind): string {
  return `${caseId}.${filingId}.${kind}@unanswered`;
}

export function deadlineEvent(caseId: string, caseTitle: string, filingTitle: string, filingId: string, deadline: Deadline): IcsEvent {
  // Calendar files are written in English, as the documents' headings are (see the .ics export).
  const english = englishTexts();
  const lines = [
    caseTitle,
    `Basis: ${english.join(deadline.basis, '; ')}`,
    `Working: ${english.join(deadline.working, '; ')}`,
  ];
  if (!deadline.confirmed) lines.push('Relies on a rule marked UNCONFIRMED in the app\'s sources: check it before relying on the date.');
  return {
    uid: deadlineUid(caseId, filingId, deadline.kind),
    date: deadline.dueDate,
    summary: `${english.text(deadlineKindMessage(deadline.kind))}: ${filingTitle}`,
    description: lines.join('\n'),
  };
}

/** The open deadlines of the dashboard, as calendar events. */
export function dashboardEvents(items: ReadonlyArray<DashboardItem>): IcsEvent[] {
  return items.flatMap((item) => item.deadlines
    .filter((deadline) => isPending(deadline.status))
    .map((deadline) => deadlineEvent(item.caseId, item.caseTitle, item.filingTitle, item.filingId, deadline)));
}
