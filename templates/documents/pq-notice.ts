import { addressedMinistry } from '../authorities/ministries.ts';
import { complainantMinistry } from '../../shared/drafting/complainant.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';
import type { DraftOf } from '../../shared/domain/draft.ts';
import { address, bold, heading, numbered, paragraph, signature, table, text, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { HOUSES, houseConditionalFields, houseName, houseOf, ministryName, PQ_FIELDS, punctuateParts, QUESTION_KIND_LABELS, QUESTION_KINDS, questionStem } from './parliament-notice.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, isoDay, ministerOf, memberFields, questionFields, replyNamedMatter, replyNamedSubject, replyTexts } from '../../shared/drafting/draft-context.ts';
import { nameOnce } from '../../shared/drafting/name-once.ts';
import { gapsForNotice, type Gap } from '../../shared/drafting/gaps.ts';
import { PQ_WORD_LIMITS } from '../rules/question-rules.ts';
import { countWords } from '../../shared/lint/text.ts';
import { sameMinistry } from '../../shared/lib/ministry-name.ts';

/**
 * Notice of a question (Lok Sabha Rules 34, 36 and 54; Rajya Sabha equivalents; `parliament-procedure.md`
 * §1.2–1.5, §2, §3.1): to the Secretary-General, with the text, the Minister's designation, the date on
 * which answer is desired and the order of preference (Rule 34(1)); an asterisk for an oral answer
 * (Rule 36); the member's name in block letters and division number (member instructions).
 */

const F = PQ_FIELDS;

const KINDS = QUESTION_KINDS;
type Kind = (typeof KINDS)[number];

const T = {
  title: { en: 'NOTICE OF QUESTION', hi: 'प्रश्न की सूचना' },
  to: { en: 'To', hi: 'सेवा में,' },
  sg: { en: 'The Secretary-General', hi: 'महासचिव' },
  salutation: { en: 'Sir/Madam,', hi: 'महोदय/महोदया,' },
  introLs: { en: 'Under Rule 34 of the Rules of Procedure and Conduct of Business in Lok Sabha, I give notice of the following question for {answer}.', hi: 'लोक सभा के प्रक्रिया तथा कार्य संचालन नियमों के नियम 34 के अंतर्गत मैं {answer} के लिए निम्नलिखित प्रश्न की सूचना देता/देती हूँ।' },
  introRs: { en: 'I give notice of the following question for {answer}.', hi: 'मैं {answer} के लिए निम्नलिखित प्रश्न की सूचना देता/देती हूँ।' },
  starred: { en: 'oral answer (starred question, marked with an asterisk)', hi: 'मौखिक उत्तर (तारांकित प्रश्न, तारक चिह्न सहित)' },
  unstarred: { en: 'written answer (unstarred question)', hi: 'लिखित उत्तर (अतारांकित प्रश्न)' },
  shortNoticeLs: { en: 'answer at short notice under Rule 54, the matter being of public importance and of an urgent character', hi: 'नियम 54 के अंतर्गत अल्प सूचना पर उत्तर, विषय लोक महत्व का और अविलंबनीय स्वरूप का होने के कारण' },
  shortNoticeRs: { en: 'answer at short notice, the matter being of public importance and of an urgent character', hi: 'अल्प सूचना पर उत्तर, विषय लोक महत्व का और अविलंबनीय स्वरूप का होने के कारण' },
  minister: { en: 'Minister to whom addressed', hi: 'संबोधित मंत्री' },
  ministerOf: { en: 'Minister of {ministry}', hi: '{ministry} मंत्री' },
  desired: { en: 'Date on which answer is desired', hi: 'उत्तर की वांछित तिथि' },
  preference: { en: 'Order of preference', hi: 'वरीयता क्रम' },
  subject: { en: 'Subject', hi: 'विषय' },
  yours: { en: 'Yours faithfully,', hi: 'भवदीय/भवदीया,' },
  sign: { en: '(Signature of the Member)', hi: '(सदस्य के हस्ताक्षर)' },
  name: { en: 'Name (in block letters): ', hi: 'नाम (स्पष्ट अक्षरों में): ' },
  division: { en: 'Division No.: ', hi: 'विभाजन संख्या: ' },
  date: { en: 'Date: ', hi: 'दिनांक: ' },
} as const satisfies { readonly [key: string]: Bilingual };

function isKind(value: string): value is Kind {
  return (KINDS as ReadonlyArray<string>).includes(value);
}

function kindOf(draft: DraftOf<'pq-notice'>): Kind | null {
  const k = field(draft, F.questionKind.key);
  return isKind(k) ? k : null;
}


function render(draft: DraftOf<'pq-notice'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'pq-notice'>): string => orPlaceholder(draft, spec.key, spec.label);
  const house = houseOf(draft);
  const kind = kindOf(draft);
  const answer = kind === 'starred' ? t(T.starred) : kind === 'short-notice' ? t(house === 'ls' ? T.shortNoticeLs : T.shortNoticeRs) : t(T.unstarred);
  const parts = punctuateParts(draft.points, lang);
  const division = field(draft, F.divisionNumber.key);
  const preference = field(draft, F.preference.key);
  const subject = field(draft, F.subject.key);
  const member = v(F.memberName);
  return [
    // The Member's own notice, on the House's form: never an organisation's letterhead.
    heading(t(T.title)),
    address([t(T.to), t(T.sg), houseName(draft, lang)]),
    paragraph(t(T.salutation), 'left'),
    paragraph(fill(t(house === 'ls' ? T.introLs : T.introRs), { answer })),
    table([], [
      [t(T.minister), fill(t(T.ministerOf), { ministry: ministryName(draft) })],
      [t(T.desired), formatDate(v(F.desiredDate))],
      ...(preference ? [[t(T.preference), preference]] : []),
      ...(subject ? [[t(T.subject), subject]] : []),
    ], [2, 3]),
    paragraph([bold(`${kind === 'starred' ? '*' : ''}${questionStem(draft, lang)}`)], 'left'),
    numbered(parts.length > 0 ? parts : [POINTS_SLOT['pq-notice'][lang]], lang === 'hi' ? 'hindi-letter' : 'letter'),
    signature(
      [t(T.date) + formatDate(field(draft, F.date.key) || ctx.today)],
      [t(T.yours), '', t(T.sign), t(T.name) + (lang === 'en' ? member.toUpperCase() : member), ...(division || house === 'ls' ? [t(T.division) + v(F.divisionNumber)] : [])],
    ),
    ...(kind === null ? [paragraph([text(slot(lang, F.questionKind))])] : []),
  ];
}

export const PQ_NOTICE_TEMPLATE: KindTemplate<'pq-notice'> = {
  kind: 'pq-notice',
  prefill: prefillPqNotice,
  title: 'Notice of a parliamentary question',
  requiredFields: [F.house, F.questionKind, F.ministry, F.memberName, F.desiredDate],
  conditionalFields: houseConditionalFields,
  choices: { [F.house.key]: HOUSES, [F.questionKind.key]: QUESTION_KINDS },
  choiceLabels: { [F.questionKind.key]: QUESTION_KIND_LABELS },
  optionalFields: [F.subject, F.preference, F.divisionNumber, F.date],
  minPoints: { count: 1, label: 'Question parts (at least one)' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

/** Words the notice's stem takes ("Will the Minister of X be pleased to state:"), counted as the limit counts them. */
function stemWords(ministry: string): number {
  return countWords(`Will the Minister of ${ministry} be pleased to state:`);
}

/**
 * Question parts built from what the reply withheld (`gaps.ts`), never the earlier parts again
 * (LS Rule 41(2)(xiii), RS Rule 47(xiv)), kept within the House's word limit (RS Rule 47(vii):
 * 100 words; LS Rule 41(2)(vii): ordinarily 150).
 */
function gapNoticeParts(ctx: DraftContext, house: string, ministry: string): ReadonlyArray<{ gap: Gap; parts: ReadonlyArray<string> }> {
  const limit = house === 'Lok Sabha' ? PQ_WORD_LIMITS['Lok Sabha'].words : PQ_WORD_LIMITS['Rajya Sabha'].words;
  const replyMinistry = ministerOf(ctx.replyMinistry);
  const replies = replyTexts(ctx.c);
  const addressee = { ministry, answeredTheReply: replyMinistry === '' || sameMinistry(ministry, replyMinistry), complainant: complainantMinistry(replies) };
  return gapsForNotice(ctx.gaps, limit - stemWords(ministry || 'the Ministry'), ctx.lang, addressee);
}

export function prefillPqNotice(ctx: DraftContext): Prefill<'pq-notice'> {
  const member = memberFields(ctx);
  // The Minister addressed: the one who gave the reply, unless the user chose the Minister who answers for what is left open.
  const answering = ctx.ministry ?? ministerOf(ctx.replyMinistry ?? ctx.q?.ministry ?? null);
  const chosen = gapNoticeParts(ctx, member.house ?? '', answering);
  // A ministry renamed since the answer is addressed by its name now (review 10: "Will the Minister
  // of HUMAN RESOURCE DEVELOPMENT", a Ministry of Education since 2020); the user's choice stands.
  // Several portfolios held together name no one Minister today: the user chooses (`addressedMinistry`).
  const ministry = ctx.ministry ?? ministerOf(addressedMinistry(answering));
  // LS Rule 34(1)(d): an order of preference only "where a member tables more than one notice of
  // questions for the same day": this notice's place after the case's notices to the same House
  // dated today; none when it is the only one (a "1" alone told the Table Office of notices that
  // did not exist).
  const today = isoDay(ctx.now);
  const question = questionFields(ctx);
  const sameDay = ctx.c.drafts.filter((d) => d.kind === 'pq-notice' && d.fields.house === member.house && d.fields.date === today).length;
  return {
    fields: { ...question, subject: replyNamedSubject(ctx) ?? question.subject ?? '', ministry, ...member, questionKind: 'unstarred', preference: sameDay > 0 ? String(sameDay + 1) : '', date: today },
    // The incident named in full in the first part that names it, "the said incident" after.
    points: nameOnce(chosen.flatMap((c) => c.parts), replyNamedMatter(ctx) ?? '', ctx.lang),
  };
}
