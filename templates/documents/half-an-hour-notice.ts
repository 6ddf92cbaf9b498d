import { formatDate } from '../../shared/lib/dates/index.ts';
import type { DraftOf } from '../../shared/domain/draft.ts';
import { address, heading, numbered, paragraph, signature, table, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { HOUSES, houseConditionalFields, houseName, houseOf, ministryName, PQ_FIELDS, QUESTION_KIND_LABELS, QUESTION_KINDS } from './parliament-notice.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, isoDay, partLabel, questionReference, memberFields, earlier, questionFields } from '../../shared/drafting/draft-context.ts';
import { gapsForNotice, gapPoint, sortLabels, type Gap } from '../../shared/drafting/gaps.ts';
import type { Language } from '../../shared/domain/draft.ts';

/**
 * Notice of a half-an-hour discussion arising out of an answer (`parliament-procedure.md` §1.6 for
 * Lok Sabha Rule 55, §2 for Rajya Sabha Rule 60): to the Secretary-General, giving the question number
 * and its date of answer, the points to be raised "briefly", the date desired, and an explanatory
 * note stating the reasons; signed. An unanswered part is exactly the trigger the procedure names:
 * an answer that "is not complete or does not give the desired information".
 */

const F = PQ_FIELDS;

const T = {
  title: { en: 'NOTICE OF HALF-AN-HOUR DISCUSSION', hi: 'आधे घंटे की चर्चा की सूचना' },
  to: { en: 'To', hi: 'सेवा में,' },
  sg: { en: 'The Secretary-General', hi: 'महासचिव' },
  salutation: { en: 'Sir/Madam,', hi: 'महोदय/महोदया,' },
  introLs: { en: 'Under Rule 55 of the Rules of Procedure and Conduct of Business in Lok Sabha, I give notice of my intention to raise a half-an-hour discussion on the points arising out of the answer given on {date} to {kind}Question No. {number} regarding {subject}, as the answer is not complete and does not give the information sought.', hi: 'लोक सभा के प्रक्रिया तथा कार्य संचालन नियमों के नियम 55 के अंतर्गत मैं {date} को {kind}प्रश्न संख्या {number} ({subject}) के दिए गए उत्तर से उत्पन्न बिंदुओं पर आधे घंटे की चर्चा उठाने की अपनी मंशा की सूचना देता/देती हूँ, क्योंकि उत्तर पूर्ण नहीं है और माँगी गई सूचना नहीं देता।' },
  introRs: { en: 'Under Rule 60 of the Rules of Procedure and Conduct of Business in the Council of States, I give notice of my intention to raise a half-an-hour discussion on the points arising out of the answer given on {date} to {kind}Question No. {number} regarding {subject}, as the answer needs elucidation on matters of fact.', hi: 'राज्य सभा के प्रक्रिया तथा कार्य संचालन नियमों के नियम 60 के अंतर्गत मैं {date} को {kind}प्रश्न संख्या {number} ({subject}) के दिए गए उत्तर से उत्पन्न बिंदुओं पर आधे घंटे की चर्चा उठाने की अपनी मंशा की सूचना देता/देती हूँ, क्योंकि उत्तर में तथ्य संबंधी विषयों पर स्पष्टीकरण आवश्यक है।' },
  starred: { en: 'Starred ', hi: 'तारांकित ' },
  unstarred: { en: 'Unstarred ', hi: 'अतारांकित ' },
  shortNotice: { en: 'Short Notice ', hi: 'अल्प सूचना ' },
  questionNo: { en: 'Question No.', hi: 'प्रश्न संख्या' },
  answered: { en: 'Date of answer', hi: 'उत्तर की तिथि' },
  ministry: { en: 'Ministry', hi: 'मंत्रालय' },
  desired: { en: 'Date on which the discussion is desired', hi: 'चर्चा की वांछित तिथि' },
  points: { en: 'Points to be raised', hi: 'उठाए जाने वाले बिंदु' },
  note: { en: 'Explanatory note (reasons for raising the discussion)', hi: 'व्याख्यात्मक टिप्पणी (चर्चा उठाने के कारण)' },
  yours: { en: 'Yours faithfully,', hi: 'भवदीय/भवदीया,' },
  sign: { en: '(Signature of the Member)', hi: '(सदस्य के हस्ताक्षर)' },
  name: { en: 'Name (in block letters): ', hi: 'नाम (स्पष्ट अक्षरों में): ' },
  division: { en: 'Division No.: ', hi: 'विभाजन संख्या: ' },
  date: { en: 'Date: ', hi: 'दिनांक: ' },
} as const satisfies { readonly [key: string]: Bilingual };

function render(draft: DraftOf<'half-an-hour-notice'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'half-an-hour-notice'>): string => orPlaceholder(draft, spec.key, spec.label);
  const house = houseOf(draft);
  const k = field(draft, F.questionKind.key);
  const kind = k === 'starred' ? t(T.starred) : k === 'unstarred' ? t(T.unstarred) : k === 'short-notice' ? t(T.shortNotice) : '';
  const points = draft.points.map((p) => p.trim()).filter((p) => p.length > 0);
  const division = field(draft, F.divisionNumber.key);
  const member = v(F.memberName);
  return [
    // The Member's own notice, on the House's form: never an organisation's letterhead.
    heading(t(T.title)),
    address([t(T.to), t(T.sg), houseName(draft, lang)]),
    paragraph(t(T.salutation), 'left'),
    paragraph(fill(t(house === 'rs' ? T.introRs : T.introLs), { date: formatDate(v(F.questionDate)), kind, number: v(F.questionNumber), subject: v(F.subject) })),
    table([], [
      [t(T.questionNo), `${kind}${v(F.questionNumber)}`],
      [t(T.answered), formatDate(v(F.questionDate))],
      [t(T.ministry), ministryName(draft)],
      [t(T.desired), formatDate(v(F.desiredDate))],
    ], [2, 3]),
    heading(t(T.points), 2, 'left'),
    numbered(points.length > 0 ? points : [POINTS_SLOT['half-an-hour-notice'][lang]]),
    heading(t(T.note), 2, 'left'),
    paragraph(v(F.explanatoryNote)),
    signature(
      [t(T.date) + formatDate(field(draft, F.date.key) || ctx.today)],
      [t(T.yours), '', t(T.sign), t(T.name) + (lang === 'en' ? member.toUpperCase() : member), ...(division || house === 'ls' ? [t(T.division) + v(F.divisionNumber)] : [])],
    ),
  ];
}

export const HALF_AN_HOUR_NOTICE_TEMPLATE: KindTemplate<'half-an-hour-notice'> = {
  kind: 'half-an-hour-notice',
  prefill: prefillHalfAnHour,
  title: 'Notice of a half-an-hour discussion arising out of an answer',
  requiredFields: [F.house, F.questionNumber, F.questionDate, F.ministry, F.subject, F.memberName, F.desiredDate, F.explanatoryNote],
  conditionalFields: houseConditionalFields,
  choices: { [F.house.key]: HOUSES, [F.questionKind.key]: QUESTION_KINDS },
  choiceLabels: { [F.questionKind.key]: QUESTION_KIND_LABELS },
  optionalFields: [F.questionKind, F.divisionNumber, F.date],
  minPoints: { count: 1, label: 'Points to be raised (at least one)' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

/** "(a), (b) and (c)" in either language. */
function labelList(labels: ReadonlyArray<string>, lang: Language): string {
  const l = labels.map((x) => partLabel(x, lang));
  if (l.length <= 1) return l.join('');
  return `${l.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'और'} ${l.at(-1) ?? ''}`;
}

/**
 * The explanatory note (Rule 55 / Rule 60: the reasons for raising the discussion): what the
 * answer left out, each gap once. A note the user wrote in an earlier half-an-hour draft of the
 * case, in the same language, is theirs and is kept.
 */
function explanatoryNote(ctx: DraftContext, gaps: ReadonlyArray<Gap>): string {
  // Only a note in the draft's own language: a Hindi notice does not carry the English draft's
  // note (review 11: every Hindi half-an-hour notice had its explanatory note in English).
  const before = earlier(ctx, 'half-an-hour-notice');
  const own = before?.language === ctx.lang ? before.fields.explanatoryNote : undefined;
  if (own && own.trim().length > 0) return own;
  const ref = questionReference(ctx.q, ctx.lang) || (ctx.lang === 'en' ? 'the question' : 'प्रश्न');
  // In question order, whatever order the points are in (review 16: "(a), (f), (c) and (g)").
  const labels = sortLabels([...new Set(gaps.flatMap((g) => g.forParts))]);
  const withheld = [...new Set(gaps.map((g) => g.withheld))];
  if (ctx.lang === 'hi') {
    const withheldHi = [...new Set(gaps.map((g) => g.withheldHi))];
    const notSaid = withheldHi.length > 0 ? ` उसमें यह नहीं बताया गया कि ${withheldHi.join('; न यह कि ')}। ये तथ्य के विषय हैं जिन पर उत्तर का स्पष्टीकरण आवश्यक है।` : '';
    return `${ref} के उत्तर में भाग ${labelList(labels, 'hi')} में माँगी गई सूचना नहीं दी गई।${notSaid}`;
  }
  const which = labels.length > 0 ? ` the information sought in part${labels.length > 1 ? 's' : ''} ${labelList(labels, 'en')}` : '';
  return `The answer to ${ref} did not give${which}. It did not say ${withheld.join('; nor ')}. These are matters of fact on which the answer needs elucidation.`;
}

const MAX_DISCUSSION_POINTS = 4;

export function prefillHalfAnHour(ctx: DraftContext): Prefill<'half-an-hour-notice'> {
  const member = memberFields(ctx);
  // Points are "specified briefly" (§1.6): the weightiest few, in the order the answer gave them.
  const gaps = gapsForNotice(ctx.gaps, Number.POSITIVE_INFINITY).map((c) => c.gap).slice(0, MAX_DISCUSSION_POINTS);
  return {
    fields: { ...questionFields(ctx), ...member, explanatoryNote: explanatoryNote(ctx, gaps), date: isoDay(ctx.now) },
    points: gaps.map((g) => gapPoint(g, ctx.reported, ctx.lang)),
  };
}
