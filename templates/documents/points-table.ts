import { ministryName } from '../authorities/names.ts';
import type { DraftOf } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import { cells, field, orPlaceholder, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { letterheadBlocks } from './letterhead.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, houseName, isoDay, judgedPart, partLabel, publicAuthorityName, questionFields, replyText } from '../../shared/drafting/draft-context.ts';
import { answeredTogether, labelRun } from '../../shared/drafting/answered-together.ts';
import { findGaps } from '../../shared/drafting/gaps.ts';
import { leftOpenByPart, type LeftOpen } from '../../shared/drafting/left-open.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';
import type { PartStatus } from '../../shared/domain/part-status.ts';
import { partStatusText as statusText } from './status-text.ts';
import type { Language } from '../../shared/domain/draft.ts';
import type { CaseEvent } from '../../shared/domain/case-event.ts';
import type { SourceDocument } from '../../shared/domain/source-document.ts';

/**
 * Table of points asked, what the reply said, and what is left open: the annexure a petition or
 * appeal carries to show part by part what the government did not answer (statuses as in
 * `reply-analysis.md`). Each point is one row "part | asked | reply | left open | status". The
 * prefill covers every part of the question, whatever parts the draft follows up, names the reply
 * each quotation comes from, quotes a passage once (a later part that rests on it says so), and adds
 * the statements of any other reply the case records (`case-event.ts`, `isReply`).
 */

const FIELDS = {
  caseTitle: { key: 'caseTitle', label: 'Title of the matter' },
  questionRef: { key: 'questionRef', label: 'Question referred to' },
  annexure: { key: 'annexure', label: 'Annexure number (e.g. P-3)' },
} as const satisfies { readonly [key: string]: FieldSpec<'points-table'> };

const T = {
  title: { en: 'POINTS ASKED, ANSWERED AND LEFT OPEN', hi: 'पूछे गए, उत्तरित और अनुत्तरित बिंदु' },
  annexure: { en: 'ANNEXURE {n}', hi: 'अनुलग्नक {n}' },
  header: { en: 'Part|Asked|What the reply said|Left open|Status', hi: 'भाग|क्या पूछा गया|उत्तर में क्या कहा गया|क्या अनुत्तरित रहा|स्थिति' },
} as const satisfies { readonly [key: string]: Bilingual };

/** Relative column widths: part, asked, what the reply said, left open, status. */
export const COLUMN_WEIGHTS: ReadonlyArray<number> = [5, 11, 16, 14, 10];

function render(draft: DraftOf<'points-table'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const rows = draft.points.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => cells(p, 5));
  const annexure = field(draft, FIELDS.annexure.key);
  const ref = field(draft, FIELDS.questionRef.key);
  return [
    ...letterheadBlocks(ctx.profile),
    ...(annexure ? [paragraph(T.annexure[lang].replace('{n}', annexure), 'right')] : []),
    heading(T.title[lang]),
    paragraph(orPlaceholder(draft, FIELDS.caseTitle.key, FIELDS.caseTitle.label), 'center'),
    ...(ref ? [paragraph(ref, 'center')] : []),
    // Part is a label such as "(b)" and its header must not wrap ("Par/t"): 5 of 56 is 805 twips.
    table(T.header[lang].split('|'), rows.length > 0 ? rows : [['', POINTS_SLOT['points-table'][lang], '', '', '']], COLUMN_WEIGHTS),
  ];
}

export const POINTS_TABLE_TEMPLATE: KindTemplate<'points-table'> = {
  kind: 'points-table',
  prefill: prefillPointsTable,
  title: 'Table of points asked, answered and left open',
  requiredFields: [FIELDS.caseTitle],
  optionalFields: [FIELDS.questionRef, FIELDS.annexure],
  minPoints: { count: 1, label: 'Rows (at least one, "part | asked | reply | left open | status")' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).


const LEFT_OPEN_HI: { readonly [S in PartStatus]: string } = {
  answered: '—',
  partial: 'उत्तर अधूरा है: पूछी गई बात का पूरा उत्तर नहीं दिया गया।',
  unanswered: 'इस भाग का कोई उत्तर नहीं दिया गया।',
  deferred: 'उत्तर टाल दिया गया; सूचना बाद में देने की बात कही गई।',
  refused: 'सूचना देने से इनकार किया गया।',
  not_applicable: '—',
};

const clean = (s: string): string => s.replace(/\s*\|\s*/g, ' / ').replace(/\s+/g, ' ').trim();

/** "Rajya Sabha reply (Ministry of Electronics and Information Technology), 21.07.2023", and "as reported" for a press account. */
function replyName(ctx: DraftContext): string {
  const q = ctx.q;
  const house = houseName(q?.house ?? null, ctx.lang);
  // The ministry's official Hindi name in a Hindi table (Hindi means Hindi), as the application gives it.
  const ministry = ctx.lang === 'en' ? publicAuthorityName(q?.ministry ?? null) : ministryName(q?.ministry ?? null, ctx.lang);
  const date = q?.date ? formatDate(q.date) : '';
  // A press report's account is named as such: its quotations are the report's words, not the Minister's.
  if (ctx.lang === 'en') return [`${house ? `${house} reply` : 'Reply'}${ministry ? ` (${ministry})` : ''}`, date, ctx.reported ? 'as reported in the press (not the official text)' : ''].filter(Boolean).join(', ');
  return [`${house ? `${house} में उत्तर` : 'उत्तर'}${ministry ? ` (${ministry})` : ''}`, date, ctx.reported ? 'समाचार रिपोर्ट के अनुसार (आधिकारिक पाठ नहीं)' : ''].filter(Boolean).join(', ');
}

type PartRow = { readonly label: string; readonly text: string; readonly status: PartStatus | null; readonly reason: string; readonly passages: ReadonlyArray<string> };

/** Every part of the question with its verdict (the user's where they changed it) and its passages. */
function everyPart(ctx: DraftContext): ReadonlyArray<PartRow> {
  const c = ctx.c;
  return (ctx.q?.parts ?? []).map((p) => {
    const judged = judgedPart(c, p, ctx.lang);
    return { ...judged, passages: judged.passages.map((e) => clean(e.text)).filter((t) => t.length > 0) };
  });
}

export function prefillPointsTable(ctx: DraftContext): Prefill<'points-table'> {
  const lang = ctx.lang;
  const parts = everyPart(ctx);
  const analysed = ctx.c.sources.find((s) => s.id === ctx.c.analysis.sourceId);
  const gaps = findGaps({
    question: ctx.q,
    parts: parts.map((p) => ({ label: p.label, text: p.text, status: p.status, evidence: ctx.c.analysis.parts.find((v) => v.label === p.label)?.evidence ?? [] })),
    replyText: analysed?.text ?? replyText(ctx.c),
    // The table's own rows quote the other replies: what they answered is not left open here.
    otherReplies: otherReplies(ctx).map((r) => r.source.text),
  });
  const name = replyName(ctx);
  const open = leftOpenByPart(parts, gaps);
  // A passage is written out at the first part it serves; later parts point back to it.
  const quotedFor = new Map<string, string>();
  const rows = parts.map((p) => {
    const label = partLabel(p.label, lang);
    const fresh = p.passages.filter((q) => !quotedFor.has(q));
    const earlier = [...new Set(p.passages.filter((q) => quotedFor.has(q)).map((q) => quotedFor.get(q) ?? ''))];
    for (const q of fresh) quotedFor.set(q, label);
    const quoted = fresh.map((q) => `"${q}"`).join(' … ');
    const back = earlier.length === 0 ? '' : lang === 'en' ? `the passages quoted for ${earlier.join(', ')}` : `${earlier.join(', ')} के लिए उद्धृत अंश`;
    // A part the reply answered in one paragraph with others: that paragraph spoke to it, even where
    // no sentence of it did (review 11: "nothing on this part" against a "(b) to (e):" answer).
    const together = p.passages.length === 0 ? answeredTogether(analysed?.text ?? replyText(ctx.c), p.label) : null;
    const said = together
      ? (lang === 'en' ? `${name}, answering parts ${labelRun(together, (l) => `(${l})`, 'en')} together: no passage on what this part asked.` : `${name}, भाग ${labelRun(together, (l) => partLabel(l, 'hi'), 'hi')} का संयुक्त उत्तर: इस भाग में माँगी गई बात पर कोई अंश नहीं।`)
      : p.passages.length === 0
      ? (lang === 'en' ? `${name}: nothing on this part.` : `${name}: इस भाग पर कुछ नहीं।`)
      : lang === 'en'
        ? `${name}: ${[quoted, back ? (quoted ? `and ${back}` : `only ${back}`) : ''].filter(Boolean).join(' ')}`
        : `${name}: ${[quoted, back ? (quoted ? `और ${back}` : `केवल ${back}`) : ''].filter(Boolean).join(' ')}`;
    return [label, clean(p.text), clean(said), leftOpen(p, open.get(p.label), lang), statusText(p.status, lang)].join(' | ');
  });
  const fields = questionFields(ctx);
  // The Members who asked, as the question list names them: the table is read beside their question.
  const askers = (ctx.q?.askedBy ?? []).map((n) => n.trim()).filter(Boolean).join(', ');
  const questionRef = askers && fields.questionRef ? `${fields.questionRef}, ${lang === 'en' ? 'asked by' : 'पूछने वाले सदस्य:'} ${askers}` : fields.questionRef;
  return { fields: { ...fields, questionRef, caseTitle: ctx.c.title, date: isoDay(ctx.now) }, points: [...rows, ...otherReplyRows(ctx)] };
}

/** What the part asked that the reply did not give: the verdict's reason, then what the reply withholds on the part's own ask (`left-open.ts`). */
function leftOpen(p: PartRow, open: LeftOpen | undefined, lang: Language): string {
  if (p.status === null) return lang === 'en' ? 'Not assessed yet.' : 'अभी आकलन नहीं हुआ।';
  if (p.status === 'answered' || p.status === 'not_applicable') return '—';
  const earlier = (open?.seeAlso ?? []).map((l) => partLabel(l, lang));
  if (lang === 'hi') {
    const ownHi = open?.withheldHi ?? [];
    const saysNotHi = ownHi.length > 0 ? `इसमें यह नहीं बताया गया कि ${ownHi.join('; न यह कि ')}।` : '';
    const alsoHi = earlier.length > 0 ? `भाग ${earlier.join(', ')} के लिए जो खुला छोड़ा गया, वह यहाँ भी लागू है।` : '';
    return clean([clean(p.reason), saysNotHi, alsoHi].filter(Boolean).join(' ')) || LEFT_OPEN_HI[p.status];
  }
  const own = open?.withheld ?? [];
  const reason = clean(p.reason);
  const saysNot = own.length > 0 ? `It does not say ${own.join('; nor ')}.` : '';
  const also = earlier.length > 0 ? `What is left open for ${earlier.join(', ')} applies here too.` : '';
  return clean([reason, saysNot, also].filter(Boolean).join(' ')) || '—';
}

/** The other replies the case records (events marked `isReply`), each with its source document. */
function otherReplies(ctx: DraftContext): ReadonlyArray<{ readonly event: CaseEvent; readonly source: SourceDocument }> {
  return (ctx.c.matter.events ?? []).filter((e) => e.isReply).flatMap((event) => {
    const source = ctx.c.sources.find((s) => s.id === event.sourceId);
    return source ? [{ event, source }] : [];
  });
}

/** The statements of the other replies the case records, each with what it leaves out. */
function otherReplyRows(ctx: DraftContext): ReadonlyArray<string> {
  const lang = ctx.lang;
  return otherReplies(ctx).flatMap(({ event: e, source }) => {
    const name = `${clean(source.title)}, ${formatDate(e.date)}`;
    const asked = lang === 'en' ? 'Another reply on the matter (its question\'s text is not in the case)' : 'इसी विषय पर अन्य उत्तर (उसके प्रश्न का पाठ मामले में नहीं है)';
    return findGaps({ question: ctx.q, parts: [], replyText: source.text }).filter((g) => g.dodge !== null).map((g) => [
      '—',
      asked,
      clean(`${name}: "${g.dodge ?? ''}"`),
      lang === 'en' ? clean(`It does not say ${g.withheld}.`) : clean(`इसमें यह नहीं बताया गया कि ${g.withheldHi}।`),
      statusText(null, lang, true),
    ].join(' | '));
  });
}
