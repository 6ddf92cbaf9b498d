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
import { S24, SECOND_SCHEDULE } from '../../templates/rules/second-schedule.ts';
import { FindingSink, lintSafely, type Finding } from './finding.ts';
import { rtiLayout, type FieldSpan } from './layout.ts';
import { distinctSubjects } from './subjects.ts';
import { countWords, findAll, matchesAny, quote } from './text.ts';

export type RtiDraft = {
  /** 'central' or a state code from `templates/rules/jurisdictions.ts`. */
  jurisdiction: string;
  points: ReadonlyArray<string>;
  authorityId?: string;
  forRtiOnline?: boolean;
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
  return lintSafely('RTI checker', 'shared/lint/lint-rti.ts', () => lintRtiUnsafe(r));
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
      message: `Unknown jurisdiction "${quote(code, 20)}": say "central" or a state code (${'MH, KA, TN, KL, UP, DL, BR, MP, ...'}) so the right rules apply.`,
      source: RTI_UNKNOWN_JURISDICTION.source,
      confirmed: RTI_UNKNOWN_JURISDICTION.confirmed,
    });
  }

  const nonEmpty = points.filter((p) => p.trim().length > 0);
  if (nonEmpty.length === 0) {
    sink.add({
      ruleId: RTI_EMPTY.id,
      severity: RTI_EMPTY.severity,
      message: `${RTI_EMPTY.implements}: the application asks for nothing yet.`,
      source: RTI_EMPTY.source,
      confirmed: RTI_EMPTY.confirmed,
    });
  }

  if (jurisdiction) lintJurisdictionLimits(jurisdiction, points, layout.points, sink);

  points.forEach((point, i) => lintPoint(point, i, layout.points[i] ?? { start: 0, end: 0 }, sink));

  if (nonEmpty.length > RTI_TOO_MANY_POINTS.max) {
    sink.add({
      ruleId: RTI_TOO_MANY_POINTS.id,
      severity: RTI_TOO_MANY_POINTS.severity,
      message: `${RTI_TOO_MANY_POINTS.implements}: ${nonEmpty.length} points. Practitioners advise 3 to 5 per application; split the rest into a second application.`,
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
        message: `${j.wordLimit.implements}: the points have ${words} words; the limit is ${j.wordLimit.words}. ${j.wordLimit.note}`,
        source: j.wordLimit.source,
        confirmed: j.wordLimit.confirmed,
      });
    }
  }
  if (j.oneSubject) {
    const groups = distinctSubjects(points);
    if (groups.length > 1) {
      const described = groups.map((g) => `points ${g.map((i) => i + 1).join(', ')}`).join(' / ');
      const first = groups[1]?.[0];
      const span = first !== undefined ? spans[first] : undefined;
      sink.add({
        ruleId: j.oneSubject.id,
        severity: j.oneSubject.severity,
        message: `${j.oneSubject.implements}: the points seem to cover ${groups.length} subjects (${described}), sharing no key word. ${j.oneSubject.note} File each subject separately.`,
        source: j.oneSubject.source,
        confirmed: j.oneSubject.confirmed,
        ...(span ? { start: span.start, end: span.end } : {}),
      });
    }
  }
}

function lintPoint(point: string, index: number, span: FieldSpan, sink: FindingSink): void {
  if (point.trim().length === 0) return;
  const phrase = (rule: PhraseRule): void => {
    if (rule.unless && matchesAny(point, rule.unless)) return;
    for (const re of rule.patterns) {
      for (const hit of findAll(point, re, span.start)) {
        sink.add({
          ruleId: rule.id,
          severity: rule.severity,
          message: `${rule.implements}: ${rule.message} Found in point ${index + 1}: "${quote(hit.text)}".`,
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

  const hasPeriod = matchesAny(point, PERIOD_PATTERNS);
  if (!hasPeriod) {
    phrase(RTI_VAGUE);
    sink.add({
      ruleId: RTI_NO_PERIOD.id,
      severity: RTI_NO_PERIOD.severity,
      message: `${RTI_NO_PERIOD.implements}: point ${index + 1}. ${RTI_NO_PERIOD.message}`,
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
      message: `${S24.implements}: ${a.name} is ${a.s24.confirmed ? '' : 'probably '}in the Second Schedule${a.s24.since ? ` (since ${a.s24.since})` : ''}; the Act does not apply to it. ${S24.proviso}${proviso ? ' The application mentions corruption or human rights, so the proviso may apply.' : ' Ask the ministry that holds its own records on the matter instead.'}`,
      source: a.s24.source,
      confirmed: a.s24.confirmed,
    });
  }
  const want = code.trim().toLowerCase();
  if (want.length > 0 && a.jurisdiction.value.toLowerCase() !== want && findJurisdiction(code)) {
    sink.add({
      ruleId: 'rti-authority-jurisdiction',
      severity: 'warning',
      message: `${a.name} is ${a.jurisdiction.value === 'central' ? 'a central' : `a ${a.jurisdiction.value}`} public authority${a.jurisdiction.confirmed ? '' : ' (unconfirmed)'}, but the application is drafted under the "${quote(code, 20)}" rules.`,
      source: a.jurisdiction.source,
      confirmed: a.jurisdiction.confirmed,
    });
  }
}

function lintSecondScheduleMentions(text: string, addressedTo: Authority | null, sink: FindingSink): void {
  for (const org of SECOND_SCHEDULE) {
    if (addressedTo && addressedTo.id === org.id) continue;
    const hit = org.aliases.flatMap((alias) => findAll(text, aliasPattern(alias))).at(0);
    if (!hit) continue;
    sink.add({
      ruleId: 'rti-s24-furnished',
      severity: 'warning',
      message: `${S24.implements}: ${org.name} is in the Second Schedule${org.since ? ` (since ${org.since})` : ''}. Information it furnished to the government can be withheld too; ask for the public authority's own notings, minutes and correspondence.`,
      source: org.source,
      confirmed: org.confirmed,
      start: hit.start,
      end: hit.end,
    });
  }
}

const aliasCache = new Map<string, RegExp>();

/** Abbreviations (all capitals) match case-sensitively; names match in any case. */
function aliasPattern(alias: string): RegExp {
  let re = aliasCache.get(alias);
  if (!re) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const isAbbrev = !/[a-z]{2}/.test(alias.replace(/-In$/, ''));
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, isAbbrev ? 'u' : 'iu');
    aliasCache.set(alias, re);
  }
  return re;
}

function lintRtiOnline(code: string, authority: Authority | null, text: string, sink: FindingSink): void {
  const central = RTI_ONLINE_CENTRAL_ONLY;
  if (code.trim().toLowerCase() !== 'central') {
    sink.add({
      ruleId: central.id,
      severity: central.severity,
      message: `${central.implements}: RTI Online takes applications to central public authorities only; a state matter filed there is returned without refund. File under the state's rules instead.`,
      source: central.source,
      confirmed: central.confirmed,
    });
  } else if (authority && authority.jurisdiction.value !== 'central') {
    sink.add({
      ruleId: central.id,
      severity: authority.jurisdiction.confirmed ? 'error' : 'warning',
      message: `${central.implements}: ${authority.name} is not a central public authority${authority.jurisdiction.confirmed ? '' : ' (unconfirmed)'}; RTI Online would return the application without refund.`,
      source: `${central.source} ; ${authority.jurisdiction.source}`,
      confirmed: central.confirmed && authority.jurisdiction.confirmed,
    });
  }
  if (authority && authority.rtiOnline.value === false && authority.jurisdiction.value === 'central') {
    sink.add({
      ruleId: 'rti-online-not-served',
      severity: authority.rtiOnline.confirmed ? 'error' : 'warning',
      message: `${authority.name} is not served by RTI Online: file by post.`,
      source: authority.rtiOnline.source,
      confirmed: authority.rtiOnline.confirmed,
    });
  } else if (authority && authority.rtiOnline.value === null) {
    sink.add({
      ruleId: 'rti-online-not-served',
      severity: 'info',
      message: `Whether RTI Online serves ${authority.name} is not known: check the public-authority list on rtionline.gov.in before filing.`,
      source: authority.rtiOnline.source,
      confirmed: false,
    });
  }

  if (text.length > RTI_ONLINE_MAX_CHARS.limit) {
    sink.add({
      ruleId: RTI_ONLINE_MAX_CHARS.id,
      severity: RTI_ONLINE_MAX_CHARS.severity,
      message: `${RTI_ONLINE_MAX_CHARS.implements}: the text is ${text.length} characters; the box takes ${RTI_ONLINE_MAX_CHARS.limit}. Shorten it, or attach the full text as a PDF under "Supporting document".`,
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
      message: `${rule.implements}: RTI Online accepts only ${rule.allowedText}. Replace "${quote(text.slice(start, i), 12)}"${suggestReplacement(text.slice(start, i))}.`,
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
      message: `${rule.implements}: ${extra} more passages with characters RTI Online does not accept.`,
      source: rule.source,
      confirmed: rule.confirmed,
    });
  }
  if (sawNewline) {
    sink.add({
      ruleId: RTI_ONLINE_NEWLINES.id,
      severity: RTI_ONLINE_NEWLINES.severity,
      message: `${RTI_ONLINE_NEWLINES.implements}: whether the box accepts line breaks is not confirmed. If it refuses them, put the points on one line.`,
      source: RTI_ONLINE_NEWLINES.source,
      confirmed: RTI_ONLINE_NEWLINES.confirmed,
    });
  }
}

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[\u2018\u2019'"\u201C\u201D]+$/, ' (drop the quotation marks)'],
  [/^[\u2013\u2014]+$/, ' with "-"'],
  [/^;+$/, ' with ","'],
  [/^\u20B9+$/, ' with "Rs"'],
  [/^\t+$/, ' with a space'],
];

function suggestReplacement(run: string): string {
  for (const [re, hint] of REPLACEMENTS) if (re.test(run)) return hint;
  return '';
}
