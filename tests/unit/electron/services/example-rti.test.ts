import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { fieldValue, type Draft } from '../../../../shared/domain/draft.ts';
import { openPartLabels } from '../../../../shared/domain/effective-verdicts.ts';
import { planRecords } from '../../../../shared/drafting/records.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import { ADDRESS_BOOK } from '../../../../templates/authorities/addresses.ts';
import { APPLICATION_WORD_LIMIT, applicationWords } from '../../../../templates/documents/rti-application.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';

/**
 * Golden text of the example's RTI applications: records the replies and notes name, one record
 * per point, each sent to the authority that holds it (`rti-law-and-anchors.md` A.6, A.7), never
 * to CERT-In (s.24, A.1).
 */
const NOW = '2026-12-03T10:00:00.000Z';
const drafts = await exampleDrafts(NOW);
const applications = drafts.filter((d) => d.kind === 'rti-application' && d.language === 'en');
const to = (name: string): Draft => {
  const d = applications.find((a) => fieldValue(a, 'publicAuthority') === name);
  if (!d) throw new Error(`no application to ${name}`);
  return d;
};
const ctx = { profile: EXAMPLE_PROFILE, today: '2026-12-03' };
const render = (d: Draft): string => renderText(TEMPLATES[d.kind].render(d, ctx));

describe('the example RTI applications', () => {
  it('date the chain\'s application as filed, and the new requests to the other holders today, on RTI Online', () => {
    // The chain's application is the one the appeals follow; the others have no appeal and would be
    // out of time under s.19(1) if dated with it (review 4).
    expect(fieldValue(to('Ministry of Health and Family Welfare'), 'date')).not.toBe('2026-12-03');
    for (const name of ['Ministry of Electronics and Information Technology', 'Delhi Police']) {
      expect(fieldValue(to(name), 'date'), name).toBe('2026-12-03');
      expect(fieldValue(to(name), 'feeMode'), name).toBe('online');
    }
  });

  it('go one to each authority that holds records, none to CERT-In', () => {
    expect(applications.map((a) => fieldValue(a, 'publicAuthority'))).toEqual([
      'Ministry of Health and Family Welfare',
      'Ministry of Electronics and Information Technology',
      'Delhi Police',
    ]);
  });

  it('ask the Ministry of Health for the records the replies and its statement name (golden text)', () => {
    expect(to('Ministry of Health and Family Welfare').points).toEqual([
      'A copy of the complaint made by this public authority about the cyber incident regarding CoWIN data in June 2023, with its date, the office to which it was made and the acknowledgement received.',
      'Copies of the letters and e-mails exchanged between this public authority and the police or any investigating agency about that complaint, other than information furnished by CERT-In, with their dates.',
      'A copy of the order or file noting under which the APIs of the CoWIN portal were deactivated, with its date.',
      'A copy of the order initiating the internal probe or inquiry into the said incident, and of its report if submitted.',
      'Copies of the security audit and vulnerability assessment reports on the CoWIN portal dated within the period, and of the last such report dated before the period, and for any report withheld, its date and the name of the agency that prepared it.',
      'Copies of the minutes of the meetings held by this public authority on the response to the said incident, with the decisions recorded.',
    ]);
  });

  it('ask MeitY for its own file on the reply, and the police for the FIR', () => {
    expect(to('Ministry of Electronics and Information Technology').points).toEqual([
      'Copies of the letters and file notings of this Ministry on the response to the cyber incident regarding CoWIN data in June 2023, other than information furnished by CERT-In, with their dates.',
      'Copies of the file notings on the preparation of the reply to Rajya Sabha Question answered on 21.07.2023, asked by Shri Syed Nasir Hussain and others, and of the material received from other Ministries for it.',
    ]);
    expect(to('Delhi Police').points).toEqual([
      'A copy of the First Information Report registered about the cyber incident regarding CoWIN data in June 2023, with its number, date and police station.',
      // The arrests and the stage with the chargesheet: the status the reply never gave (review 5).
      'The number of persons arrested in that case, with the dates of arrest, whether its investigation is pending or has been closed, and the date of any chargesheet or closure report filed in it and the court in which it was filed.',
    ]);
  });

  it('state the period once, from the month of the incident, and never repeat a record', () => {
    for (const d of applications) {
      const text = render(d);
      expect(text.match(/01\.06\.2023/g)).toHaveLength(1);
      expect(text).toContain('for the period from 01.06.2023 to the date of this application');
      expect(text).not.toMatch(/arising from part/);
      expect(new Set(d.points).size).toBe(d.points.length);
    }
  });

  it('stay within the 500 words of r.3, counted without the addresses', () => {
    for (const d of drafts.filter((x) => x.kind === 'rti-application')) {
      expect(applicationWords(d, ctx)).toBeLessThanOrEqual(APPLICATION_WORD_LIMIT.words);
    }
  });

  it('offer inspection of the files under s.2(j), naming the points', () => {
    expect(render(to('Ministry of Health and Family Welfare'))).toContain('Under Section 2(j) of the Act, I also ask to inspect the files holding the records at points 3, 4 and 6 before copies are made');
  });

  it('take the CPIO address from the sourced address book, and the appeal the Registrar\'s', () => {
    expect(fieldValue(to('Ministry of Health and Family Welfare'), 'pioAddress')).toBe('Nirman Bhawan\nNew Delhi 110011');
    const second = drafts.find((d) => d.kind === 'rti-second-appeal');
    expect((second && fieldValue(second, 'commissionAddress'))).toContain('CIC Bhawan, Baba Gangnath Marg');
    for (const e of ADDRESS_BOOK) {
      expect(e.source).toMatch(/^https?:\/\//);
      expect(e.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('planRecords', () => {
  it('routes each record to its holder and names no exempt body', () => {
    const c = exampleCase(NOW);
    const verdicts = c.analysis.parts;
    const parts = (c.question?.parts ?? []).filter((p) => openPartLabels(c).includes(p.label)).map((p) => ({ ...p, status: verdicts.find((v) => v.label === p.label)?.status ?? null, evidence: verdicts.find((v) => v.label === p.label)?.evidence ?? [] }));
    const plan = planRecords(c, parts, 'en');
    const holders = Object.fromEntries(plan.plans.flatMap((p) => p.records.map((r) => [r.id, p.authority?.id ?? null])));
    expect(holders).toMatchObject({ 'record-complaint': 'mohfw', 'record-api-order': 'mohfw', 'record-fir': 'delhi-police', 'record-reply-file': 'meity' });
    expect(plan.plans.some((p) => p.authority?.s24.value)).toBe(false);
  });
});
