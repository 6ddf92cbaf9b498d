import { describe, expect, it } from 'vitest';
import { dashboard } from '../../../../shared/filings/dashboard.ts';
import { dueNotifications, liveNotificationKeys, notificationKey } from '../../../../shared/filings/notifications.ts';
import { filing, rti } from './fixtures.ts';
import { englishText } from '../../../../shared/messages/texts.ts';
import type { DueNotification } from '../../../../shared/filings/notifications.ts';

/** A notification as the English app shows it. */
const inEnglish = (n: DueNotification) => ({
  ...n,
  title: englishText(n.title),
  body: n.body.map((line) => (typeof line === 'string' ? line : englishText(line))).join('\n'),
});

// Refused, decision received 20 Jan 2026: first appeal due 19 Feb (s.19(1), 30 days), the user's own deadline.
const refused = rti([{ status: 'filed', date: '2026-01-03' }, { status: 'refused', date: '2026-01-20' }], { id: 'refused' });
// Filed online 3 Jan 2026 with no reply: reply due 2 Feb (s.7(1)), the authority's deadline.
const waiting = rti([{ status: 'filed', date: '2026-01-03' }], { id: 'waiting', publicAuthority: 'MeitY' });

const items = (today: string, filings = [refused, waiting]) => dashboard([{ caseId: 'cowin', caseTitle: 'CoWIN breach', filings }], today);
const keysOf = (list: ReadonlyArray<{ key: string }>): string[] => list.map((n) => n.key);

describe('dueNotifications', () => {
  it('says nothing while every deadline is far off', () => {
    expect(dueNotifications(items('2026-01-21'), '2026-01-21', [])).toEqual([]);
  });

  it('warns of the user\'s own deadline once it is due soon, but not of the authority\'s', () => {
    const today = '2026-02-12'; // 7 days before 19 Feb
    const sent = dueNotifications(items(today, [refused]), today, []).map(inEnglish);
    expect(sent).toEqual([{
      key: 'cowin/refused/first-appeal-due/2026-02-19/due-soon',
      title: 'First appeal due in 7 days (19.02.2026)',
      body: 'RTI application to MoHFW\nCoWIN breach\nNext: Draft the first appeal (s.19(1))',
      caseId: 'cowin',
      filingId: 'refused',
      stage: 'due-soon',
    }]);
    // The reply of `waiting` is due 2 Feb: in its due-soon window on 30 Jan, but that is the authority's time.
    expect(dueNotifications(items('2026-01-30', [waiting]), '2026-01-30', [])).toEqual([]);
  });

  it('sends each stage once: due soon, then due today, then overdue', () => {
    const stages: Array<[string, string | null]> = [
      ['2026-02-12', 'due-soon'],
      ['2026-02-13', null], // still due soon, already sent
      ['2026-02-19', 'due-today'],
      ['2026-02-20', 'overdue'],
      ['2026-03-20', null],
    ];
    const sent: string[] = [];
    for (const [today, stage] of stages) {
      const out = dueNotifications(items(today, [refused]), today, sent);
      expect(out.map((n) => n.stage), today).toEqual(stage === null ? [] : [stage]);
      sent.push(...keysOf(out));
    }
    expect(sent).toEqual([
      'cowin/refused/first-appeal-due/2026-02-19/due-soon',
      'cowin/refused/first-appeal-due/2026-02-19/due-today',
      'cowin/refused/first-appeal-due/2026-02-19/overdue',
    ]);
  });

  it('tells the authority\'s reply on its last day and when it has passed, and not the deemed refusal separately', () => {
    const onTheDay = dueNotifications(items('2026-02-02', [waiting]), '2026-02-02', []);
    expect(onTheDay.map((n) => [n.key, englishText(n.title)])).toEqual([['cowin/waiting/reply-due/2026-02-02/due-today', 'Reply due today (02.02.2026)']]);
    const after = dueNotifications(items('2026-02-03', [waiting]), '2026-02-03', keysOf(onTheDay));
    expect(after.map((n) => [n.key, englishText(n.title)])).toEqual([['cowin/waiting/reply-due/2026-02-02/overdue', 'Reply due 02.02.2026 has passed with nothing recorded']]);
    expect(after.map(inEnglish)[0]?.body).toContain('Next: ');
  });

  it('puts the overdue first', () => {
    const today = '2026-02-12'; // waiting: reply overdue since 3 Feb; refused: appeal due soon
    expect(dueNotifications(items(today), today, []).map((n) => [n.filingId, n.stage])).toEqual([
      ['waiting', 'overdue'],
      ['refused', 'due-soon'],
    ]);
  });

  it('gives a moved date a new key: recording the real date of receipt is a new deadline', () => {
    const posted = rti([{ status: 'filed', date: '2026-01-03' }], { id: 'p', mode: 'post' }); // + 5 days assumed: due 7 Feb
    const delivered = rti([{ status: 'filed', date: '2026-01-03', receivedOn: '2026-01-12' }], { id: 'p', mode: 'post' }); // due 11 Feb
    const first = dueNotifications(items('2026-02-07', [posted]), '2026-02-07', []);
    expect(keysOf(first)).toEqual(['cowin/p/reply-due/2026-02-07/due-today']);
    expect(keysOf(dueNotifications(items('2026-02-11', [delivered]), '2026-02-11', keysOf(first)))).toEqual(['cowin/p/reply-due/2026-02-11/due-today']);
  });

  it('stays quiet about a clock paused by a fee demand and about a closed filing', () => {
    const paused = rti([{ status: 'filed', date: '2026-01-03' }, { status: 'fee-demanded', date: '2026-01-10' }], { id: 'fee' });
    const closed = rti([{ status: 'filed', date: '2026-01-03' }, { status: 'closed', date: '2026-01-04' }], { id: 'closed' });
    expect(dueNotifications(items('2026-03-01', [paused, closed]), '2026-03-01', [])).toEqual([]);
  });

  it('covers assurances: three months from the answer, the government\'s deadline', () => {
    const assurance = filing({ id: 'as', kind: 'assurance', dateOfAnswer: '2025-11-30', questionRef: 'USQ No. 1862' }, [{ status: 'filed', date: '2025-11-30' }]);
    const out = dueNotifications(items('2026-02-28', [assurance]), '2026-02-28', []);
    expect(out.map((n) => [n.key, englishText(n.title)])).toEqual([['cowin/as/assurance-due/2026-02-28/due-today', 'Assurance due today (28.02.2026)']]);
  });

  it('encodes a filing id so its slashes cannot collide with another key', () => {
    expect(notificationKey('c', 'a/b', { kind: 'reply-due', dueDate: '2026-02-02' }, 'overdue')).toBe('c/a%2Fb/reply-due/2026-02-02/overdue');
  });
});

describe('liveNotificationKeys', () => {
  it('keeps the keys of open deadlines and drops those of deadlines that closed or moved', () => {
    const sent = [
      'cowin/refused/first-appeal-due/2026-02-19/due-soon',
      'cowin/waiting/reply-due/2026-02-02/overdue',
      'cowin/waiting/reply-due/2026-01-30/due-today', // an older date of the same deadline
      'gone/f1/reply-due/2026-01-01/overdue',
    ];
    const replied = rti([{ status: 'filed', date: '2026-01-03' }, { status: 'replied', date: '2026-02-10' }], { id: 'waiting', publicAuthority: 'MeitY' });
    expect(liveNotificationKeys(items('2026-02-15'), sent)).toEqual(sent.slice(0, 2));
    expect(liveNotificationKeys(items('2026-02-15', [refused, replied]), sent)).toEqual(sent.slice(0, 1));
  });
});
