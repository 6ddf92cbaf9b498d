import { systemClock, todayInIndia, type Clock, type IsoDate } from '../../shared/lib/dates/index.ts';

/**
 * The renderer's one clock: every timestamp it writes (updatedAt, analysedAt, an override's time)
 * and every "today" it reckons from comes through here, in India's calendar
 * (shared/lib/dates/india.ts). Deadlines shown on the dashboard use main's clock instead, which
 * arrives with the tracker settings.
 */
const clock: Clock = systemClock;

/** Now, as an ISO instant. */
export function now(): string {
  return clock();
}

/** Today in India. */
export function today(): IsoDate {
  return todayInIndia(clock);
}
