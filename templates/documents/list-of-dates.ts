import type { DraftOf } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import { cells, field, orPlaceholder, type Bilingual } from './fields.ts';
import { letterheadBlocks } from './letterhead.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';

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
  title: 'List of dates and events',
  requiredFields: [FIELDS.caseTitle],
  optionalFields: [FIELDS.questionRef],
  minPoints: { count: 1, label: 'Dates and events (at least one row, "date | event")' },
  render,
};
