import { describe, expect, it } from 'vitest';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import type { Draft, DraftKind } from '../../../../shared/domain/draft.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { cowinRtiChain } from '../../../../shared/example/cowin-events.ts';
import { deadlinesFor } from '../../../../shared/deadlines/deadlines-for.ts';

/**
 * The example's RTI chain carries one set of dates, counted back from the day the pack is made:
 * the application 110 days before it, deemed refused after the 30 days of s.7(1), the first appeal
 * 10 days later, and a second appeal dated today, 40 days after the first appellate authority's 30
 * days ran out: in time under s.19(3), whenever the pack is made.
 */
// 22:00 UTC on 3 December is 03:30 on 4 December in India: the documents say 04.12.2026.
const NOW = '2026-12-03T22:00:00.000Z';
const drafts = await exampleDrafts(NOW);
const first = (kind: DraftKind): Draft => {
  const d = drafts.find((x) => x.kind === kind && x.language === 'en');
  if (!d) throw new Error(kind);
  return d;
};
const text = (d: Draft): string => renderText(TEMPLATES[d.kind].render(d, { profile: EXAMPLE_PROFILE, today: '2026-12-04' }));

describe('the example pack dates', () => {
  it('gives each document its filing date, and the later ones the same earlier dates', () => {
    expect(first('rti-application').fields['date']).toBe('2026-08-15');
    expect(first('rti-first-appeal').fields).toMatchObject({ date: '2026-09-25', applicationDate: '2026-08-15' });
    expect(first('rti-second-appeal').fields).toMatchObject({ date: '2026-12-04', applicationDate: '2026-08-15', firstAppealDate: '2026-09-25' });
    expect(first('pq-notice').fields['date']).toBe('2026-12-04');
  });

  it('prints the registration number of the application in the appeals', () => {
    expect(text(first('rti-first-appeal'))).toContain('dated 15.08.2026 (No. MOHFW/R/E/26/00000 (specimen))');
  });

  it('files the first appeal in time, with no plea of delay', () => {
    expect(text(first('rti-first-appeal'))).not.toMatch(/Condonation of delay/);
  });

  it('files the second appeal in time too, so it pleads no delay', () => {
    const second = text(first('rti-second-appeal'));
    expect(second).not.toMatch(/Condonation of delay|days late/);
    // And says so, with the last day on the earlier reading of s.19(6), which no reading disputes
    // (review 5), and the day it counts from, so the chronology gives no second count (review 8).
    expect(second).toContain('This appeal, filed on 04.12.2026, is within the ninety days allowed by Section 19(3) of the Act, counted from 26.10.2026, the day after the thirty days Section 19(6) allows for deciding the first appeal; they end on 23.01.2027.');
    // Its chronology gives the days the limitation turns on, where no decision came (s.7(1), s.19(6)).
    expect(second).toContain([
      '15.08.2026 | RTI application filed with the Central Public Information Officer, Ministry of Health and Family Welfare',
      '14.09.2026 | Last day for the Central Public Information Officer\'s decision (30 days, Section 7(1)): none received, so the request is deemed refused from 15.09.2026 (Section 7(2))',
      '25.09.2026 | First appeal filed with the First Appellate Authority',
      '25.10.2026 | Last of the 30 days of Section 19(6) for deciding the first appeal: no order received',
      // The outer day, from which the Commission's guidelines count the ninety days (review 4).
      '09.11.2026 | Last of the 45 days Section 19(6) allows at most, with reasons recorded, for deciding the first appeal: no order received',
      '04.12.2026 | This second appeal filed',
    ].join('\n'));
  });

  it('tells the Commission which authority "this public authority" in the points is', () => {
    expect(text(first('rti-second-appeal'))).toContain('The application asked the Ministry of Health and Family Welfare ("this public authority" in the points below) for the following information, for the period from 01.06.2023 to the date of the application (15.08.2026) unless a point states otherwise:');
  });

  it('gives the deemed refusal one date in every document: the list of dates, the chronology and the tracker', () => {
    const row = (d: string): string => d.split('\n').find((l) => l.includes('deemed refused from')) ?? '';
    const list = first('list-of-dates').points.find((p) => p.includes('deemed refused from')) ?? '';
    expect(list.startsWith('14.09.2026 | ')).toBe(true);
    expect(list).toContain('deemed refused from 15.09.2026');
    expect(row(text(first('rti-second-appeal')))).toMatch(/^14\.09\.2026 \| .*deemed refused from 15\.09\.2026/);
  });

  it('pays the fee on RTI Online, where the application was filed, and encloses no postal order', () => {
    const application = text(first('rti-application'));
    expect(application).toContain('by electronic means, as Rule 6(c) of the Right to Information Rules, 2012 provides');
    expect(application).not.toMatch(/Postal Order|Enclosure/);
  });
});

describe('the example chain in the tracker', () => {
  it('records the first appeal on the application, so its deadlines count the appellate authority\'s days and the second appeal\'s', () => {
    const [application] = cowinRtiChain(NOW);
    if (!application) throw new Error('the example has an application');
    const byKind = new Map(deadlinesFor(application, '2026-12-04').map((d) => [d.kind, d]));
    expect(byKind.get('first-appeal-due')).toMatchObject({ status: 'met', completedOn: '2026-09-25' });
    expect(byKind.get('faa-decision-due')).toMatchObject({ dueDate: '2026-10-25', status: 'overdue' });
    // The second appeal dated today is within its 90 days.
    expect(byKind.get('second-appeal-due')).toMatchObject({ dueDate: '2027-01-23', status: 'upcoming' });
  });
});
