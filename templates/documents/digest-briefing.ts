import type { Language } from '../../shared/domain/draft.ts';
import type { PartStatus } from '../../shared/domain/part-status.ts';
import type { ReplyFacts } from '../../shared/domain/reply-facts.ts';
import { heading, numbered, paragraph, table, text, bold, type Block } from '../../shared/documents/blocks.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';
import { DEADLINE_RULES } from '../deadlines/deadline-rules.ts';
import { fill, type Bilingual } from './fields.ts';
import { ministryLabel } from '../authorities/names.ts';

/**
 * A Member's briefing from a session digest: for each reply, its House, number, date and
 * subject, the parts left open or partly met (what was asked beside what the reply said), and
 * its deferrals and assurances with the dates they fall due. Not a draft kind (nothing to fill
 * in or file), so not in `TEMPLATES`: the digest builds its input (`shared/digest/digest-briefing.ts`)
 * and this renders it to blocks for `toDocx`. Every word it adds is in `T`, in English and Hindi.
 */

export type BriefingPromise = { readonly label: string; readonly text: string; readonly dueBy: string | null };

export type BriefingPart = {
  readonly label: string;
  readonly status: PartStatus;
  /** The question part as asked, or '' when the analyser could not split the question. */
  readonly asked: string;
  /** The reply's passage the verdict rests on, or ''. */
  readonly replied: string;
};

export type BriefingReply = ReplyFacts & {
  readonly members: ReadonlyArray<string>;
  /** Only the parts left open or partly met. */
  readonly parts: ReadonlyArray<BriefingPart>;
  readonly deferrals: ReadonlyArray<BriefingPromise>;
  readonly assurances: ReadonlyArray<BriefingPromise>;
  /** The file it was read from, for a reply whose number is not known. */
  readonly file: string;
};

export type BriefingInput = {
  readonly digestTitle: string;
  /** ISO date the briefing is made (the injected clock). */
  readonly today: string;
  readonly language: Language;
  /** Replies in the rows shown (the filter applied), duplicates and unreadable files left out. */
  readonly shown: number;
  /** The replies with anything open, partly met, deferred or assured. */
  readonly replies: ReadonlyArray<BriefingReply>;
};

const T = {
  title: { en: 'BRIEFING: POINTS LEFT OPEN IN THE REPLIES', hi: 'ब्रीफ़िंग: उत्तरों में अनुत्तरित बिंदु' },
  digest: { en: 'Session digest: {title}. Prepared on {date}.', hi: 'सत्र सारांश: {title}। तैयार करने की तिथि {date}।' },
  counts: { en: 'Replies shown: {shown}. Replies with parts left open or partly met, deferred or assured: {open}.', hi: 'दिखाए गए उत्तर: {shown}। अनुत्तरित, आंशिक, टाले गए या आश्वासन वाले भागों वाले उत्तर: {open}।' },
  rule: { en: 'An assurance is to be fulfilled within three months of the answer that gave it ({section}); the due dates below are reckoned so.', hi: 'आश्वासन उसे देने वाले उत्तर से तीन महीने के भीतर पूरा होना है ({section}); नीचे की नियत तिथियाँ इसी से गिनी गई हैं।' },
  none: { en: 'No reply shown leaves any part open.', hi: 'दिखाए गए किसी उत्तर में कोई भाग अनुत्तरित नहीं है।' },
  question: { en: '{house} {kind}Question No. {number}, answered on {date}', hi: '{house} {kind}प्रश्न संख्या {number}, उत्तर {date}' },
  noNumber: { en: 'Reply in {file}', hi: '{file} में उत्तर' },
  dateUnknown: { en: 'date not known', hi: 'तिथि ज्ञात नहीं' },
  subject: { en: 'Subject: ', hi: 'विषय: ' },
  ministry: { en: 'Ministry: ', hi: 'मंत्रालय: ' },
  members: { en: 'Asked by: ', hi: 'प्रश्नकर्ता: ' },
  notStated: { en: 'not stated', hi: 'उल्लेख नहीं' },
  openParts: { en: 'Parts left open or partly met', hi: 'अनुत्तरित या आंशिक रूप से उत्तरित भाग' },
  header: { en: 'Part|Verdict|Asked|What the reply said', hi: 'भाग|निष्कर्ष|क्या पूछा गया|उत्तर में क्या कहा गया' },
  promises: { en: 'Deferrals and assurances', hi: 'टाले गए उत्तर और आश्वासन' },
  deferral: { en: 'Part ({label}) deferred', hi: 'भाग ({label}) टाला गया' },
  assurance: { en: 'Part ({label}): assurance', hi: 'भाग ({label}): आश्वासन' },
  due: { en: ', due {date}', hi: ', नियत तिथि {date}' },
  noDue: { en: ', due date not known (the date of answer is not known)', hi: ', नियत तिथि ज्ञात नहीं (उत्तर की तिथि ज्ञात नहीं)' },
} as const satisfies { readonly [key: string]: Bilingual };

const HOUSES: { readonly [house: string]: Bilingual } = {
  'Lok Sabha': { en: 'Lok Sabha', hi: 'लोक सभा' },
  'Rajya Sabha': { en: 'Rajya Sabha', hi: 'राज्य सभा' },
};

const KINDS: { readonly [kind: string]: Bilingual } = {
  starred: { en: 'Starred ', hi: 'तारांकित ' },
  unstarred: { en: 'Unstarred ', hi: 'अतारांकित ' },
};

/** The verdicts a briefing shows (met parts are left out), as reply-analysis.md names them. */
const STATUSES: { readonly [S in PartStatus]: Bilingual } = {
  answered: { en: 'Answered', hi: 'उत्तर दिया गया' },
  partial: { en: 'Partly answered', hi: 'आंशिक उत्तर' },
  unanswered: { en: 'Unanswered', hi: 'उत्तर नहीं दिया गया' },
  deferred: { en: 'Deferred', hi: 'टाला गया' },
  refused: { en: 'Refused', hi: 'इनकार किया गया' },
  not_applicable: { en: 'Not applicable', hi: 'लागू नहीं' },
};

function replyHeading(r: BriefingReply, lang: Language): string {
  if (r.number === null) return fill(T.noNumber[lang], { file: r.file });
  return fill(T.question[lang], {
    house: r.house ? (HOUSES[r.house]?.[lang] ?? r.house) : '',
    kind: r.kind ? (KINDS[r.kind]?.[lang] ?? '') : '',
    number: r.number,
    date: r.date ? formatDate(r.date) : T.dateUnknown[lang],
  }).trim();
}

function promiseLine(p: BriefingPromise, kind: 'deferral' | 'assurance', lang: Language): string {
  const due = p.dueBy ? fill(T.due[lang], { date: formatDate(p.dueBy) }) : T.noDue[lang];
  return `${fill(T[kind][lang], { label: p.label })}${due}: “${p.text}”`;
}

function replyBlocks(r: BriefingReply, lang: Language): Block[] {
  const facts = [
    [T.subject[lang], r.subject ?? T.notStated[lang]],
    [T.ministry[lang], r.ministry ? ministryLabel(r.ministry, lang) : T.notStated[lang]],
    [T.members[lang], r.members.length > 0 ? r.members.join(', ') : T.notStated[lang]],
  ] as const;
  // An assurance on a deferred part is one promise: listed once, as the assurance.
  const assured = new Set(r.assurances.map((a) => a.label));
  const promises = [
    ...r.deferrals.filter((d) => !assured.has(d.label)).map((d) => promiseLine(d, 'deferral', lang)),
    ...r.assurances.map((a) => promiseLine(a, 'assurance', lang)),
  ];
  return [
    heading(replyHeading(r, lang), 2, 'left'),
    ...facts.map(([label, value]) => paragraph([bold(label), text(value)])),
    ...(r.parts.length > 0 ? [
      paragraph([bold(T.openParts[lang])]),
      table(T.header[lang].split('|'), r.parts.map((p) => [`(${p.label})`, STATUSES[p.status][lang], p.asked, p.replied]), [1, 2, 5, 5]),
    ] : []),
    ...(promises.length > 0 ? [paragraph([bold(T.promises[lang])]), numbered(promises)] : []),
  ];
}

export function renderBriefing(input: BriefingInput): ReadonlyArray<Block> {
  const lang = input.language;
  return [
    heading(T.title[lang]),
    paragraph(fill(T.digest[lang], { title: input.digestTitle, date: formatDate(input.today) })),
    paragraph(fill(T.counts[lang], { open: String(input.replies.length), shown: String(input.shown) })),
    paragraph(fill(T.rule[lang], { section: DEADLINE_RULES.assurance.section })),
    ...(input.replies.length === 0 ? [paragraph(T.none[lang])] : input.replies.flatMap((r) => replyBlocks(r, lang))),
  ];
}

/** The briefing's title in the document's properties. */
export function briefingTitle(language: Language): string {
  return T.title[language];
}
