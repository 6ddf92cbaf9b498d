import type { DraftOf } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import { cells, field, orPlaceholder, type Bilingual } from './fields.ts';
import { letterheadBlocks } from './letterhead.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, isoDay, partLabel, questionReference, topic, questionFields } from '../../shared/drafting/draft-context.ts';
import { describeFiling, filingStatusLabel } from '../../shared/domain/filing-labels.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';

/**
 * List of dates and events, the synopsis a lawyer files ahead of a writ petition or a second appeal.
 * Each point is one row written "date | event" (`newDraft` builds them from the case: the answer,
 * assurances falling due, drafts and filings).
 */

const FIELDS = {
  caseTitle: { key: 'caseTitle', label: 'Title of the matter' },
  questionRef: { key: 'questionRef', label: 'Question or application referred to' },
} as const satisfies { readonly [key: string]: FieldSpec<'list-of-dates'> };

const T = {
  title: { en: 'LIST OF DATES AND EVENTS', hi: 'तिथियों और घटनाओं की सूची' },
  header: { en: 'Date|Event', hi: 'दिनांक|घटना' },
  inMatter: { en: 'In the matter of: {title}', hi: 'विषय: {title}' },
} as const satisfies { readonly [key: string]: Bilingual };

function render(draft: DraftOf<'list-of-dates'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const rows = draft.points.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => cells(p, 2));
  const ref = field(draft, FIELDS.questionRef.key);
  return [
    ...letterheadBlocks(ctx.profile),
    heading(T.title[lang]),
    paragraph(T.inMatter[lang].replace('{title}', orPlaceholder(draft, FIELDS.caseTitle.key, FIELDS.caseTitle.label)), 'center'),
    ...(ref ? [paragraph(ref, 'center')] : []),
    table(T.header[lang].split('|'), rows.length > 0 ? rows : [['', '[Dates and events]']], [1, 4]),
  ];
}

export const LIST_OF_DATES_TEMPLATE: KindTemplate<'list-of-dates'> = {
  kind: 'list-of-dates',
  prefill: prefillListOfDates,
  title: 'List of dates and events',
  requiredFields: [FIELDS.caseTitle],
  optionalFields: [FIELDS.questionRef],
  minPoints: { count: 1, label: 'Dates and events (at least one row, "date | event")' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

export function prefillListOfDates(ctx: DraftContext): Prefill<'list-of-dates'> {
  const events: Array<{ date: string; event: string }> = [];
  const q = ctx.q;
  const ref = questionReference(q, ctx.lang);
  if (q?.date) {
    events.push({
      date: q.date,
      event: ctx.lang === 'en' ? `${ref}: ${topic(ctx)}.` : `${ref}: ${topic(ctx)}।`,
    });
  }
  for (const verdict of ctx.c.analysis.parts) {
    if (verdict.assurance?.dueBy) {
      events.push({
        date: verdict.assurance.dueBy,
        event: ctx.lang === 'en'
          ? `Assurance in reply to part ${partLabel(verdict.label, 'en')} ("${verdict.assurance.phrase}") falls due (three months from the answer).`
          : `भाग ${partLabel(verdict.label, 'hi')} के उत्तर में दिया गया आश्वासन ("${verdict.assurance.phrase}") पूरा करने की तिथि (उत्तर से तीन माह)।`,
      });
    }
  }
  // What was actually sent and received, from the tracker's history (drafts are not events).
  for (const filing of ctx.c.filings) {
    for (const e of filing.history) {
      if (e.status === 'draft') continue;
      const note = e.note.trim() ? ` ${e.note.trim().replace(/\s*\|\s*/g, ' / ')}` : '';
      events.push({ date: e.date, event: `${describeFiling(filing)}: ${filingStatusLabel(filing.kind, e.status)}.${note}` });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    fields: { ...questionFields(ctx), caseTitle: ctx.c.title, date: isoDay(ctx.now) },
    points: events.map((e) => `${formatDate(e.date)} | ${e.event}`),
  };
}
