import type { DraftOf } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import { cells, field, orPlaceholder, type Bilingual } from './fields.ts';
import { letterheadBlocks } from './letterhead.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, isoDay, partLabel, questionFields } from '../../shared/drafting/draft-context.ts';
import { statusLabel, type PartStatus } from '../../shared/domain/part-status.ts';
import { assertNever } from '../../shared/lib/assert-never.ts';
import type { Language } from '../../shared/domain/draft.ts';

/**
 * Table of points asked, what the reply said, and what is left open: the annexure a petition or
 * appeal carries to show part by part what the government did not answer (statuses as in
 * `reply-analysis.md`). Each point is one row "part | asked | reply | status".
 */

const FIELDS = {
  caseTitle: { key: 'caseTitle', label: 'Title of the matter' },
  questionRef: { key: 'questionRef', label: 'Question referred to' },
  annexure: { key: 'annexure', label: 'Annexure number (e.g. P-3)' },
} as const satisfies { readonly [key: string]: FieldSpec<'points-table'> };

const T = {
  title: { en: 'POINTS ASKED, ANSWERED AND LEFT OPEN', hi: 'पूछे गए, उत्तरित और अनुत्तरित बिंदु' },
  annexure: { en: 'ANNEXURE {n}', hi: 'अनुलग्नक {n}' },
  header: { en: 'Part|Asked|What the reply said|Status', hi: 'भाग|क्या पूछा गया|उत्तर में क्या कहा गया|स्थिति' },
} as const satisfies { readonly [key: string]: Bilingual };

function render(draft: DraftOf<'points-table'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const rows = draft.points.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => cells(p, 4));
  const annexure = field(draft, FIELDS.annexure.key);
  const ref = field(draft, FIELDS.questionRef.key);
  return [
    ...letterheadBlocks(ctx.profile),
    ...(annexure ? [paragraph(T.annexure[lang].replace('{n}', annexure), 'right')] : []),
    heading(T.title[lang]),
    paragraph(orPlaceholder(draft, FIELDS.caseTitle.key, FIELDS.caseTitle.label), 'center'),
    ...(ref ? [paragraph(ref, 'center')] : []),
    table(T.header[lang].split('|'), rows.length > 0 ? rows : [['', '[Points]', '', '']], [1, 5, 5, 2]),
  ];
}

export const POINTS_TABLE_TEMPLATE: KindTemplate<'points-table'> = {
  kind: 'points-table',
  prefill: prefillPointsTable,
  title: 'Table of points asked, answered and left open',
  requiredFields: [FIELDS.caseTitle],
  optionalFields: [FIELDS.questionRef, FIELDS.annexure],
  minPoints: { count: 1, label: 'Rows (at least one, "part | asked | reply | status")' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

function statusText(status: PartStatus | null, lang: Language): string {
  if (status === null) return lang === 'en' ? 'Not assessed' : 'आकलन नहीं';
  if (lang === 'en') return statusLabel(status);
  switch (status) {
    case 'answered': return 'उत्तर दिया गया';
    case 'partial': return 'आंशिक उत्तर';
    case 'unanswered': return 'उत्तर नहीं दिया गया';
    case 'deferred': return 'टाल दिया गया';
    case 'refused': return 'इनकार';
    case 'not_applicable': return 'लागू नहीं';
    default: return assertNever(status, 'Unknown part status');
  }
}

export function prefillPointsTable(ctx: DraftContext): Prefill<'points-table'> {
  const clean = (s: string): string => s.replace(/\s*\|\s*/g, ' / ').replace(/\s+/g, ' ').trim();
  return {
    fields: { ...questionFields(ctx), caseTitle: ctx.c.title, date: isoDay(ctx.now) },
    points: ctx.parts.map((p) =>
      [partLabel(p.label, ctx.lang), clean(p.text), clean(p.evidence || p.reason || '—'), statusText(p.status, ctx.lang)].join(' | '),
    ),
  };
}
