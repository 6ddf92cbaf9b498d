import { describe, expect, it } from 'vitest';
import { assuranceUrgency, digestAssurances } from '../../../../shared/digest/digest-assurances.ts';
import { digestAssuranceEvent } from '../../../../shared/digest/digest-calendar.ts';
import { periodMonths } from '../../../../templates/deadlines/deadline-rules.ts';
import { output, replyEntry } from './fixtures.ts';

const rail = output(['answered', { status: 'deferred', assuranceDue: '2025-05-10' }], { ministry: 'Railways', number: '2', date: '2025-02-10' });
const late = output([{ status: 'deferred', assuranceDue: '2024-02-29' }], { ministry: 'Home Affairs', number: '9', date: '2023-11-30', house: 'Rajya Sabha' });
const undated = output([{ status: 'deferred', assuranceDue: null }], { number: '77', date: null });

describe('digestAssurances', () => {
  const items = digestAssurances([
    { id: 'folder-1', title: 'Budget session', entries: [replyEntry('b.txt', rail), replyEntry('b-again.txt', rail, 'b.txt'), replyEntry('u.txt', undated)] },
    // The same reply in a second digest: one item, not two.
    { id: 'files-2', title: 'Picked', entries: [replyEntry('copy.txt', rail), replyEntry('late.txt', late)] },
  ]);

  it('gives every assurance once, soonest due first, due three months (the rule’s period) after the answer', () => {
    expect(periodMonths('assurance')).toBe(3);
    expect(items.map((i) => [i.file, i.label, i.answeredOn, i.dueBy])).toEqual([
      ['late.txt', 'a', '2023-11-30', '2024-02-29'],
      ['b.txt', 'b', '2025-02-10', '2025-05-10'],
    ]);
  });

  it('cites where each was found and the rule its date rests on', () => {
    expect(items[1]).toMatchObject({ digestId: 'folder-1', digestTitle: 'Budget session', house: 'Lok Sabha', number: '2', ministry: 'Railways', rule: { section: 'OAMS (ii)', source: 'https://oams.nic.in/' } });
    const b = items[1];
    if (!b) throw new Error('two items');
    const event = digestAssuranceEvent(b);
    expect(event.summary).toBe('Assurance due: LS Q 2 of 10.02.2025, part (b): Fire Incident');
    expect(event.description).toContain('Found in the session digest “Budget session”, file b.txt.');
    expect(event.description).toContain('Due 10.05.2025: An assurance given to the Lok/Rajya Sabha is to be fulfilled within three months');
  });

  it('is overdue after its date, due soon within the dashboard’s week, upcoming before', () => {
    const b = items[1];
    if (!b) throw new Error('two items');
    expect(assuranceUrgency(b, '2025-05-11')).toBe('overdue');
    expect(assuranceUrgency(b, '2025-05-10')).toBe('due-soon');
    expect(assuranceUrgency(b, '2025-05-03')).toBe('due-soon');
    expect(assuranceUrgency(b, '2025-05-02')).toBe('upcoming');
  });
});
