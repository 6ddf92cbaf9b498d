import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, type Case } from '../../../../shared/domain/case.ts';
import { FilingSchema, type Filing } from '../../../../shared/domain/filing.ts';
import { DRAFT_KINDS, DraftSchema, type Draft } from '../../../../shared/domain/draft.ts';
import { defaultPeriodStart, groundFromHistory, ministerOf, topicInSentence, partLabel, publicAuthorityName, questionReference } from '../../../../shared/drafting/draft-context.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { EMPTY_PROFILE, ProfileSchema, type Profile } from '../../../../shared/domain/profile.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { missingFields, TEMPLATES } from '../../../../templates/documents/index.ts';

const NOW = '2026-11-22T09:30:00.000Z';

/** The CoWIN example as the seed articles give it (`../shared/seeds/` beside the clone), with verdicts a reader would give. */
function cowinCase(drafts: ReadonlyArray<Draft> = [], filings: ReadonlyArray<Filing> = []): Case {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: 'cowin',
    title: 'CoWIN data breach: Rajya Sabha, 21 July 2023',
    createdAt: NOW,
    updatedAt: NOW,
    isExample: true,
    matter: { summary: '', notes: '' },
    sources: [
      { id: 'reply', role: 'reply', title: 'Reply', text: 'Taking cognizance of the cyber incident regarding CoWIN data in June 2023, CERT-In coordinated incident response measures with MoHFW. The MoHFW has lodged a complaint and F.I.R has been registered by a law enforcement agency.', origin: { kind: 'example', fileName: null, importedAt: NOW }, note: '' },
    ],
    question: {
      house: 'Rajya Sabha',
      kind: 'unstarred',
      number: '1234',
      date: '2023-07-21',
      ministry: 'Electronics and Information Technology',
      subject: 'Status of investigation into CoWIN data breach',
      askedBy: ['Shri Syed Nasir Hussain'],
      parts: [
        { label: 'a', text: 'whether Government has a tangible plan to contain the leaked information from the CoWIN portal;' },
        { label: 'b', text: 'whether CERT-In has started the investigation and identified those responsible for the breach;' },
        { label: 'c', text: 'if so, the status of the investigation thereof and, if not, the reasons therefor; and' },
        { label: 'd', text: 'the measures Government has taken to enhance safety protocols regarding such large databases?' },
      ],
    },
    analysis: {
      sourceId: 'reply',
      analyzedAt: NOW,
      parts: [
        { label: 'a', status: 'unanswered', reason: 'Lists generic safeguards; no plan to contain leaked data.', evidence: [] },
        { label: 'b', status: 'partial', reason: 'Says an FIR was registered; silent on who is responsible.', evidence: [{ start: 0, end: 10, text: 'The MoHFW has lodged a complaint and F.I.R has been registered' }], assurance: { phrase: 'Enquiries are being made.', dueBy: '2023-10-21', source: 'MoPA Annex 3' } },
        { label: 'c', status: 'unanswered', reason: 'No status of the investigation.', evidence: [] },
        { label: 'd', status: 'answered', reason: 'Measures listed.', evidence: [] },
      ],
      overrides: [{ label: 'd', status: 'partial', reason: 'Measures are generic, not specific to CoWIN.', at: NOW }],
    },
    drafts: [...drafts],
    filings: [...filings],
    evidence: [],
  };
}

const PROFILE: Profile = {
  applicant: { name: 'Asha Rao', address: '12, MG Road\nBengaluru 560001', phone: '+91 98450 00000', email: 'asha@example.org', isBpl: false, bplCertificate: '' },
  member: { name: 'Shri Example Member', house: 'Rajya Sabha', divisionNumber: '' },
  letterhead: { organisation: '', lines: [] },
};

const opts = (parts: ReadonlyArray<string>, language: 'en' | 'hi' = 'en', profile: Profile = PROFILE) => ({ parts, language, profile, now: NOW, id: 'draft-1' });

describe('newDraft', () => {
  it.each(DRAFT_KINDS)('makes a valid %s draft that every template can render', (kind) => {
    for (const language of ['en', 'hi'] as const) {
      const draft = newDraft(kind, cowinCase(), opts(['b', 'c'], language));
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      expect(draft).toMatchObject({ id: 'draft-1', kind, language, createdAt: NOW, updatedAt: NOW, forParts: ['b', 'c'] });
      expect(draft.points.length).toBeGreaterThan(0);
      expect(renderText(TEMPLATES[kind].render(draft, { profile: PROFILE, today: '2026-11-22' })).length).toBeGreaterThan(100);
    }
  });

  it('prefills an RTI application to the authority that holds the records the reply names', () => {
    const draft = newDraft('rti-application', cowinCase(), opts(['b', 'c']));
    expect(draft.fields).toMatchObject({
      // The reply says the MoHFW lodged the complaint, and the question is about its portal.
      publicAuthority: 'Ministry of Health and Family Welfare',
      authorityId: 'mohfw',
      pioAddress: 'Nirman Bhawan\nNew Delhi 110011',
      subject: 'the cyber incident regarding CoWIN data in June 2023',
      period: 'from 01.06.2023 to the date of this application',
      applicantName: 'Asha Rao',
      applicantAddress: '12, MG Road\nBengaluru 560001',
      applicantEmail: 'asha@example.org',
      feeMode: 'ipo',
      questionNumber: '1234',
      questionDate: '2023-07-21',
      date: '2026-11-22',
    });
    expect(draft.fields['partsText']).toContain('(b) whether CERT-In has started');
    expect(draft.fields['replyText']).toContain('F.I.R has been registered');
    // What the user still has to supply before export: the place and the IPO number.
    expect(missingFields(draft).map((m) => m.key)).toEqual(['place', 'feeInstrument']);
  });

  it('asks for one record per point, without a period or part reference in each, never "why"', () => {
    const draft = newDraft('rti-application', cowinCase(), opts(['a', 'b', 'c', 'd']));
    expect(draft.points).toEqual([
      'A copy of the complaint made by this public authority about the cyber incident regarding CoWIN data in June 2023, with its date, the office to which it was made and the acknowledgement received.',
      'Copies of the letters and e-mails exchanged between this public authority and the police or any investigating agency about that complaint, other than information furnished by CERT-In, with their dates.',
    ]);
    for (const point of draft.points) {
      expect(point).not.toMatch(/for the period|arising from part/);
      expect(point).not.toMatch(/\bwhy\b|\breasons?\b|opinion|\bstatus\b/i);
    }
  });

  it('asks the answering Ministry for its own file on the reply', () => {
    const draft = newDraft('rti-application', cowinCase(), { ...opts(['b', 'c']), authorityId: 'meity' });
    expect(draft.fields['publicAuthority']).toBe('Ministry of Electronics and Information Technology');
    expect(draft.points.at(-1)).toBe('Copies of the file notings on the preparation of the reply to Rajya Sabha Question No. 1234 answered on 21.07.2023, and of the material received from other Ministries for it.');
  });

  it('writes Hindi points for a Hindi draft', () => {
    const draft = newDraft('rti-application', cowinCase(), opts(['b'], 'hi'));
    expect(draft.points.join(' ')).toMatch(/शिकायत की प्रति/);
    expect(draft.fields['period']).toBe('01.06.2023 से इस आवेदन की तिथि तक');
    expect(draft.title).toContain('आरटीआई आवेदन');
  });

  it('claims the BPL exemption when the profile says so', () => {
    const bpl = ProfileSchema.parse({ ...PROFILE, applicant: { ...PROFILE.applicant, isBpl: true, bplCertificate: 'BPL/2024/778, Tahsildar Bengaluru North' } });
    const draft = newDraft('rti-application', cowinCase(), opts(['b'], 'en', bpl));
    expect(draft.fields['feeMode']).toBe('bpl');
    expect(draft.fields['bplCertificate']).toBe('BPL/2024/778, Tahsildar Bengaluru North');
    expect(renderText(TEMPLATES['rti-application'].render(draft, { profile: bpl, today: '2026-11-22' }))).toContain('Rule 5 of the Right to Information Rules, 2012');
  });

  it('leaves profile fields empty rather than inventing them', () => {
    const draft = newDraft('rti-application', cowinCase(), opts(['b'], 'en', EMPTY_PROFILE));
    expect(draft.fields['applicantName']).toBeUndefined();
    expect(missingFields(draft).map((m) => m.key)).toEqual(expect.arrayContaining(['applicantName', 'applicantAddress']));
  });

  it('carries an earlier application into the first appeal, on deemed refusal by default', () => {
    const application = { ...newDraft('rti-application', cowinCase(), opts(['b', 'c'])), id: 'app-1', fields: { ...newDraft('rti-application', cowinCase(), opts(['b', 'c'])).fields, pioAddress: 'Electronics Niketan\nNew Delhi 110003', place: 'Bengaluru', date: '2026-08-01', feeInstrument: '45F 1' }, points: ['Copies of the FIR correspondence, with dates.'] };
    const appeal = newDraft('rti-first-appeal', cowinCase([application]), opts(['b']));
    expect(appeal.fields).toMatchObject({ pioAddress: 'Electronics Niketan\nNew Delhi 110003', place: 'Bengaluru', applicationDate: '2026-08-01', ground: 'no-reply' });
    expect(appeal.points).toEqual(['Copies of the FIR correspondence, with dates.']);
    expect(missingFields(appeal)).toEqual([]);
    const second = newDraft('rti-second-appeal', cowinCase([application, { ...appeal, id: 'fa-1', fields: { ...appeal.fields, date: '2026-09-10' } }]), opts(['b']));
    expect(second.fields).toMatchObject({ firstAppealDate: '2026-09-10', applicationDate: '2026-08-01' });
    // Drafts carry no registration numbers (the portal or the office allots them; a recorded filing
    // carries them): the Commission's registry needs both, so the user is asked for them.
    expect(missingFields(second).map((m) => m.key)).toEqual(['applicationRef', 'firstAppealRef']);
  });

  it('drafts a question notice from what the reply withheld, never the earlier parts again', () => {
    const draft = newDraft('pq-notice', cowinCase(), opts(['b', 'c']));
    expect(draft.fields).toMatchObject({ house: 'Rajya Sabha', ministry: 'Electronics and Information Technology', memberName: 'Shri Example Member', questionKind: 'unstarred' });
    // The arrests are the police's: they go to the Minister of Home Affairs (below), not to MeitY.
    expect(draft.points).toEqual([
      'the name of the agency which registered the First Information Report on the cyber incident regarding CoWIN data in June 2023, with its number and date',
      'the date of the complaint about the said incident and the authority with which it was lodged',
    ]);
    const text = renderText(TEMPLATES['pq-notice'].render(draft, { profile: PROFILE, today: '2026-11-22' }));
    expect(text).toContain('Will the Minister of ELECTRONICS AND INFORMATION TECHNOLOGY be pleased to state:');
    expect(text).toContain('with its number and date; and\n(b) the date of the complaint');
    expect(text).not.toContain('identified those responsible');
    expect(missingFields(draft).map((m) => m.key)).toEqual(['desiredDate']);
  });

  it('addresses the police\'s part to the Minister of Home Affairs when the user picks that Minister (LS Rule 41(1))', () => {
    const draft = newDraft('pq-notice', cowinCase(), { ...opts(['b', 'c']), ministry: 'Home Affairs' });
    expect(draft.fields['ministry']).toBe('Home Affairs');
    // Arrests apart from the chargesheet: "one person was arrested" must not close the question (review 4).
    expect(draft.points).toEqual([
      'whether any person has been arrested on the First Information Report registered on the cyber incident regarding CoWIN data in June 2023, if so, the number of persons arrested and the dates of arrest',
      'whether a chargesheet has been filed in that case, if so, the date thereof and the court in which it was filed, and if not, the present stage of the investigation',
    ]);
    const hindi = newDraft('pq-notice', cowinCase(), { ...opts(['b', 'c'], 'hi'), ministry: 'Home Affairs' });
    expect(hindi.fields['ministry']).toBe('गृह');
    // The matter as the user typed it (this case has no Hindi subject), inside the Hindi formula.
    expect(hindi.points).toEqual([
      'क्या जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना पर दर्ज प्रथम सूचना रिपोर्ट के आधार पर किसी व्यक्ति को गिरफ़्तार किया गया है; यदि हाँ, तो गिरफ़्तार व्यक्तियों की संख्या और गिरफ़्तारी की तिथियाँ क्या हैं',
      'क्या उस मामले में आरोप पत्र दाखिल किया गया है; यदि हाँ, तो उसकी तिथि क्या है और वह किस न्यायालय में दाखिल किया गया, और यदि नहीं, तो जाँच इस समय किस चरण में है',
    ]);
  });

  it('numbers the order of preference only when the Member gives more than one notice to the House that day (LS Rule 34(1)(d))', () => {
    const first = newDraft('pq-notice', cowinCase(), opts(['b']));
    expect(first.fields['preference'] ?? '').toBe('');
    const second = newDraft('pq-notice', cowinCase([first]), opts(['c']));
    expect(second.fields['preference']).toBe('2');
    const text = renderText(TEMPLATES['pq-notice'].render(first, { profile: PROFILE, today: '2026-11-22' }));
    expect(text).not.toContain('Order of preference');
  });

  it('writes half-an-hour points that quote the sentence that dodged, and a note of what was left out', () => {
    const draft = newDraft('half-an-hour-notice', cowinCase(), opts(['b', 'c']));
    expect(draft.fields['explanatoryNote']).toBe('The answer to Rajya Sabha Unstarred Question No. 1234 answered on 21.07.2023 did not give the information sought in parts (b) and (c). It did not say which agency registered the First Information Report, its number and date, or how far the investigation has gone; or when the complaint was made, or with whom. These are matters of fact on which the answer needs elucidation.');
    expect(draft.fields).toMatchObject({ questionNumber: '1234', questionDate: '2023-07-21' });
    expect(draft.points).toEqual([
      'The answer (parts (b), (c)) states: "The MoHFW has lodged a complaint and F.I.R has been registered by a law enforcement agency." It does not say which agency registered the First Information Report, its number and date, or how far the investigation has gone; or when the complaint was made, or with whom.',
    ]);
  });

  it('keeps the explanatory note the user wrote in an earlier half-an-hour draft', () => {
    const first = { ...newDraft('half-an-hour-notice', cowinCase(), opts(['b'])), id: 'hah-1' };
    const mine = { ...first, fields: { ...first.fields, explanatoryNote: 'My own reasons, in my own words.' } };
    const again = newDraft('half-an-hour-notice', cowinCase([mine]), opts(['b', 'c']));
    expect(again.fields['explanatoryNote']).toBe('My own reasons, in my own words.');
  });

  it('does not carry an English note into a Hindi half-an-hour notice', () => {
    // Review 11: every Hindi notice had its explanatory note in English, from the English draft.
    const first = { ...newDraft('half-an-hour-notice', cowinCase(), opts(['b'])), id: 'hah-1' };
    const hindi = newDraft('half-an-hour-notice', cowinCase([first]), { ...opts(['b', 'c']), language: 'hi' });
    expect(hindi.fields['explanatoryNote']).not.toMatch(/[A-Za-z]{3,}/);
    expect(hindi.fields['explanatoryNote']).toMatch(/स्पष्टीकरण आवश्यक है।$/);
  });

  it('lists dates in order, including the assurance falling due', () => {
    const draft = newDraft('list-of-dates', cowinCase(), opts(['b']));
    expect(draft.points[0]).toMatch(/^21\.07\.2023 \| Rajya Sabha Unstarred Question No\. 1234/);
    expect(draft.points[1]).toMatch(/^21\.10\.2023 \| Assurance in reply to part \(b\)/);
  });

  it('tabulates every part, not only the chosen ones, with the user override winning over the analyser and what is left open', () => {
    const draft = newDraft('points-table', cowinCase(), opts(['b', 'd']));
    const reply = 'Rajya Sabha reply (Ministry of Electronics and Information Technology), 21.07.2023';
    expect(draft.points).toEqual([
      `(a) | whether Government has a tangible plan to contain the leaked information from the CoWIN portal; | ${reply}: nothing on this part. | Lists generic safeguards; no plan to contain leaked data. It does not say what plan was followed to contain it, or when. | Unanswered`,
      `(b) | whether CERT-In has started the investigation and identified those responsible for the breach; | ${reply}: "The MoHFW has lodged a complaint and F.I.R has been registered" | Says an FIR was registered; silent on who is responsible. It does not say whether responsibility has been fixed, or on whom; nor which agency registered the First Information Report, its number and date, or how far the investigation has gone; or when the complaint was made, or with whom. | Partly answered`,
      `(c) | if so, the status of the investigation thereof and, if not, the reasons therefor; and | ${reply}: nothing on this part. | No status of the investigation. It does not say at what stage the matter stands. What is left open for (b) applies here too. | Unanswered`,
      `(d) | the measures Government has taken to enhance safety protocols regarding such large databases? | ${reply}: nothing on this part. | Measures are generic, not specific to CoWIN. It does not say which measures were taken in this matter, or when. | Partly answered`,
    ]);
  });
});

describe('newDraft from recorded filings', () => {
  const application = (history: ReadonlyArray<{ status: string; date: string; note?: string }>): Filing =>
    FilingSchema.parse({ id: 'f-app', kind: 'rti-application', createdAt: NOW, publicAuthority: 'Ministry of Health and Family Welfare', registrationNumber: 'MOHFW/R/E/26/01234', history });
  const firstAppeal = FilingSchema.parse({ id: 'f-fa', kind: 'rti-first-appeal', createdAt: NOW, applicationId: 'f-app', history: [{ status: 'filed', date: '2026-09-10' }, { status: 'first-appellate-order', date: '2026-10-05' }] });

  it('takes dates, number and the ground from the application\'s history', () => {
    const c = cowinCase([], [application([{ status: 'filed', date: '2026-08-01' }, { status: 'refused', date: '2026-08-28', note: 'Denied under Section 8(1)(h): investigation pending' }])]);
    const draft = newDraft('rti-first-appeal', c, opts(['b']));
    expect(draft.fields).toMatchObject({
      publicAuthority: 'Ministry of Health and Family Welfare',
      applicationDate: '2026-08-01',
      applicationRef: 'MOHFW/R/E/26/01234',
      ground: 'exemption-8-1-h',
      replyDate: '2026-08-28',
    });
    expect(renderText(TEMPLATES['rti-first-appeal'].render(draft, { profile: PROFILE, today: '2026-11-22' }))).toContain('Bhagat Singh');
  });

  it('reads the ground from what happened', () => {
    expect(groundFromHistory([{ status: 'filed', date: '2026-08-01', note: '' }])).toEqual({ ground: 'no-reply', replyDate: '' });
    expect(groundFromHistory([{ status: 'deemed-refused', date: '2026-09-01', note: '' }])).toEqual({ ground: 'no-reply', replyDate: '' });
    expect(groundFromHistory([{ status: 'fee-demanded', date: '2026-08-10', note: '' }])).toEqual({ ground: 'fee-demand', replyDate: '2026-08-10' });
    expect(groundFromHistory([{ status: 'refused', date: '2026-08-10', note: 'exempt under s. 24 (CERT-In)' }])).toEqual({ ground: 'exemption-s24', replyDate: '2026-08-10' });
    expect(groundFromHistory([{ status: 'partly-replied', date: '2026-08-10', note: '' }])).toEqual({ ground: 'partial', replyDate: '2026-08-10' });
  });

  it('carries the first appeal and the order into the second appeal', () => {
    const c = cowinCase([], [application([{ status: 'filed', date: '2026-08-01' }]), firstAppeal]);
    const draft = newDraft('rti-second-appeal', c, opts(['b']));
    expect(draft.fields).toMatchObject({ applicationDate: '2026-08-01', ground: 'no-reply', firstAppealDate: '2026-09-10', faaOrderDate: '2026-10-05' });
    const text = renderText(TEMPLATES['rti-second-appeal'].render(draft, { profile: PROFILE, today: '2026-11-22' }));
    expect(text).toContain('Order of the First Appellate Authority | dated 05.10.2026');
    expect(text).toContain('10.09.2026 | First appeal filed with the First Appellate Authority');
    expect(newDraft('rti-complaint', c, opts(['b'])).fields['complaintGround']).toBe('no-response');
  });

  it('lists what was sent and received, not what was drafted', () => {
    const c = cowinCase([newDraft('rti-application', cowinCase(), opts(['b']))], [application([{ status: 'filed', date: '2026-08-01' }, { status: 'deemed-refused', date: '2026-09-01' }]), firstAppeal]);
    const points = newDraft('list-of-dates', c, opts(['b'])).points;
    expect(points).toContain('01.08.2026 | RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/01234): Filed. | the applicant\'s own record of what was sent and received');
    // Recorded on 01.09 (a day late): written on the last day as the tracker reckons it, refused from the next.
    expect(points).toContain('31.08.2026 | RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/01234): Last day for the Public Information Officer\'s decision (30 days, Section 7(1)): none received, so the request is deemed refused from 01.09.2026 (Section 7(2)). | worked out from the dates above and the periods of the Act');
    expect(points).toContain('05.10.2026 | First appeal: First appellate order. | the applicant\'s own record of what was sent and received');
    expect(points.some((p) => p.includes('RTI application: Status'))).toBe(false);
    const dates = points.map((p) => p.slice(0, 10).split('.').reverse().join('-'));
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('case helpers', () => {
  it('names the public authority and the minister', () => {
    expect(publicAuthorityName('Home Affairs')).toBe('Ministry of Home Affairs');
    expect(publicAuthorityName('Department of Personnel and Training')).toBe('Department of Personnel and Training');
    expect(publicAuthorityName(null)).toBe('');
    expect(ministerOf('Ministry of Home Affairs')).toBe('Home Affairs');
  });

  it('puts the subject into a sentence without "status" and with an article', () => {
    expect(topicInSentence('Status of investigation into CoWIN data breach')).toBe('the investigation into CoWIN data breach');
    expect(topicInSentence('CoWIN data breach')).toBe('the CoWIN data breach');
    expect(topicInSentence('Jhansi hospital fire')).toBe('the Jhansi hospital fire');
    expect(topicInSentence('Measures for cyber security')).toBe('the measures for cyber security');
    expect(topicInSentence('The AIIMS ransomware attack')).toBe('the AIIMS ransomware attack');
  });

  it('starts the default period six months before the answer', () => {
    expect(defaultPeriodStart('2023-07-21')).toBe('01.01.2023');
    expect(defaultPeriodStart('2024-03-05')).toBe('01.09.2023');
    expect(defaultPeriodStart(null)).toBe('');
  });

  it('refers to a question in either language', () => {
    const q = cowinCase().question;
    expect(questionReference(q, 'en')).toBe('Rajya Sabha Unstarred Question No. 1234 answered on 21.07.2023');
    expect(questionReference(q, 'hi')).toBe('21.07.2023 को उत्तरित राज्य सभा अतारांकित प्रश्न संख्या 1234');
    expect(partLabel('c', 'hi')).toBe('(ग)');
  });
});

describe('Hindi record points', () => {
  it('name the matter without the English article', () => {
    const draft = newDraft('rti-application', cowinCase(), opts(['a', 'b', 'c', 'd'], 'hi'));
    expect(draft.points.length).toBeGreaterThan(0);
    expect(draft.points.filter((p) => /\bthe\s/i.test(p))).toEqual([]);
  });
});
