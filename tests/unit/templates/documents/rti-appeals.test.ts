import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { fieldValue, type Draft } from '../../../../shared/domain/draft.ts';
import { FilingSchema, type Filing } from '../../../../shared/domain/filing.ts';
import { draftFromFiling } from '../../../../shared/workflows/draft-from-filing.ts';
import { filingFromDraft } from '../../../../shared/workflows/filing-from-draft.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { GROUNDS, groundsFor, RELIEFS } from '../../../../templates/documents/rti-appeal-grounds.ts';
import { pageRanges } from '../../../../templates/documents/rti-common.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * The appeals argue the merits of the refusal the CPIO actually made (the reply recorded in the
 * tracker), ask for what the appellate body can give, and are put together as a registry expects:
 * the index with page numbers first, the Commission's Registrar, the registration numbers, the
 * declaration, and a condonation plea when the appeal is late.
 */
const NOW = '2026-03-01T06:00:00.000Z';
const ctx = { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY };
const text = (d: Draft): string => renderText(TEMPLATES[d.kind].render(d, ctx));

function filing(value: Record<string, unknown>): Filing {
  return FilingSchema.parse({ createdAt: NOW, ...value });
}

function cowinWith(filings: ReadonlyArray<Filing>): Case {
  return { ...exampleCase(NOW), filings: [...filings] };
}

/** An application refused with this note, and the first appeal drafted from that filing. */
function firstAppealAfter(publicAuthority: string, note: string): Draft {
  const app = filing({
    id: 'app', kind: 'rti-application', publicAuthority, registrationNumber: 'MOHFW/R/E/26/00042',
    history: [{ status: 'filed', date: '2026-01-05' }, { status: 'refused', date: '2026-01-28', note }],
  });
  const draft = draftFromFiling(cowinWith([app]), app, 'draft-first-appeal', { now: NOW, id: 'fa', profile: SAMPLE_PROFILE });
  if (!draft) throw new Error('no first appeal drafted');
  return draft;
}

function withFields(draft: Draft, fields: { readonly [key: string]: string | undefined }): Draft {
  const merged: { [key: string]: string } = {};
  for (const [k, v] of Object.entries({ ...draft.fields, ...fields })) if (v !== undefined) merged[k] = v;
  return { ...draft, fields: merged };
}

describe('grounds on the merits, chosen from the refusal recorded', () => {
  it('cites, for the proviso to s.8(1), the question the case follows up when the appeal is to that question\'s Ministry', () => {
    const letter = text(firstAppealAfter('Ministry of Electronics and Information Technology', 'Refused under Section 8(1)(h)'));
    expect(letter).toMatch(/raised in Parliament: Rajya Sabha [^\n]*Question[^\n]* answered on 21\.07\.2023\./);
    expect(letter).not.toContain('answered by this Ministry');
  });

  it('answers a s.24 refusal by a ministry with the reach of s.24: its own records are not the Second Schedule organisation\'s', () => {
    const draft = firstAppealAfter('Ministry of Health and Family Welfare', 'Refused under Section 24: the material came from CERT-In');
    expect(draft.fields).toMatchObject({ ground: 'exemption-s24', replyDate: '2026-01-28', applicationRef: 'MOHFW/R/E/26/00042' });
    const letter = text(draft);
    expect(letter).toContain([
      '4. Grounds of appeal',
      '',
      '1. The Ministry of Health and Family Welfare is not itself an organisation specified in the Second Schedule to the Act.',
      "2. Section 24(1) takes out of the Act only the intelligence and security organisations specified in the Second Schedule, and information furnished by those organisations to the Government. That an organisation in the Second Schedule also dealt with the matter does not make this public authority's own records exempt: its own file notings, correspondence, minutes and orders are not information furnished by that organisation, and Section 24 does not reach them.",
      '3. In any case, under the proviso to Section 24(1), information pertaining to allegations of corruption and human rights violations is not excluded by that section.',
    ].join('\n'));
    // The example's matter was raised in Parliament: the proviso to s.8(1) names the answer this
    // Ministry gave (the Lok Sabha reply of the Ministry of Health), not MeitY's in the Rajya Sabha.
    // The case knows that answer only from the press: its number is a slot, filled from the official text.
    expect(letter).toContain('The matter of this application was raised in Parliament: Lok Sabha Question No. [number, from the official text of the Lok Sabha answer] answered by the Ministry of Health and Family Welfare on 21.07.2023; and Rajya Sabha Question No. [number of the question] answered on 21.07.2023 by the Ministry of Electronics and Information Technology. Under the proviso to Section 8(1)');
    expect(letter).toContain('1. set aside the decision of the Central Public Information Officer communicated by the reply dated 28.01.2026;');
  });

  it('does not tell an organisation in the Second Schedule that it is outside it: only the s.24(1) proviso is argued', () => {
    const letter = text(firstAppealAfter('Indian Computer Emergency Response Team', 'Exempt under s.24'));
    expect(letter).not.toContain('is not itself an organisation specified in the Second Schedule');
    expect(letter).not.toContain('Section 24 does not reach them');
    expect(letter).toContain(GROUNDS.scheduleProviso.text.en);
  });

  it('answers a s.8(1)(h) refusal with the Bhagat Singh reasoning, the proviso to s.8(1) and the s.8(2) public interest', () => {
    const draft = firstAppealAfter('Ministry of Health and Family Welfare', 'Denied under s.8(1)(h), investigation pending');
    expect(draft.fields).toMatchObject({ ground: 'exemption-8-1-h' });
    const letter = text(draft);
    const order = ['Bhagat Singh v. Chief Information Commissioner', 'cannot impede the investigation', 'proviso to Section 8(1)', 'Section 8(2) of the Act', 'Section 10 of the Act', 'Section 19(5)'].map((p) => letter.indexOf(p));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('argues the proviso to s.8(1) only where the matter was raised in Parliament', () => {
    const withQuestion = groundsFor('exemption-8-1-h', { questionRef: 'Lok Sabha Unstarred Question No. 1 answered on 01.01.2026', inSecondSchedule: false });
    const without = groundsFor('exemption-8-1-h', { questionRef: '', inSecondSchedule: false });
    expect(withQuestion).toContain(GROUNDS.parliamentProviso);
    expect(without).not.toContain(GROUNDS.parliamentProviso);
    expect(without).toContain(GROUNDS.publicInterest);
  });

  it('cites every ground and relief to the Act first, and flags what the research holds only second-hand', () => {
    for (const g of [...Object.values(GROUNDS), ...Object.values(RELIEFS)]) {
      expect(g.source).toMatch(/^(RTI Act 2005|ISTM)/);
      if (/UNCONFIRMED/.test(g.source)) expect(g.confirmed).toBe(false);
    }
    expect(GROUNDS.parliamentProviso.confirmed).toBe(false);
    expect(RELIEFS.compensation.confirmed).toBe(false);
    // Users never see the research notes' file name: no template sentence carries it.
    for (const g of [...Object.values(GROUNDS), ...Object.values(RELIEFS)]) expect(`${g.text.en} ${g.text.hi}`).not.toMatch(/\.md\b/);
  });

  it('writes the merits grounds in Hindi, citing the sections as the Hindi text does', () => {
    const letter = text({ ...sampleDraft('rti-first-appeal', 'hi') });
    expect(letter).toContain('अधिनियम की धारा 8(1) के परंतुक के अनुसार');
    expect(letter).toContain('अधिनियम की धारा 8(2) के अंतर्गत');
    expect(letter).toContain('धारा 8(1)(ज) केवल ऐसी सूचना को छूट देती है');
    expect(letter).not.toMatch(/Section|proviso|Schedule/);
  });
});

describe('relief', () => {
  it('asks the Commission for compensation under s.19(8)(b), for the detriment the appellant names', () => {
    const draft = withFields(sampleDraft('rti-second-appeal', 'en'), { detriment: 'two journeys from Bengaluru to New Delhi for the hearing of the first appeal, at a cost of Rs 14,000' });
    expect(text(draft)).toContain('4. require the public authority to compensate the appellant for the loss or other detriment suffered (Section 19(8)(b) of the Act): two journeys from Bengaluru to New Delhi for the hearing of the first appeal, at a cost of Rs 14,000;');
    expect(text(sampleDraft('rti-second-appeal', 'hi'))).toContain('लोक प्राधिकारी से अपेक्षा करें कि वह अपीलकर्ता को हुई हानि या अन्य क्षति के लिए प्रतिकर दे (अधिनियम की धारा 19(8)(ख)): प्रथम अपील और इस अपील के माध्यम से सूचना प्राप्त करने में लगा समय और व्यय;');
  });

  it('does not ask the First Appellate Authority for compensation or a penalty, which only the Commission can give', () => {
    const letter = text(sampleDraft('rti-first-appeal', 'en'));
    expect(letter).not.toContain('19(8)');
    expect(letter).not.toContain('Section 20(1)');
  });
});

describe('the second appeal as the registry receives it', () => {
  it('is addressed to the Registrar of the Central Information Commission, the Commission named once', () => {
    const letter = text(sampleDraft('rti-second-appeal', 'en'));
    expect(letter).toContain('To\nThe Registrar\nCentral Information Commission\nII Floor, B Wing, August Kranti Bhavan\nBhikaji Cama Place\nNew Delhi 110066');
    expect(text(sampleDraft('rti-second-appeal', 'hi'))).toContain('सेवा में,\nरजिस्ट्रार\nकेन्द्रीय सूचना आयोग\nद्वितीय तल, बी विंग, अगस्त क्रांति भवन');
  });

  it('names the Commission once in Hindi when the address spells it "केंद्रीय" (the shipped address) and the document "केन्द्रीय"', () => {
    const commissionAddress = 'केंद्रीय सूचना आयोग\n[आयोग की वेबसाइट से पता]\nनई दिल्ली';
    const appeal = text(withFields(sampleDraft('rti-second-appeal', 'hi'), { commissionAddress }));
    expect(appeal).toContain('सेवा में,\nरजिस्ट्रार\nकेन्द्रीय सूचना आयोग\n[आयोग की वेबसाइट से पता]\nनई दिल्ली\n');
    expect(appeal).not.toContain('केंद्रीय सूचना आयोग');
    const complaint = text(withFields(sampleDraft('rti-complaint', 'hi'), { commissionAddress }));
    expect(complaint).toContain('सेवा में,\nरजिस्ट्रार\nकेन्द्रीय सूचना आयोग\n[आयोग की वेबसाइट से पता]\nनई दिल्ली\n');
    expect(complaint).not.toContain('केंद्रीय सूचना आयोग');
  });

  it('addresses a State Commission by its name, without a Registrar the docs do not give', () => {
    const letter = text(withFields(sampleDraft('rti-second-appeal', 'en'), { state: 'Karnataka', commissionAddress: undefined }));
    expect(letter).toContain('To\nState Information Commission, Karnataka\n');
    expect(letter).not.toContain('The Registrar');
  });

  it('prints the registration numbers of the application and the first appeal, and asks for them when missing', () => {
    const letter = text(sampleDraft('rti-second-appeal', 'en'));
    expect(letter).toContain('RTI application | dated 01.08.2026 (No. MOHFW/R/E/26/01234)');
    expect(letter).toContain('First appeal | dated 10.09.2026 (No. MOHFW/A/E/26/00321)');
    const required = TEMPLATES['rti-second-appeal'].requiredFields.map((f) => f.key);
    expect(required).toEqual(expect.arrayContaining(['applicationRef', 'firstAppealRef']));
  });

  it('declares that the matter is not pending before a court or the Commission, and verifies that declaration too', () => {
    const letter = text(sampleDraft('rti-second-appeal', 'en'));
    expect(letter).toContain('7. Declaration\n\nI declare that the matter of this appeal is not pending before any court, nor before the Commission in any other appeal or complaint.\n\n8. Verification\n\nI, Asha Rao, the appellant, verify that the contents of this appeal are true');
    expect(text(sampleDraft('rti-second-appeal', 'hi'))).toContain('7. घोषणा\n\nमैं घोषणा करता/करती हूँ कि इस अपील का विषय किसी न्यायालय के समक्ष, या किसी अन्य अपील या शिकायत में आयोग के समक्ष, लंबित नहीं है।');
  });
});

describe('the index', () => {
  for (const kind of ['rti-first-appeal', 'rti-second-appeal'] as const) {
    it(`opens the ${kind}, before the addressee, and nothing follows the signature but a pointer to it`, () => {
      const letter = text(sampleDraft(kind, 'en'));
      expect(letter.indexOf('INDEX')).toBeGreaterThan(0);
      expect(letter.indexOf('INDEX')).toBeLessThan(letter.indexOf('\nTo\n'));
      expect(letter.trimEnd().endsWith('Enclosures: as listed in the index at the head of this appeal.')).toBe(true);
    });
  }

  it('numbers the pages straight through the paper book, from the counts the appellant gives', () => {
    expect(text(sampleDraft('rti-first-appeal', 'en'))).toContain([
      'S. No. | Document | Date | Annexure | Pages',
      '1 | This first appeal, with this index | 20.09.2026 |  | 1-6',
      '2 | Copy of the RTI application (No. MOHFW/R/E/26/01234) | 01.08.2026 | A-1 | 7-8',
      // In date order, each proof of filing beside the application it proves.
      '3 | Acknowledgement of the RTI application from RTI Online, with its registration number | 01.08.2026 | A-2 | 9',
      '4 | Receipt for the application fee paid online (Rule 6(c), Right to Information Rules, 2012) | 01.08.2026 | A-3 | 10',
      "5 | Copy of the Public Information Officer's reply (No. Z-28015/12/2026-eGov) | 28.08.2026 | A-4 | 11",
    ].join('\n'));
  });

  it('lists a second appeal\'s papers in date order, with the first appeal\'s own acknowledgement, and counts both s.19(6) days', () => {
    const letter = text(sampleDraft('rti-second-appeal', 'en'));
    const rows = letter.split('\n').filter((l) => /^\d+ \| /.test(l));
    const dates = rows.map((r) => r.split(' | ')[2] ?? '').filter((d) => d !== '').slice(1).map((d) => d.split('.').reverse().join('-'));
    expect(dates).toEqual([...dates].sort());
    expect(rows.some((r) => r.includes('Acknowledgement of the first appeal from RTI Online'))).toBe(true);
  });

  it('leaves a page slot to fill, never a guessed number, where a count is missing', () => {
    const letter = text(withFields(sampleDraft('rti-second-appeal', 'en'), { pageCounts: '8, 2' }));
    expect(letter).toContain('| A-1 | 9-10\n');
    expect(letter).toContain('| A-2 | [Pages]\n');
    expect(letter).toContain('| A-5 | [Pages]\n');
    expect(pageRanges('', 2)).toEqual([null, null]);
    expect(pageRanges('3, x, 2', 3)).toEqual(['1-3', null, null]);
    expect(pageRanges('1 1;4', 3)).toEqual(['1', '2', '3-6']);
  });
});

describe('a time-barred appeal', () => {
  it('says the first appeal is late under s.19(1), by how much, and offers a condonation paragraph (golden text)', () => {
    // Reply of 28.08.2026: the thirty days ran out on 27.09.2026; the appeal is dated 20.10.2026.
    const late = withFields(sampleDraft('rti-first-appeal', 'en'), { date: '2026-10-20', delayReason: 'I was in hospital from 15.09.2026 to 15.10.2026; the discharge summary is enclosed.' });
    expect(text(late)).toContain([
      '6. Condonation of delay',
      '',
      'This appeal is dated 20.10.2026. The 30 days allowed by Section 19(1) ran from the reply of 28.08.2026, and ended on 27.09.2026, so it is 23 days late.',
      '',
      'I request that the delay be condoned, as Section 19(1) permits an appeal to be admitted after the period where there was sufficient cause for not filing it in time. The cause: I was in hospital from 15.09.2026 to 15.10.2026; the discharge summary is enclosed.',
    ].join('\n'));
    const hi = withFields(sampleDraft('rti-first-appeal', 'hi'), { date: '2026-10-20' });
    expect(text(hi)).toContain('6. विलंब-माफ़ी हेतु निवेदन\n\nयह अपील दिनांक 20.10.2026 की है। धारा 19(1) में अनुमत 30 दिन की अवधि दिनांक 28.08.2026 के उत्तर से आरंभ होकर 27.09.2026 को समाप्त हो गई, अतः यह 23 दिन विलंब से है।\n\nमैं अनुरोध करता/करती हूँ कि विलंब क्षमा किया जाए');
    // No reason given: the placeholder asks for it in Hindi.
    expect(text(hi)).toContain('कारण: [विलंब का कारण लिखें]');
  });

  it('counts a late Hindi first appeal against a deemed refusal from the day the reply fell due', () => {
    const hi = withFields(sampleDraft('rti-first-appeal', 'hi'), { ground: 'no-reply', replyDate: undefined, applicationDate: '2026-01-05', date: '2026-03-20' });
    expect(text(hi)).toContain('धारा 19(1) में अनुमत 30 दिन की अवधि दिनांक 04.02.2026 से (जब दिनांक 05.01.2026 के आवेदन का उत्तर धारा 7(1) के अंतर्गत देय हुआ) आरंभ होकर 06.03.2026 को समाप्त हो गई, अतः यह 14 दिन विलंब से है।');
  });

  it('says in Hindi from which date a late second appeal\'s ninety days ran, as the English does', () => {
    // A first appeal of 16.02.2026, no order; 45 days (s.19(6)) end 02.04.2026, then 90 days.
    const fields = { faaOrderDate: undefined, faaOrderRef: undefined, firstAppealDate: '2026-02-16', date: '2026-12-04' };
    const hi = text(withFields(sampleDraft('rti-second-appeal', 'hi'), fields));
    expect(hi).toContain('विलंब-माफ़ी हेतु निवेदन\n\nयह अपील दिनांक 04.12.2026 की है। धारा 19(3) में अनुमत 90 दिन की अवधि दिनांक 02.04.2026 से (दिनांक 16.02.2026 की प्रथम अपील के निर्णय हेतु धारा 19(6) में अनुमत 45 दिन की अंतिम तिथि) आरंभ होकर 01.07.2026 को समाप्त हो गई, अतः यह 156 दिन विलंब से है।');
    // The verification covers the plea, which this appeal makes.
    expect(hi).toContain('विलंब-माफ़ी हेतु किसी निवेदन सहित इस अपील की विषय-वस्तु');
    const afterOrder = text(withFields(sampleDraft('rti-second-appeal', 'hi'), { date: '2027-02-01' }));
    expect(afterOrder).toContain('धारा 19(3) में अनुमत 90 दिन की अवधि प्रथम अपीलीय प्राधिकारी के दिनांक 09.10.2026 के आदेश से आरंभ होकर 07.01.2027 को समाप्त हो गई');
  });

  it('files an appeal in time without any plea of delay', () => {
    expect(text(sampleDraft('rti-first-appeal', 'en'))).not.toContain('Condonation of delay');
    expect(text(sampleDraft('rti-second-appeal', 'en'))).not.toContain('Condonation of delay');
  });

  it('says the second appeal is late under s.19(3) when filed more than ninety days after the order', () => {
    // Order of 09.10.2026: the ninety days ran out on 07.01.2027.
    const letter = text(withFields(sampleDraft('rti-second-appeal', 'en'), { date: '2027-02-01' }));
    expect(letter).toMatch(/This appeal is dated 01\.02\.2027\. The 90 days allowed by Section 19\(3\) ran from [^\n]*, so it is \d+ days late\./);
    expect(letter).toContain('I request that the delay be condoned, as Section 19(3) permits');
  });
});

describe('the index names the proofs the application\'s way of filing left (filingProofs)', () => {
  function appealAfter(mode: 'rti-online' | 'post' | 'by-hand'): Draft {
    const app = filing({ id: 'app', kind: 'rti-application', publicAuthority: 'Ministry of Health and Family Welfare', mode, history: [{ status: 'filed', date: '2026-01-05' }] });
    const draft = draftFromFiling(cowinWith([app]), app, 'draft-first-appeal', { now: NOW, id: 'fa', profile: SAMPLE_PROFILE });
    if (!draft) throw new Error('no first appeal drafted');
    return draft;
  }

  it('encloses the RTI Online acknowledgement and the online payment receipt, and no dispatch, for an online filing', () => {
    const d = appealAfter('rti-online');
    expect(fieldValue(d, 'applicationMode')).toBe('rti-online');
    const t = text(d);
    expect(t).toContain('Acknowledgement of the RTI application from RTI Online, with its registration number');
    expect(t).toContain('Receipt for the application fee paid online (Rule 6(c), Right to Information Rules, 2012)');
    expect(t).not.toMatch(/dispatch/i);
    const hi = renderText(TEMPLATES['rti-first-appeal'].render({ ...d, language: 'hi' }, ctx));
    expect(hi).toContain('आरटीआई ऑनलाइन पोर्टल से प्राप्त आरटीआई आवेदन की पावती');
    expect(hi).not.toContain('प्रेषण');
  });

  it('encloses the postal receipt and the postal order for a filing by post', () => {
    const d = appealAfter('post');
    const t = text(withFields(d, { feeMode: 'ipo' }));
    expect(t).toContain('Postal receipt for the dispatch of the RTI application');
    expect(t).toContain('Copy of the Indian Postal Order for the application fee');
  });

  it('says what either proof would be where the draft does not say how the application went', () => {
    const d = appealAfter('by-hand');
    const t = text(withFields(d, { applicationMode: '', feeMode: 'bpl' }));
    expect(t).toContain('Proof of filing of the RTI application (the postal receipt, or the online acknowledgement)');
    expect(t).toContain('Copy of the BPL certificate (no fee: Section 7(5), Rule 5)');
  });
});

describe('a second appeal in time on the 45-day reading of s.19(6) only says why, in one sentence', () => {
  const base = withFields(sampleDraft('rti-second-appeal', 'en'), { faaOrderDate: '', faaOrderRef: '', firstAppealDate: '2026-09-10' });

  it('explains the two readings when it is past the earlier last day (10.10 + 90 = 08.01.2027) but within the later (25.10 + 90 = 23.01.2027)', () => {
    const t = text(withFields(base, { date: '2027-01-15' }));
    expect(t).toContain('This appeal is within the ninety days of Section 19(3) counted from 25.10.2026, the last of the forty-five days Section 19(6) allows for deciding the first appeal, from which the Commission\'s second-appeal guidelines count; counted from the thirtieth day, they ended on 08.01.2027.');
    expect(t).not.toContain('Condonation of delay');
    const hi = renderText(TEMPLATES['rti-second-appeal'].render(withFields({ ...base, language: 'hi' }, { date: '2027-01-15' }), ctx));
    expect(hi).toContain('तीसवें दिन से गिनने पर वे 08.01.2027 को समाप्त हो गए।');
  });

  it('says nothing of it when the appeal is within both, or late on both (the condonation plea says that)', () => {
    expect(text(withFields(base, { date: '2026-12-01' }))).not.toContain('counted from the thirtieth day');
    const late = text(withFields(base, { date: '2027-02-01' }));
    expect(late).not.toContain('counted from the thirtieth day');
    expect(late).toContain('Condonation of delay');
  });
});

describe('the information sought, as the appellate authority reads it', () => {
  it('states the period the application asked for, naming the application\'s date where the application said "this application"', () => {
    const withPeriod = (kind: 'rti-first-appeal' | 'rti-second-appeal', language: 'en' | 'hi', period: string): Draft =>
      withFields(sampleDraft(kind, language), { period, applicationDate: '2026-08-16' });
    expect(text(withPeriod('rti-first-appeal', 'en', 'from 01.06.2023 to the date of this application'))).toContain('The application asked for the following information, for the period from 01.06.2023 to the date of the application (16.08.2026) unless a point states otherwise:');
    expect(text(withPeriod('rti-second-appeal', 'hi', '01.06.2023 से इस आवेदन की तिथि तक'))).toContain('01.06.2023 से आवेदन की तिथि (16.08.2026) तक की अवधि के लिए');
    expect(text(withFields(sampleDraft('rti-first-appeal', 'en'), { period: undefined }))).not.toContain('The application asked for the following information');
  });
});

describe('an appeal sets out the application as it was filed', () => {
  it('lists the points of the draft the filing was recorded from, not a later draft in the appeal\'s language', () => {
    // Review 11: a Hindi appeal cited the English application's registration number and listed the Hindi draft's points.
    const base = exampleCase(NOW);
    const english = newDraft('rti-application', base, { parts: ['b', 'c'], language: 'en', profile: SAMPLE_PROFILE, now: NOW, id: 'app-en' });
    const hindi = { ...newDraft('rti-application', base, { parts: ['b'], language: 'hi', profile: SAMPLE_PROFILE, now: NOW, id: 'app-hi' }), points: ['केवल हिंदी मसौदे का बिंदु।'] };
    const recorded = filingFromDraft(base, english, { id: 'app', now: NOW });
    if (recorded === null || recorded.kind !== 'rti-application') throw new Error('no filing');
    const filed = { ...recorded, registrationNumber: 'MOHFW/R/E/26/00042', history: [{ status: 'filed' as const, date: '2026-01-05', note: '' }] };
    const c: Case = { ...base, drafts: [english, hindi], filings: [filed] };
    const appeal = newDraft('rti-first-appeal', c, { parts: ['b'], language: 'hi', profile: SAMPLE_PROFILE, now: NOW, id: 'fa-hi' });
    expect(recorded.draftId).toBe('app-en');
    expect(appeal.points).toEqual(english.points);
    expect(fieldValue(appeal, 'applicationRef')).toBe('MOHFW/R/E/26/00042');
    // The frame stays in the appeal's language (review 12: "…सूचना, from 01.02.2024 to the date of this application की अवधि").
    expect(fieldValue(appeal, 'period') ?? '').not.toMatch(/[A-Za-z]{3,}/);
    expect(fieldValue(appeal, 'subject') ?? '').not.toMatch(/[A-Za-z]{3,}/);
  });
});
