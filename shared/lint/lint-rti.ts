import { findAuthority } from '../../templates/authorities/authorities.ts';
import type { Authority } from '../../templates/authorities/authority.ts';
import { findJurisdiction, type RtiJurisdiction } from '../../templates/rules/jurisdictions.ts';
import type { PhraseRule } from '../../templates/rules/phrase-rule.ts';
import {
  RTI_ONLINE_CENTRAL_ONLY,
  RTI_ONLINE_CHARSET,
  RTI_ONLINE_MAX_CHARS,
  RTI_ONLINE_NEWLINES,
} from '../../templates/rules/rti-online.ts';
import {
  PERIOD_PATTERNS,
  RTI_EMPTY,
  RTI_HYPOTHETICAL,
  RTI_NO_PERIOD,
  RTI_OPINION,
  RTI_STATUS,
  RTI_TOO_MANY_POINTS,
  RTI_UNKNOWN_JURISDICTION,
  RTI_VAGUE,
  RTI_WHY,
} from '../../templates/rules/rti-rules.ts';
import { aliasPattern, S24, SECOND_SCHEDULE } from '../../templates/rules/second-schedule.ts';
import { FindingSink, lintSafely, type Finding } from './finding.ts';
import { rtiLayout, type FieldSpan } from './layout.ts';
import { distinctSubjects } from './subjects.ts';
import { countWords, findAll, matchesAny, quote } from './text.ts';
import { dateParam, msg, type Message } from '../messages/message.ts';

export type RtiDraft = {
  /** 'central' or a state code from `templates/rules/jurisdictions.ts`. */
  jurisdiction: string;
  points: ReadonlyArray<string>;
  authorityId?: string;
  forRtiOnline?: boolean;
  /**
   * The period the application states once, for every point ("for the period from 01.06.2023 to
   * the date of this application unless a point states otherwise"): a point then has its time
   * window, and is not warned of as having none.
   */
  period?: string;
};

/** Cap on charset findings: one per offending run, then a single summary. */
const MAX_CHARSET_FINDINGS = 20;

/**
 * Check an RTI application's points against the Act, the applicable rules and drafting practice.
 *
 * Offsets index into `rtiLayout(points).text` (points numbered "1. " and joined by newlines).
 * Never throws: a linter runs on every keystroke.
 */
export function lintRti(r: RtiDraft): ReadonlyArray<Finding> {
  return lintSafely(msg('lint.checker.rti'), 'shared/lint/lint-rti.ts', () => lintRtiUnsafe(r));
}

function lintRtiUnsafe(r: RtiDraft): ReadonlyArray<Finding> {
  const rawPoints: ReadonlyArray<unknown> = Array.isArray(r.points) ? r.points : [];
  const points = rawPoints.map((p) => (typeof p === 'string' ? p : ''));
  const code = typeof r.jurisdiction === 'string' ? r.jurisdiction : '';
  const layout = rtiLayout(points);
  const sink = new FindingSink();

  const jurisdiction = findJurisdiction(code);
  if (!jurisdiction) {
    sink.add({
      ruleId: RTI_UNKNOWN_JURISDICTION.id,
      severity: RTI_UNKNOWN_JURISDICTION.severity,
      cite: RTI_UNKNOWN_JURISDICTION.cite,
      message: msg('lint.rti.unknownJurisdiction', { code: quote(code, 20), central: '"central"', codes: 'MH, KA, TN, KL, UP, DL, BR, MP, ...' }),
      detail: null,
      source: RTI_UNKNOWN_JURISDICTION.source,
      confirmed: RTI_UNKNOWN_JURISDICTION.confirmed,
    });
  }

  const nonEmpty = points.filter((p) => p.trim().length > 0);
  if (nonEmpty.length === 0) {
    sink.add({
      ruleId: RTI_EMPTY.id,
      severity: RTI_EMPTY.severity,
      cite: RTI_EMPTY.cite,
      message: msg('lint.rti.empty'),
      detail: null,
      source: RTI_EMPTY.source,
      confirmed: RTI_EMPTY.confirmed,
    });
  }

  if (jurisdiction) lintJurisdictionLimits(jurisdiction, points, layout.points, sink);

  const periodForAll = typeof r.period === 'string' && matchesAny(r.period, PERIOD_PATTERNS);
  points.forEach((point, i) => lintPoint(point, i, layout.points[i] ?? { start: 0, end: 0 }, sink, periodForAll));

  if (nonEmpty.length > RTI_TOO_MANY_POINTS.max) {
    sink.add({
      ruleId: RTI_TOO_MANY_POINTS.id,
      severity: RTI_TOO_MANY_POINTS.severity,
      cite: RTI_TOO_MANY_POINTS.cite,
      message: msg('lint.rti.tooManyPoints', { count: nonEmpty.length, min: 3, max: RTI_TOO_MANY_POINTS.max }),
      detail: null,
      source: RTI_TOO_MANY_POINTS.source,
      confirmed: RTI_TOO_MANY_POINTS.confirmed,
    });
  }

  const authority = typeof r.authorityId === 'string' && r.authorityId.length > 0 ? findAuthority(r.authorityId) : null;
  if (authority) lintAuthority(authority, code, layout.text, sink);
  lintSecondScheduleMentions(layout.text, authority, sink);

  if (r.forRtiOnline === true) lintRtiOnline(code, authority, layout.text, sink);

  return sink.result();
}

function lintJurisdictionLimits(j: RtiJurisdiction, points: ReadonlyArray<string>, spans: ReadonlyArray<FieldSpan>, sink: FindingSink): void {
  if (j.wordLimit) {
    const words = points.reduce((n, p) => n + countWords(p), 0);
    if (words > j.wordLimit.words) {
      sink.add({
        ruleId: j.wordLimit.id,
        severity: j.wordLimit.severity,
        cite: j.wordLimit.cite,
        message: msg('lint.rti.wordLimit', { count: words, limit: j.wordLimit.words, note: j.wordLimit.note }),
        detail: null,
        source: j.wordLimit.source,
        confirmed: j.wordLimit.confirmed,
      });
    }
  }
  if (j.oneSubject) {
    const groups = distinctSubjects(points);
    if (groups.length > 1) {
      const described = groups
        .map((g): Message => msg('lint.rti.pointGroup', { count: g.length, points: g.map((i) => i + 1).join(', ') }))
        .reduceRight((rest: Message | null, group: Message): Message => (rest === null ? group : msg('lint.rti.groupsJoin', { first: group, rest })), null);
      const first = groups[1]?.[0];
      const span = first !== undefined ? spans[first] : undefined;
      sink.add({
        ruleId: j.oneSubject.id,
        severity: j.oneSubject.severity,
        cite: j.oneSubject.cite,
        message: msg('lint.rti.oneSubject', { count: groups.length, groups: described ?? '', note: j.oneSubject.note }),
        detail: null,
        source: j.oneSubject.source,
        confirmed: j.oneSubject.confirmed,
        ...(span ? { start: span.start, end: span.end } : {}),
      });
    }
  }
}

function lintPoint(point: string, index: number, span: FieldSpan, sink: FindingSink, periodForAll: boolean): void {
  if (point.trim().length === 0) return;
  const phrase = (rule: PhraseRule): void => {
    if (rule.unless && matchesAny(point, rule.unless)) return;
    for (const re of rule.patterns) {
      for (const hit of findAll(point, re, span.start)) {
        sink.add({
          ruleId: rule.id,
          severity: rule.severity,
          cite: rule.cite,
          message: rule.message,
          detail: msg('lint.detail.foundInPoint', { n: index + 1, text: quote(hit.text) }),
          source: rule.source,
          confirmed: rule.confirmed,
          start: hit.start,
          end: hit.end,
        });
      }
    }
  };
  phrase(RTI_WHY);
  phrase(RTI_OPINION);
  phrase(RTI_HYPOTHETICAL);
  phrase(RTI_STATUS);

  const hasPeriod = periodForAll || matchesAny(point, PERIOD_PATTERNS);
  if (!hasPeriod) {
    phrase(RTI_VAGUE);
    sink.add({
      ruleId: RTI_NO_PERIOD.id,
      severity: RTI_NO_PERIOD.severity,
      cite: RTI_NO_PERIOD.cite,
      message: RTI_NO_PERIOD.message,
      detail: msg('lint.detail.point', { n: index + 1 }),
      source: RTI_NO_PERIOD.source,
      confirmed: RTI_NO_PERIOD.confirmed,
      start: span.start,
      end: span.end,
    });
  }
}

const PROVISO_TOPICS = /\b(?:corrupt\w*|human rights?)\b/i;

function lintAuthority(a: Authority, code: string, text: string, sink: FindingSink): void {
  if (a.s24.value) {
    const proviso = PROVISO_TOPICS.test(text);
    sink.add({
      ruleId: S24.id,
      severity: a.s24.confirmed && !proviso ? 'error' : 'warning',
      cite: S24.cite,
      message: msg(a.s24.confirmed ? 'lint.rti.s24Listed' : 'lint.rti.s24Probably', { name: a.name, since: sinceOf(a.s24.since) }),
      detail: msg('lint.rti.s24Detail', { proviso: S24.provisoMessage, advice: msg(proviso ? 'lint.rti.s24ProvisoMayApply' : 'lint.rti.s24AskMinistry') }),
      source: a.s24.source,
      confirmed: a.s24.confirmed,
    });
  }
  const want = code.trim().toLowerCase();
  if (want.length > 0 && a.jurisdiction.value.toLowerCase() !== want && findJurisdiction(code)) {
    sink.add({
      ruleId: 'rti-authority-jurisdiction',
      severity: 'warning',
      cite: RTI_UNKNOWN_JURISDICTION.cite,
      message: a.jurisdiction.value === 'central'
        ? msg('lint.rti.authorityCentral', { name: a.name, mark: unconfirmedMark(a.jurisdiction.confirmed), drafted: jurisdictionMessage(code) })
        : msg('lint.rti.authorityState', { name: a.name, state: jurisdictionMessage(a.jurisdiction.value), mark: unconfirmedMark(a.jurisdiction.confirmed), drafted: jurisdictionMessage(code) }),
      detail: null,
      source: a.jurisdiction.source,
      confirmed: a.jurisdiction.confirmed,
    });
  }
}

/**
 * A mention that already leaves the organisation's information out ("other than information
 * furnished by CERT-In", "… द्वारा दी गई सूचना को छोड़कर") is the advice itself, not a point s.24
 * could take whole: the warning would tell the applicant to do what the point does.
 */
const CARVED_OUT_BEFORE = /\b(?:other than|excluding|except)\s+(?:any\s+)?information\s+furnished\s+by\s+(?:the\s+)?$/i;
const CARVED_OUT_AFTER = /^\s*\)?\s*(?:\([^)]*\)\s*)?द्वारा\s+दी\s+गई\s+सूचना\s+को\s+छोड़कर/u;

function carvedOut(text: string, start: number, end: number): boolean {
  return CARVED_OUT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || CARVED_OUT_AFTER.test(text.slice(end, end + 60));
}

function lintSecondScheduleMentions(text: string, addressedTo: Authority | null, sink: FindingSink): void {
  for (const org of SECOND_SCHEDULE) {
    if (addressedTo && addressedTo.id === org.id) continue;
    const hit = org.aliases.flatMap((alias) => findAll(text, aliasPattern(alias))).find((h) => !carvedOut(text, h.start, h.end));
    if (!hit) continue;
    sink.add({
      ruleId: 'rti-s24-furnished',
      severity: 'warning',
      cite: S24.cite,
      message: msg('lint.rti.s24Furnished', { name: org.name, since: sinceOf(org.since) }),
      detail: null,
      source: org.source,
      confirmed: org.confirmed,
      start: hit.start,
      end: hit.end,
    });
  }
}


function lintRtiOnline(code: string, authority: Authority | null, text: string, sink: FindingSink): void {
  const central = RTI_ONLINE_CENTRAL_ONLY;
  if (code.trim().toLowerCase() !== 'central') {
    sink.add({
      ruleId: central.id,
      severity: central.severity,
      cite: central.cite,
      message: msg('lint.rti.onlineCentralOnly'),
      detail: null,
      source: central.source,
      confirmed: central.confirmed,
    });
  } else if (authority && authority.jurisdiction.value !== 'central') {
    sink.add({
      ruleId: central.id,
      severity: authority.jurisdiction.confirmed ? 'error' : 'warning',
      cite: central.cite,
      message: msg('lint.rti.onlineNotCentral', { name: authority.name, mark: unconfirmedMark(authority.jurisdiction.confirmed) }),
      detail: null,
      source: `${central.source} ; ${authority.jurisdiction.source}`,
      confirmed: central.confirmed && authority.jurisdiction.confirmed,
    });
  }
  if (authority && authority.rtiOnline.value === false && authority.jurisdiction.value === 'central') {
    sink.add({
      ruleId: 'rti-online-not-served',
      severity: authority.rtiOnline.confirmed ? 'error' : 'warning',
      cite: central.cite,
      message: msg('lint.rti.onlineNotServed', { name: authority.name }),
      detail: null,
      source: authority.rtiOnline.source,
      confirmed: authority.rtiOnline.confirmed,
    });
  } else if (authority && authority.rtiOnline.value === null) {
    sink.add({
      ruleId: 'rti-online-not-served',
      severity: 'info',
      cite: central.cite,
      message: msg('lint.rti.onlineUnknown', { name: authority.name, site: 'rtionline.gov.in' }),
      detail: null,
      source: authority.rtiOnline.source,
      confirmed: false,
    });
  }

  if (text.length > RTI_ONLINE_MAX_CHARS.limit) {
    sink.add({
      ruleId: RTI_ONLINE_MAX_CHARS.id,
      severity: RTI_ONLINE_MAX_CHARS.severity,
      cite: RTI_ONLINE_MAX_CHARS.cite,
      message: msg('lint.rti.maxChars', { count: text.length, limit: RTI_ONLINE_MAX_CHARS.limit, label: '"Supporting document"' }),
      detail: null,
      source: RTI_ONLINE_MAX_CHARS.source,
      confirmed: RTI_ONLINE_MAX_CHARS.confirmed,
      start: RTI_ONLINE_MAX_CHARS.limit,
      end: text.length,
    });
  }

  lintCharset(text, sink);
}

function lintCharset(text: string, sink: FindingSink): void {
  const rule = RTI_ONLINE_CHARSET;
  let runs = 0;
  let extra = 0;
  let sawNewline = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      sawNewline = true;
      i += 1;
      continue;
    }
    if (rule.allowed.test(ch)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && text[i] !== '\n' && !rule.allowed.test(text[i] ?? '')) i += 1;
    runs += 1;
    if (runs > MAX_CHARSET_FINDINGS) {
      extra += 1;
      continue;
    }
    sink.add({
      ruleId: rule.id,
      severity: rule.severity,
      cite: rule.cite,
      message: charsetMessage(rule.allowedText, text.slice(start, i)),
      detail: null,
      source: rule.source,
      confirmed: rule.confirmed,
      start,
      end: i,
    });
  }
  if (extra > 0) {
    sink.add({
      ruleId: rule.id,
      severity: rule.severity,
      cite: rule.cite,
      message: msg('lint.rti.charsetMore', { count: extra }),
      detail: null,
      source: rule.source,
      confirmed: rule.confirmed,
    });
  }
  if (sawNewline) {
    sink.add({
      ruleId: RTI_ONLINE_NEWLINES.id,
      severity: RTI_ONLINE_NEWLINES.severity,
      cite: RTI_ONLINE_NEWLINES.cite,
      message: msg('lint.rti.newlines'),
      detail: null,
      source: RTI_ONLINE_NEWLINES.source,
      confirmed: RTI_ONLINE_NEWLINES.confirmed,
    });
  }
}

/** The replacement RTI Online's box would take for a run of characters it refuses, where there is an obvious one. */
function charsetMessage(allowed: string, run: string): Message {
  const text = quote(run, 12);
  if (/^[\u2018\u2019'"\u201C\u201D]+$/.test(run)) return msg('lint.rti.charsetQuotes', { allowed, text });
  if (/^[\u2013\u2014]+$/.test(run)) return msg('lint.rti.charsetWith', { allowed, text, replacement: '-' });
  if (/^;+$/.test(run)) return msg('lint.rti.charsetWith', { allowed, text, replacement: ',' });
  if (/^\u20B9+$/.test(run)) return msg('lint.rti.charsetWith', { allowed, text, replacement: 'Rs' });
  if (/^\t+$/.test(run)) return msg('lint.rti.charsetSpace', { allowed, text });
  return msg('lint.rti.charset', { allowed, text });
}

/** " (since dd.mm.yyyy)" after a Second Schedule entry, or nothing when the data has no date. */
function sinceOf(since: string | null): Message | string {
  return since ? msg('lint.since', { date: dateParam(since) }) : '';
}

function unconfirmedMark(confirmed: boolean): Message | string {
  return confirmed ? '' : msg('lint.unconfirmedMark');
}

/** A jurisdiction by its name in the interface language ("Maharashtra", "महाराष्ट्र"); an unknown code as typed. */
export function jurisdictionMessage(code: string): Message | string {
  const j = findJurisdiction(code);
  return j ? { key: `jurisdiction.${j.code}`, params: {} } : code;
}
