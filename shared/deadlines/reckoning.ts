import { addDays, addMonthsClamped, formatDisplayDate, weekday, weekdayName, type IsoDate } from '../lib/dates/index.ts';
import { DEADLINE_RULES, type DeadlineRuleId } from '../../templates/deadlines/deadline-rules.ts';
import type { Deadline, DeadlineActor, DeadlineKind, DeadlineOptions } from './types.ts';

/**
 * A date being worked out, with each step written down as it is taken.
 *
 * Counting convention: "N days from D" is D + N, i.e. the day of receipt is excluded and
 * the last day included (General Clauses Act 1897 s.9 — UNCONFIRMED: the docs do not quote
 * it; `DEADLINE_RULES.countingConvention`). So 30 days from 3 Jan 2026 ends on 2 Feb 2026.
 */
export type Reckoning = {
  readonly date: IsoDate;
  readonly steps: ReadonlyArray<string>;
  readonly rules: ReadonlyArray<DeadlineRuleId>;
};

export const fmt = formatDisplayDate;

export function startAt(date: IsoDate, description: string, rules: ReadonlyArray<DeadlineRuleId> = []): Reckoning {
  return { date, steps: [description], rules };
}

export function addPeriod(r: Reckoning, days: number, what: string, rule: DeadlineRuleId): Reckoning {
  const date = addDays(r.date, days);
  const section = DEADLINE_RULES[rule].section;
  return { date, steps: [...r.steps, `+ ${what} (${section}) = ${fmt(date)}`], rules: [...r.rules, rule] };
}

export function addMonths(r: Reckoning, months: number, rule: DeadlineRuleId): Reckoning {
  const date = addMonthsClamped(r.date, months);
  const sameDay = date.slice(8) === r.date.slice(8);
  const clamp = sameDay ? '' : ' (the month is shorter: its last day)';
  const section = DEADLINE_RULES[rule].section;
  return { date, steps: [...r.steps, `+ ${months} months (${section}) = ${fmt(date)}${clamp}`], rules: [...r.rules, rule] };
}

export function note(r: Reckoning, text: string, rule?: DeadlineRuleId): Reckoning {
  return { ...r, steps: [...r.steps, text], rules: rule ? [...r.rules, rule] : r.rules };
}

/** Apply the optional roll-forward past closed days (`DEADLINE_RULES.holidayRollForward`, UNCONFIRMED, off by default). */
export function settle(r: Reckoning, options: DeadlineOptions): Reckoning {
  const closed = options.closedDays;
  if (!closed) return r;
  const isClosed = (date: IsoDate): boolean => closed.weekdays.includes(weekday(date)) || closed.holidays.includes(date);
  if (!isClosed(r.date)) return r;
  let date = r.date;
  // A full year of closed days would be a configuration error; stop rather than loop forever.
  for (let guard = 0; isClosed(date) && guard < 366; guard += 1) date = addDays(date, 1);
  return {
    date,
    steps: [...r.steps, `${fmt(r.date)} is a ${weekdayName(r.date)} the office is closed: next open day ${fmt(date)} (roll-forward setting; UNCONFIRMED for RTI)`],
    rules: [...r.rules, 'holidayRollForward'],
  };
}

/** Sections that are legal provisions; the postal allowance is the app's own assumption. */
function basisOf(rules: ReadonlyArray<DeadlineRuleId>): string {
  const sections: string[] = [];
  for (const id of rules) {
    if (id === 'postalAllowance' || id === 'holidayRollForward' || id === 'combinedPeriods') continue;
    const section = DEADLINE_RULES[id].section;
    if (!sections.includes(section)) sections.push(section);
  }
  return sections.join('; ');
}

export function toDeadline(kind: DeadlineKind, r: Reckoning, actor: DeadlineActor): Deadline {
  return {
    kind,
    dueDate: r.date,
    basis: basisOf(r.rules),
    working: r.steps.join('; '),
    confirmed: r.rules.every((id) => DEADLINE_RULES[id].confirmed),
    actor,
  };
}
