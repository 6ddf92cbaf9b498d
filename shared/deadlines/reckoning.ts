import { addDays, addMonthsClamped, weekday, type IsoDate } from '../lib/dates/index.ts';
import { DEADLINE_RULES, type DeadlineRuleId } from '../../templates/deadlines/deadline-rules.ts';
import { dateParam, msg, type Message } from '../messages/message.ts';
import type { Deadline, DeadlineActor, DeadlineKind, DeadlineOptions } from './types.ts';

/**
 * A date being worked out, with each step written down as it is taken: each step is a message
 * (`shared/messages`, `deadline.*`), so the working reads in the interface language.
 *
 * Counting convention: "N days from D" is D + N, i.e. the day of receipt is excluded and
 * the last day included (General Clauses Act 1897 s.9 — UNCONFIRMED: the docs do not quote
 * it; `DEADLINE_RULES.countingConvention`). So 30 days from 3 Jan 2026 ends on 2 Feb 2026.
 */
export type Reckoning = {
  readonly date: IsoDate;
  readonly steps: ReadonlyArray<Message>;
  readonly rules: ReadonlyArray<DeadlineRuleId>;
};

/** The provision a rule applies, e.g. "s.7(1)" / "धारा 7(1)". */
export function sectionOf(rule: DeadlineRuleId): Message {
  return { key: `section.${rule}`, params: {} };
}

export const on = dateParam;

export function startAt(date: IsoDate, description: Message, rules: ReadonlyArray<DeadlineRuleId> = []): Reckoning {
  return { date, steps: [description], rules };
}

/** Adds `days` to the date; `period` says what the days are ("30 days", "5 days via an Assistant PIO"). */
export function addPeriod(r: Reckoning, days: number, period: Message, rule: DeadlineRuleId): Reckoning {
  const date = addDays(r.date, days);
  return { date, steps: [...r.steps, msg('deadline.add', { period, section: sectionOf(rule), date: on(date) })], rules: [...r.rules, rule] };
}

export function addMonths(r: Reckoning, months: number, rule: DeadlineRuleId): Reckoning {
  const date = addMonthsClamped(r.date, months);
  const sameDay = date.slice(8) === r.date.slice(8);
  const step = msg(sameDay ? 'deadline.addMonths' : 'deadline.addMonthsClamped', { count: months, section: sectionOf(rule), date: on(date) });
  return { date, steps: [...r.steps, step], rules: [...r.rules, rule] };
}

export function note(r: Reckoning, step: Message, rule?: DeadlineRuleId): Reckoning {
  return { ...r, steps: [...r.steps, step], rules: rule ? [...r.rules, rule] : r.rules };
}

const WEEKDAY_KEYS = ['weekday.sun', 'weekday.mon', 'weekday.tue', 'weekday.wed', 'weekday.thu', 'weekday.fri', 'weekday.sat'] as const;

/** Apply the optional roll-forward past closed days (`DEADLINE_RULES.holidayRollForward`, UNCONFIRMED, off by default). */
export function settle(r: Reckoning, options: DeadlineOptions): Reckoning {
  const closed = options.closedDays;
  if (!closed) return r;
  const isClosed = (date: IsoDate): boolean => closed.weekdays.includes(weekday(date)) || closed.holidays.includes(date);
  if (!isClosed(r.date)) return r;
  let date = r.date;
  // A full year of closed days would be a configuration error; stop rather than loop forever.
  for (let guard = 0; isClosed(date) && guard < 366; guard += 1) date = addDays(date, 1);
  const day = msg(WEEKDAY_KEYS[weekday(r.date)] ?? 'weekday.sun');
  return {
    date,
    steps: [...r.steps, msg('deadline.closedDay', { date: on(r.date), weekday: day, next: on(date) })],
    rules: [...r.rules, 'holidayRollForward'],
  };
}

/** Sections that are legal provisions; the postal allowance is the app's own assumption. */
function basisOf(rules: ReadonlyArray<DeadlineRuleId>): ReadonlyArray<Message> {
  const sections: DeadlineRuleId[] = [];
  const seen = new Set<string>();
  for (const id of rules) {
    if (id === 'postalAllowance' || id === 'holidayRollForward' || id === 'combinedPeriods') continue;
    const section = DEADLINE_RULES[id].section;
    if (seen.has(section)) continue;
    seen.add(section);
    sections.push(id);
  }
  return sections.map(sectionOf);
}

export function toDeadline(kind: DeadlineKind, r: Reckoning, actor: DeadlineActor): Deadline {
  return {
    kind,
    dueDate: r.date,
    basis: basisOf(r.rules),
    working: r.steps,
    confirmed: r.rules.every((id) => DEADLINE_RULES[id].confirmed),
    actor,
  };
}
