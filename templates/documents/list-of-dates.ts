import type { DraftOf } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import { cells, field, fill, orPlaceholder, type Bilingual } from './fields.ts';
import type { Filing } from '../../shared/domain/filing.ts';
import type { Language } from '../../shared/domain/draft.ts';
import type { IsoDate } from '../../shared/lib/dates/index.ts';
import { deadlinesFor } from '../../shared/deadlines/deadlines-for.ts';
import type { DeadlineKind } from '../../shared/deadlines/types.ts';
import { periodDays } from '../deadlines/deadline-rules.ts';
import { POINTS_SLOT } from './slots.ts';
import { letterheadBlocks } from './letterhead.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, isoDay, judgedPart, partLabel, questionReference, topic, questionFields } from '../../shared/drafting/draft-context.ts';
import { describeFiling, FILING_KIND_HI, FILING_STATUS_HI, filingStatusLabel } from '../../shared/domain/filing-labels.ts';
import { addDays, formatDate } from '../../shared/lib/dates/index.ts';
import { answerSource, matterEvents, oneLine } from '../../shared/documents/chronology.ts';
import { DEEMED_REFUSAL } from './rti-common.ts';
import { generatedNameIn } from '../authorities/names.ts';
import type { FilingStatus } from '../../shared/domain/filing.ts';
import { assertNever } from '../../shared/lib/assert-never.ts';
import { labelRun } from '../../shared/drafting/answered-together.ts';
import { isOpenForFollowUp } from '../../shared/domain/part-status.ts';
import { partStatusText } from './status-text.ts';

/**
 * List of dates and events, the synopsis a lawyer files ahead of a writ petition or a second appeal.
 * Each point is one row written "date | event | source" (`newDraft` builds them from the case: the
 * answer, the events the case's material records (`case-event.ts`), assurances falling due, and what
 * was filed and received), so every line can be checked against what it rests on before filing.
 */

const FIELDS = {
  caseTitle: { key: 'caseTitle', label: 'Title of the matter' },
  questionRef: { key: 'questionRef', label: 'Question or application referred to' },
} as const satisfies { readonly [key: string]: FieldSpec<'list-of-dates'> };

const T = {
  title: { en: 'LIST OF DATES AND EVENTS', hi: 'तिथियों और घटनाओं की सूची' },
  header: { en: 'Date|Event|Source', hi: 'दिनांक|घटना|स्रोत' },
  inMatter: { en: 'In the matter of: {title}', hi: 'विषय: {title}' },
} as const satisfies { readonly [key: string]: Bilingual };

function render(draft: DraftOf<'list-of-dates'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const rows = draft.points.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => cells(p, 3));
  const ref = field(draft, FIELDS.questionRef.key);
  return [
    ...letterheadBlocks(ctx.profile),
    heading(T.title[lang]),
    paragraph(T.inMatter[lang].replace('{title}', orPlaceholder(draft, FIELDS.caseTitle.key, FIELDS.caseTitle.label)), 'center'),
    ...(ref ? [paragraph(ref, 'center')] : []),
    // The date column holds dd.mm.yyyy on one line; the event takes most of the width.
    table(T.header[lang].split('|'), rows.length > 0 ? rows : [['', POINTS_SLOT['list-of-dates'][lang], '']], [2, 7, 3]),
  ];
}

export const LIST_OF_DATES_TEMPLATE: KindTemplate<'list-of-dates'> = {
  kind: 'list-of-dates',
  prefill: prefillListOfDates,
  title: 'List of dates and events',
  requiredFields: [FIELDS.caseTitle],
  optionalFields: [FIELDS.questionRef],
  minPoints: { count: 1, label: 'Dates and events (at least one row, "date | event | source")' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

const SOURCES = {
  // OAMS (oams.nic.in): "required to be fulfilled within a period of three months" (parliament-procedure.md §4).
  assurance: { en: 'Online Assurances Monitoring System (oams.nic.in), Ministry of Parliamentary Affairs: three months from the date of the assurance', hi: 'ऑनलाइन आश्वासन निगरानी प्रणाली (oams.nic.in), संसदीय कार्य मंत्रालय: आश्वासन की तिथि से तीन माह' },
  record: { en: 'the applicant\'s own record of what was sent and received', hi: 'भेजे और प्राप्त पत्रों का आवेदक का अपना अभिलेख' },
  reckoned: { en: 'worked out from the dates above and the periods of the Act', hi: 'ऊपर की तिथियों और अधिनियम की अवधियों से निकाली गई' },
} as const satisfies { readonly [key: string]: Bilingual };

/**
 * The limits still running on a filing, as the tracker reckons them (`deadlinesFor`), written as
 * the list's own rows: the dates a Commission or court counts from. Only those not yet met; the
 * ones the record already shows (a deemed refusal) are events above.
 */
const OPEN_LIMITS: { readonly [K in DeadlineKind]?: Bilingual } = {
  'reply-due': { en: 'last day for the decision on the application (Section 7(1))', hi: 'आवेदन पर निर्णय की अंतिम तिथि (धारा 7(1))' },
  'first-appeal-due': { en: 'last day for the first appeal (Section 19(1))', hi: 'प्रथम अपील की अंतिम तिथि (धारा 19(1))' },
  'faa-decision-due': {
    en: 'last of the {days} days for the First Appellate Authority\'s order (Section 19(6); {extended} with reasons recorded): none recorded',
    hi: 'प्रथम अपीलीय प्राधिकारी के आदेश के {days} दिन का अंतिम दिन (धारा 19(6); कारण लिखकर {extended} दिन): कोई आदेश दर्ज नहीं',
  },
  'second-appeal-due': { en: 'last day for a second appeal to the Information Commission (Section 19(3))', hi: 'सूचना आयोग को द्वितीय अपील की अंतिम तिथि (धारा 19(3))' },
};

/**
 * With no order recorded, the second appeal's last day above counts from the 30th day of s.19(6);
 * one sentence gives the later date, counted from the 45th day as the Commission's guidelines do
 * and as the appeal's own lateness check does (`secondAppealWithoutOrder`, deadline-rules.ts).
 */
const SECOND_APPEAL_READINGS: Bilingual = {
  en: ', counted from the {days}th day of Section 19(6); counted from the {extended}th day, as the Commission\'s second-appeal guidelines do, it is {later}',
  hi: ', धारा 19(6) के {days}वें दिन से गिनकर; आयोग के द्वितीय अपील संबंधी दिशानिर्देशों की तरह {extended}वें दिन से गिनने पर यह {later} है',
};

/** A limit the record shows was kept: the list says so, because a Commission asks first whether the appeal was in time (s.19(1)). */
const KEPT: Bilingual = { en: '; the first appeal was filed on {on}, within it', hi: '; प्रथम अपील {on} को, इस अवधि के भीतर, दाखिल की गई' };

/**
 * The outer day of s.19(6) when no order is recorded: a first appellate authority may take up to
 * forty-five days with reasons recorded, and the Commission's guidelines count the second appeal's
 * ninety days from it (review 4: the later reading was given without the day it counts from).
 */
const FAA_OUTER_DAY: Bilingual = {
  en: 'last of the {extended} days Section 19(6) allows at most, with reasons recorded, for the First Appellate Authority\'s order: none recorded',
  hi: 'प्रथम अपीलीय प्राधिकारी के आदेश हेतु धारा 19(6) के अंतर्गत लिखित कारणों सहित बढ़ाई जा सकने वाली अधिकतम {extended} दिन की अवधि का अंतिम दिन: कोई आदेश दर्ज नहीं',
};

function openLimits(filing: Filing, today: IsoDate, lang: Language): ReadonlyArray<Row> {
  const days = periodDays('firstAppealDecision');
  const extended = periodDays('firstAppealDecisionExtended');
  const noOrder = !filing.history.some((e) => e.status === 'first-appellate-order');
  const row = (date: IsoDate, text: string): Row => ({ date, event: stop(`${filingName(filing, lang)}: ${text}`, lang), source: SOURCES.reckoned[lang] });
  return deadlinesFor(filing, today).flatMap((d) => {
    const text = OPEN_LIMITS[d.kind];
    if (!text) return [];
    const limit = fill(text[lang], { days: String(days), extended: String(extended) });
    if (d.kind === 'first-appeal-due' && d.completedOn !== null && d.completedOn <= d.dueDate) {
      return [row(d.dueDate, `${limit}${fill(KEPT[lang], { on: formatDate(d.completedOn) })}`)];
    }
    if (d.completedOn !== null || d.status === 'met' || d.status === 'missed') return [];
    if (d.kind === 'faa-decision-due' && noOrder) {
      return [row(d.dueDate, limit), row(addDays(d.dueDate, extended - days), fill(FAA_OUTER_DAY[lang], { extended: String(extended) }))];
    }
    const readings = d.kind === 'second-appeal-due' && noOrder
      ? fill(SECOND_APPEAL_READINGS[lang], { days: String(days), extended: String(extended), later: formatDate(addDays(d.dueDate, extended - days)) })
      : '';
    return [row(d.dueDate, `${limit}${readings}`)];
  });
}

type Row = { readonly date: string; readonly event: string; readonly source: string };

/**
 * A filing as a Hindi list names it: "स्वास्थ्य और परिवार कल्याण मंत्रालय को आरटीआई आवेदन (संख्या)",
 * the authority by its official Hindi name where the tables know it (`generatedNameIn`); a title
 * the user gave the filing, and its number, stay as typed. English uses the tracker's own words.
 */
function filingName(filing: Filing, lang: Language): string {
  if (lang === 'en' || filing.title.trim()) return describeFiling(filing);
  const to = (name: string): string => (name.trim() ? `${generatedNameIn(name, 'hi')} को ` : '');
  const ref = (r: string): string => (r.trim() ? ` (${r.trim()})` : '');
  switch (filing.kind) {
    case 'rti-application': return `${to(filing.publicAuthority)}${FILING_KIND_HI[filing.kind]}${ref(filing.registrationNumber)}`;
    case 'rti-first-appeal': return `${to(filing.appellateAuthority)}${FILING_KIND_HI[filing.kind]}${ref(filing.registrationNumber)}`;
    case 'rti-second-appeal':
    case 'rti-complaint': return `${to(filing.commission)}${FILING_KIND_HI[filing.kind]}${ref(filing.diaryNumber)}`;
    case 'question-notice': return [FILING_KIND_HI[filing.kind], filing.house === 'Lok Sabha' ? 'लोक सभा' : filing.house === 'Rajya Sabha' ? 'राज्य सभा' : '', filing.questionNumber ? `प्रश्न ${filing.questionNumber}` : ''].filter(Boolean).join(', ');
    case 'assurance': return filing.questionRef ? `${filing.questionRef} में ${FILING_KIND_HI[filing.kind]}` : FILING_KIND_HI[filing.kind];
    default: return assertNever(filing, 'Unknown filing kind');
  }
}

/**
 * A list of dates records what happened that day, not the state it left (review 4: "First appeal
 * pending" is a status): an appeal's entry in the history is the day it was filed.
 */
const FILED_EVENT: { readonly [S in FilingStatus]?: Bilingual } = {
  'first-appeal': { en: 'first appeal filed with the First Appellate Authority (Section 19(1))', hi: 'प्रथम अपीलीय प्राधिकारी के समक्ष प्रथम अपील दाखिल (धारा 19(1))' },
  'second-appeal': { en: 'second appeal filed with the Information Commission (Section 19(3))', hi: 'सूचना आयोग के समक्ष द्वितीय अपील दाखिल (धारा 19(3))' },
};

function statusName(filing: Filing, status: FilingStatus, lang: Language): string {
  const filed = FILED_EVENT[status];
  if (filed) return filed[lang];
  return lang === 'en' ? filingStatusLabel(filing.kind, status) : FILING_STATUS_HI[status];
}

/** A row's sentence, closed as its language closes one. */
const stop = (text: string, lang: Language): string => `${text}${lang === 'en' ? '.' : '।'}`;

/**
 * A recorded deemed refusal, written as the appeals' chronology writes it (`DEEMED_REFUSAL`): on
 * the last day of the reply period as the tracker reckons it, refused from the day after (s.7(1),
 * s.7(2)). Without a reckoning (no filing date recorded), the day recorded is the first day of the refusal.
 */
function deemedRefusalRow(filing: Filing, recorded: IsoDate, today: IsoDate, lang: Language): Row {
  const due = deadlinesFor(filing, today).find((d) => d.kind === 'reply-due')?.dueDate ?? addDays(recorded, -1);
  // A list of dates has no particulars to say Central or State: the Act's generic title.
  const text = fill(DEEMED_REFUSAL[lang], { days: String(periodDays('reply')), from: formatDate(addDays(due, 1)), pio: lang === 'en' ? 'Public Information Officer' : 'लोक सूचना अधिकारी' });
  return { date: due, event: stop(`${filingName(filing, lang)}: ${text}`, lang), source: SOURCES.reckoned[lang] };
}

/**
 * What the answer did, as the row's event (review 4: the row gave the question's subject and not
 * what happened that day): how many parts it met, and which it left open, as the case judges them
 * (the user's verdict where they changed the analyser's). Nothing more when no part is judged.
 */
function answerOutcome(ctx: DraftContext): string {
  const lang = ctx.lang;
  const judged = (ctx.q?.parts ?? []).map((p) => judgedPart(ctx.c, p, lang)).filter((p) => p.status !== null);
  if (judged.length === 0) return lang === 'en' ? '.' : '।';
  const open = judged.filter((p) => p.status !== null && isOpenForFollowUp(p.status));
  // A part that did not arise was not answered in full: it is counted apart (review 12: "answers 2
  // of the 4 parts in full" where one of the two had not arisen).
  const notArising = judged.filter((p) => p.status === 'not_applicable');
  const met = judged.length - open.length - notArising.length;
  const arisingNote = notArising.length === 0 ? '' : lang === 'en'
    ? ` (${labelRun(notArising.map((p) => p.label), (l) => partLabel(l, lang), lang)} did not arise)`
    : ` (${labelRun(notArising.map((p) => p.label), (l) => partLabel(l, lang), lang)} का प्रश्न नहीं उठा)`;
  // Each open part with the verdict the points table gives it, in the same words.
  const each = open.map((p) => `${partLabel(p.label, lang)} ${partStatusText(p.status, lang).toLocaleLowerCase('en')}`).join(', ');
  if (lang === 'en') return `. The reply answers ${met} of the ${judged.length} parts in full${arisingNote}${each ? `; ${each}` : ''}.`;
  return `। उत्तर ${judged.length} में से ${met} ${met === 1 ? 'भाग' : 'भागों'} का पूरा उत्तर देता है${arisingNote}${each ? `; ${each}` : ''}।`;
}

export function prefillListOfDates(ctx: DraftContext): Prefill<'list-of-dates'> {
  const lang = ctx.lang;
  const events: Row[] = [];
  const q = ctx.q;
  const ref = questionReference(q, lang);
  if (q?.date) {
    events.push({ date: q.date, event: `${ref}: ${topic(ctx)}${answerOutcome(ctx)}`, source: answerSource(ctx.c) });
  }
  // What the case's material records happened: statements, reports, other replies, notifications.
  events.push(...matterEvents(ctx.c, lang));
  for (const verdict of ctx.c.analysis.parts) {
    if (verdict.assurance?.dueBy) {
      events.push({
        date: verdict.assurance.dueBy,
        event: lang === 'en'
          ? `Assurance in reply to part ${partLabel(verdict.label, 'en')} ("${verdict.assurance.phrase}") falls due (three months from the answer).`
          : `भाग ${partLabel(verdict.label, 'hi')} के उत्तर में दिया गया आश्वासन ("${verdict.assurance.phrase}") पूरा करने की तिथि (उत्तर से तीन माह)।`,
        source: SOURCES.assurance[lang],
      });
    }
  }
  // What was actually sent and received, from the tracker's history (drafts are not events).
  for (const filing of ctx.c.filings) {
    for (const e of filing.history) {
      if (e.status === 'draft') continue;
      if (e.status === 'deemed-refused') {
        events.push(deemedRefusalRow(filing, e.date, isoDay(ctx.now), lang));
        continue;
      }
      const note = e.note.trim() ? ` ${oneLine(e.note)}` : '';
      events.push({ date: e.date, event: `${stop(`${filingName(filing, lang)}: ${statusName(filing, e.status, lang)}`, lang)}${note}`, source: SOURCES.record[lang] });
    }
    events.push(...openLimits(filing, isoDay(ctx.now), lang));
  }
  // Stable: events of one day keep the order above (the answer, then what the material says).
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cell = (text: string): string => text.replace(/\s*\|\s*/g, ' / ');
  return {
    fields: { ...questionFields(ctx), caseTitle: ctx.c.title, date: isoDay(ctx.now) },
    points: events.map((e) => `${formatDate(e.date)} | ${cell(e.event)} | ${cell(e.source)}`),
  };
}
