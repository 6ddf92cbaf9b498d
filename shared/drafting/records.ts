import { AUTHORITIES, findAuthority } from '../../templates/authorities/authorities.ts';
import { systemNamedIn } from '../../templates/rules/system-owners.ts';
import type { Authority } from '../../templates/authorities/authority.ts';
import { RECORD_RULES, REPLY_FILE_RECORD, type RecordHolder, type RecordRule } from '../../templates/rules/records.ts';
import { secondScheduleNamedIn } from '../../templates/rules/second-schedule.ts';
import type { Case } from '../domain/case.ts';
import type { Language } from '../domain/draft.ts';
import type { Question } from '../domain/question.ts';
import { findAll } from '../lint/text.ts';
import { normaliseMinistry } from '../lib/ministry-name.ts';
import { askedWords, findGaps, type Gap, type GapPart } from './gaps.ts';
import { nameOnce } from './name-once.ts';
import { buildContext, earliestEventMonth, hindiContext, systemIsNamed } from './suggest/context.ts';
import { ministryName } from '../../templates/authorities/names.ts';
import { addressedMinistry } from '../../templates/authorities/ministries.ts';
import { findHandles, partsPhrase } from './record-handles.ts';

/**
 * Which records to ask for, and from whom: the records the replies and the case's notes name
 * (`templates/rules/records.ts`), each routed to the authority that holds it, so one case's points
 * split into one application per authority (`rti-law-and-anchors.md` A.6, A.7). An authority in
 * the Second Schedule (s.24, A.1) is never proposed as a holder.
 */
export type RecordAsk = {
  readonly id: string;
  readonly text: string;
  readonly holder: RecordHolder;
  readonly inspectable: boolean;
  /** The question parts whose gaps named the record (empty when a note or second reply did). */
  readonly forParts: ReadonlyArray<string>;
};

export type ApplicationPlan = {
  /** The authority in `templates/authorities/authorities.ts`, or null when the case does not name it. */
  readonly authority: Authority | null;
  /** What the application is addressed to when the case does not name the authority. */
  readonly fallbackName: string;
  readonly records: ReadonlyArray<RecordAsk>;
};

export type RecordPlan = {
  /** The period, stated once, from the first month of the event the replies name. */
  readonly period: string;
  readonly plans: ReadonlyArray<ApplicationPlan>;
};

/** "01.06.2023": the first day of the event's month (`earliestEventMonth`). */
export function eventStart(q: Question | null, texts: ReadonlyArray<string>): string | null {
  const earliest = earliestEventMonth(q?.date ?? null, texts);
  if (earliest === null) return null;
  return `01.${String((earliest % 12) + 1).padStart(2, '0')}.${Math.floor(earliest / 12)}`;
}

export function periodText(start: string | null, lang: Language): string {
  if (start === null) return '';
  return lang === 'en' ? `from ${start} to the date of this application` : `${start} से इस आवेदन की तिथि तक`;
}

type Source = { readonly gaps: ReadonlyArray<Gap>; readonly fromParts: boolean };

/** Every text of the case that can name records: the analysed reply, other replies and notes. */
function caseSources(c: Case, parts: ReadonlyArray<GapPart>): { sources: ReadonlyArray<Source>; texts: ReadonlyArray<string> } {
  const q = c.question;
  const analysed = c.sources.find((s) => s.id === c.analysis.sourceId) ?? c.sources.find((s) => s.role === 'reply' || s.role === 'qa');
  const others = c.sources.filter((s) => s !== analysed && s.role !== 'question' && s.text.trim().length > 0);
  const sources: Source[] = [];
  if (analysed) sources.push({ gaps: findGaps({ question: q, parts, replyText: analysed.text }), fromParts: true });
  for (const s of others) sources.push({ gaps: findGaps({ question: q, parts: [], replyText: s.text }), fromParts: false });
  if (c.matter.notes.trim().length > 0) sources.push({ gaps: findGaps({ question: q, parts: [], replyText: c.matter.notes }), fromParts: false });
  return { sources, texts: [analysed?.text ?? '', ...others.map((s) => s.text), c.matter.notes] };
}

function firstMention(text: string, among: ReadonlyArray<Authority>): Authority | null {
  const hits = among
    .map((a) => ({ a, at: a.keywords.flatMap((re) => findAll(text, re)).sort((x, y) => x.start - y.start)[0]?.start }))
    .filter((h): h is { a: Authority; at: number } => h.at !== undefined)
    .sort((x, y) => x.at - y.at);
  return hits[0]?.a ?? null;
}

const OPEN = (): ReadonlyArray<Authority> => AUTHORITIES.filter((a) => !a.s24.value);

function answeringAuthority(q: Question | null): Authority | null {
  const m = normaliseMinistry(q?.ministry ?? '');
  if (m.length === 0) return null;
  return AUTHORITIES.find((a) => a.ministryNames.some((n) => normaliseMinistry(n) === m)) ?? null;
}

/** The records for the chosen parts, routed to their holders; the answering ministry's file always. */
export function planRecords(c: Case, parts: ReadonlyArray<GapPart>, lang: Language): RecordPlan {
  const q = c.question;
  const { sources, texts } = caseSources(c, parts);
  const question = q ?? { house: null, kind: null, number: null, date: null, ministry: null, subject: null, askedBy: [], parts: [] };
  const ctx = buildContext(question, texts[0] ?? '', texts.slice(1));
  // What a point names, in the point's language: a Hindi point takes the Hindi context the
  // suggestions use (the question's Hindi subject when given, "कोविन पोर्टल").
  const words = lang === 'hi' ? hindiContext(question, texts[0] ?? '', texts.slice(1)) : ctx;
  const answering = answeringAuthority(q);
  // The system's owner from the owners table (`system-owners.ts`), else an authority its name
  // points to, else the ministry that answered.
  const named = systemNamedIn(ctx.system);
  const namesSystem = texts.some((t) => systemIsNamed(question, t));
  const owner = (named ? findAuthority(named.authorityId) : null) ?? firstMention(ctx.system, OPEN()) ?? answering;
  const police = firstMention(texts.join('\n'), OPEN().filter((a) => /police/i.test(a.name)));
  const questionRef = q ? questionRefShort(q, lang) : '';

  const found = new Map<string, { rule: RecordRule; holder: Authority | null; forParts: string[] }>();
  const add = (rule: RecordRule, holder: Authority | null, labels: ReadonlyArray<string>): void => {
    const key = `${rule.id}|${holder?.id ?? '-'}`;
    const entry = found.get(key) ?? { rule, holder, forParts: [] };
    for (const l of labels) if (!entry.forParts.includes(l)) entry.forParts.push(l);
    found.set(key, entry);
  };
  for (const source of sources) {
    for (const gap of source.gaps) {
      const claims = gap.id.split('+');
      for (const rule of RECORD_RULES) {
        if (!rule.claims.some((id) => claims.includes(id))) continue;
        const holder = holderFor(rule.holder, { owner, answering, police, sentence: gap.dodge ?? '' });
        add(rule, holder, source.fromParts ? gap.forParts : []);
      }
    }
  }
  // The records the analysed reply names by a handle (a case number, a scheme's claims, a statement
  // being compiled), for the chosen parts whose paragraph names them, asked of the ministry that
  // answered: it holds its orders, its returns and its assurance file.
  const chosen = parts.map((p) => p.label);
  for (const found of findHandles(texts[0] ?? '', q)) {
    const byPart = found.handle.forPartsAsking;
    const labels = (found.labels === null ? chosen : chosen.filter((l) => found.labels?.includes(l)))
      // A handle asked part by part serves only the parts whose words it fits (record-handles.ts).
      .filter((l) => byPart === undefined || byPart.test(parts.find((p) => p.label === l)?.text ?? ''));
    if (labels.length === 0) continue;
    // A handle asked part by part is one point per part, naming what the part asked ({part}; review
    // 16: "the figures asked in part (a)" alone sent the CPIO to the question).
    for (const group of byPart ? labels.map((l) => [l]) : [labels]) {
      const run = partsPhrase(byPart ? group : found.labels ?? group, lang);
      const words = group.length === 1 ? askedWords(q?.parts ?? [], group[0]) : '';
      const text = (t: string): string => t.replaceAll('{handle}', found.name).replaceAll('{label}', run).replaceAll('{part}', words);
      const rule: RecordRule = { id: `${found.handle.id}:${found.name}${byPart ? `:${group.join()}` : ''}`, claims: [], holder: 'answering', en: text(found.handle.en), hi: text(found.handle.hi), inspectable: found.handle.inspectable, source: found.handle.source };
      add(rule, answering, group);
    }
  }
  // The ministry that answered, named as the question names it, even when the authorities table
  // does not hold it: its records and its PQ file go to it, not to "the public authority that owns
  // the system" of a case with no system (review 8: a Finance reply's application went there).
  const single = addressedMinistry(q?.ministry ?? null);
  const answeringName = answering === null && single ? ministryName(single, lang) : '';
  const replyFile = RECORD_RULES.find((r) => r.id === REPLY_FILE_RECORD);
  if (replyFile && q) add(replyFile, answering, parts.map((p) => p.label));

  // A Second Schedule organisation the case names (CERT-In gave the police inputs): its information
  // is left out of the correspondence asked for, so s.24(1) cannot take the whole point (A.1).
  const exempt = secondScheduleNamedIn(texts.join('\n'));
  const exemptHi = exempt ? (findAuthority(exempt.entry.id)?.hindiName.value ?? exempt.written) : '';
  const s24Except = exempt === null ? '' : lang === 'en' ? `, other than information furnished by ${exempt.written}` : `, ${exemptHi} द्वारा दी गई सूचना को छोड़कर`;
  const fill = (t: string): string => t.replaceAll('{system}', words.system).replaceAll('{matter}', words.matter).replaceAll('{question}', questionRef).replaceAll('{s24Except}', s24Except);
  const byHolder = new Map<string, ApplicationPlan & { records: RecordAsk[] }>();
  for (const { rule, holder, forParts } of found.values()) {
    const toAnswering = holder === null && answeringName !== '' && (rule.holder === 'answering' || (rule.holder === 'owner' && !namesSystem));
    const key = holder?.id ?? (toAnswering ? 'answering-ministry' : `unknown-${rule.holder}`);
    // The ministry that answered a combined portfolio is none that can be addressed (review 11): the
    // name stays empty, so the draft waits for the user to choose (review 13: a description filled
    // the field, and export no longer asked).
    const plan = byHolder.get(key) ?? { authority: holder, fallbackName: toAnswering ? answeringName : rule.holder === 'answering' ? '' : UNKNOWN_HOLDER[rule.holder][lang], records: [] };
    plan.records.push({ id: rule.id, text: fill(rule[lang]), holder: rule.holder, inspectable: rule.inspectable, forParts });
    byHolder.set(key, plan);
  }
  const rank = (id: string): number => RECORD_RULES.findIndex((r) => r.id === id);
  for (const plan of byHolder.values()) {
    plan.records.sort((a, b) => rank(a.id) - rank(b.id));
    const texts = nameOnce(plan.records.map((r) => r.text), words.matter, lang);
    plan.records = plan.records.map((r, i) => ({ ...r, text: texts[i] ?? r.text }));
  }
  const plans = [...byHolder.values()].sort((a, b) => b.records.length - a.records.length);
  return { period: periodText(eventStart(q, texts), lang), plans };
}

const UNKNOWN_HOLDER: { readonly [H in Exclude<RecordHolder, 'answering'>]: { readonly en: string; readonly hi: string } } = {
  owner: { en: 'the public authority that owns the system', hi: 'प्रणाली का स्वामी लोक प्राधिकारी' },
  complainant: { en: 'the public authority that made the complaint', hi: 'शिकायत करने वाला लोक प्राधिकारी' },
  police: { en: 'the police station that registered the First Information Report', hi: 'प्रथम सूचना रिपोर्ट दर्ज करने वाला पुलिस थाना' },
};

function holderFor(holder: RecordHolder, known: { owner: Authority | null; answering: Authority | null; police: Authority | null; sentence: string }): Authority | null {
  switch (holder) {
    case 'owner': return known.owner;
    case 'answering': return known.answering;
    case 'police': return known.police;
    case 'complainant': {
      const before = known.sentence.split(/\bcomplaint\b/i)[0] ?? '';
      return firstMention(before, OPEN()) ?? known.owner;
    }
    default: return null;
  }
}

/** "Rajya Sabha Question answered on 21.07.2023" (the number when known). */
/** "Rajya Sabha Question answered on 21.07.2023"; in a Hindi point "21.07.2023 को उत्तरित राज्य सभा प्रश्न". */
function questionRefShort(q: Question, lang: Language): string {
  const date = q.date ? q.date.split('-').reverse().join('.') : '';
  if (lang === 'hi') {
    const house = q.house === 'Lok Sabha' ? 'लोक सभा' : q.house === 'Rajya Sabha' ? 'राज्य सभा' : '';
    const head = [house, 'प्रश्न', q.number ? `संख्या ${q.number}` : ''].filter(Boolean).join(' ');
    return date ? `${date} को उत्तरित ${head}` : head;
  }
  const ref = [q.house ?? 'the', 'Question', q.number ? `No. ${q.number}` : '', date ? `answered on ${date}` : ''].filter(Boolean).join(' ');
  // Without its number (RTI Online's box takes no bracketed slot), the CPIO finds the PQ file by
  // its date and who asked it (review 6). The Hindi keeps the reference alone: the Members' names
  // are in the question's English.
  const first = q.askedBy.map((n) => n.trim()).find((n) => n !== '');
  if (q.number || !first) return ref;
  return `${ref}, asked by ${first}${q.askedBy.length > 1 ? ' and others' : ''}`;
}

/** The plan for one authority, or the one with most records when none is named. */
export function planFor(plan: RecordPlan, authorityId: string | undefined): ApplicationPlan | null {
  if (authorityId) return plan.plans.find((p) => p.authority?.id === authorityId) ?? null;
  return plan.plans[0] ?? null;
}
