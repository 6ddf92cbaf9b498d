import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, type Case } from '../../../../shared/domain/case.ts';
import { runAnalysis, withAnalysis } from '../../../../shared/workflows/apply-analysis.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { fieldValue } from '../../../../shared/domain/draft.ts';
import { EXAMPLE_PROFILE, EXAMPLE_PROFILE_HI } from '../../../../shared/example/example-profile.ts';

/**
 * An RTI application on a case that is not CoWIN (review 9: on 73 of 77 corpus cases the
 * application asked only for the file on the reply). The parts are marked unanswered by the user,
 * so the test does not rest on the analyser's verdicts.
 */
const NOW = '2026-12-05T06:00:00.000Z';
const TEXT = `LOK SABHA
UNSTARRED QUESTION NO. 142
TO BE ANSWERED ON 01.12.2025
MINISTRY OF FINANCE
RELEASE OF FUNDS UNDER CENTRALLY SPONSORED SCHEMES

142. SHRI A. B. KUMAR:
Will the Minister of FINANCE be pleased to state:
(a) the funds released to the States under Centrally Sponsored Schemes during the last five years, State-wise;
(b) the reasons for the delay in releasing funds to the States;
(c) the amount pending release to the States as on date; and
(d) the steps taken by the Government to expedite the release of funds?

ANSWER
THE MINISTER OF STATE IN THE MINISTRY OF FINANCE
(a) to (d): Funds are released as per the scheme guidelines, demand from the States and submission of Utilization Certificates.
`;

/** A case holding `text`, imported as pasted and analysed as the app analyses it. */
function analysedCase(text: string, id: string, title: string, sourceTitle: string): Case {
  const empty: Case = { schemaVersion: CASE_SCHEMA_VERSION, id, title, createdAt: NOW, updatedAt: NOW, isExample: false, matter: { summary: '', notes: '' }, sources: [], question: null, analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] }, drafts: [], filings: [], evidence: [] };
  const analysed = runAnalysis({ kind: 'combined', qa: { text, origin: { kind: 'paste', fileName: null, importedAt: NOW }, title: sourceTitle, note: '', reported: false } });
  if (!analysed.ok) throw new Error(`analysis failed: ${analysed.error}`);
  return withAnalysis(empty, analysed.value, { now: NOW, idSuffix: 't' });
}

function financeCase(title = 'LS 142'): Case {
  const c = analysedCase(TEXT, 'finance', 'Release of funds', title);
  const overrides = ['a', 'b', 'c', 'd'].map((label) => ({ label, status: 'unanswered' as const, reason: 'Not answered.', at: NOW }));
  return { ...c, analysis: { ...c.analysis, overrides } };
}

describe('an RTI application on any case', () => {
  const draft = newDraft('rti-application', financeCase(), { parts: ['a', 'b', 'c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });

  it('goes to the ministry that answered, by name', () => {
    expect(fieldValue(draft, 'publicAuthority')).toBe('Ministry of Finance');
  });

  it('asks for the records of what the parts asked, and the file on the reply last', () => {
    expect(draft.points.length).toBeGreaterThan(1);
    expect(draft.points.at(-1)).toMatch(/^Copies of the file notings on the preparation of the reply to Lok Sabha .*Question No\. 142 answered on 01\.12\.2025/);
    expect(draft.points.slice(0, -1).join(' ')).toMatch(/figures|file notings/);
    expect(draft.points.join(' ')).not.toMatch(/system|incident|advisory|standard operating|the public authority that/i);
    expect(draft.points.join(' ')).toMatch(/recording the steps taken/);
  });
});

describe('a Hindi RTI application on a case whose subject is only in English', () => {
  // "Hindi means Hindi" (review 10: 77 of 77 Hindi applications on corpus cases carried the English title).
  const hi = newDraft('rti-application', financeCase(), { parts: ['a', 'b', 'c', 'd'], language: 'hi', profile: EXAMPLE_PROFILE_HI, now: NOW, id: 'rti-hi' });
  const latin = /[A-Za-z]{2,}/;

  it('names the matter and each part by the question, in Hindi; the only English is the part\'s own words, quoted', () => {
    expect(fieldValue(hi, 'subject')).toBe('01.12.2025 को उत्तरित लोक सभा अतारांकित प्रश्न संख्या 142 की विषय-वस्तु');
    for (const point of hi.points) expect(point.replace(/“[^”]*”/g, '')).not.toMatch(latin);
    // Named by the question and quoted as the English point asks it, so the Hindi point reads alone
    // and asks what the English one asks (review 15).
    expect(hi.points.join(' ')).toMatch(/प्रश्न संख्या 142 के भाग \(क\) में माँगी गई सूचना, अर्थात् “the funds released to the States under Centrally Sponsored Schemes during the last five years, State-wise”, के मामले में/);
  });

  it('asks as many things as the English application', () => {
    const en = newDraft('rti-application', financeCase(), { parts: ['a', 'b', 'c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(hi.points).toHaveLength(en.points.length);
  });
});

describe('a follow-up on a ministry renamed since the answer', () => {
  const hrd = (): Case => {
    const c = financeCase();
    const q = c.question;
    if (q === null) throw new Error('no question');
    return { ...c, question: { ...q, ministry: 'Human Resource Development' } };
  };

  it('goes to the ministry as it is named now, in the application and the notice', () => {
    const application = newDraft('rti-application', hrd(), { parts: ['a', 'b', 'c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(fieldValue(application, 'publicAuthority')).toBe('Ministry of Education');
    const notice = newDraft('pq-notice', hrd(), { parts: ['a', 'b', 'c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'pq' });
    expect(fieldValue(notice, 'ministry')).toBe('Education');
    expect(notice.points.length).toBeGreaterThan(0);
  });
});

describe('the list of dates on an imported reply', () => {
  it('names the answer, not the imported file, as its source', () => {
    const dates = newDraft('list-of-dates', financeCase('AU142.pdf'), { parts: ['a', 'b', 'c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'lod' });
    const row = dates.points.find((p) => p.startsWith('01.12.2025')) ?? '';
    expect(row).toMatch(/\| the official text of the answer \(the applicant's copy\)$/);
    expect(dates.points.join('\n')).not.toContain('AU142.pdf');
  });
});

describe('an RTI application on a reply that names its records by a handle', () => {
  // Review 12: the applications never used the CBI case number or the statement "being compiled".
  const RS = `RAJYA SABHA
UNSTARRED QUESTION NO. 496
TO BE ANSWERED ON 24.11.2009
SURPLUS FUNDS WITH PSUS

(a) whether the Centre may ask public sector enterprises with a cash surplus to pay higher dividends; (b) whether cash reserves with many PSUs far exceed the amounts they may need for investment; and (c) if so, whether Government would ensure that the idle surplus cash is made available for social welfare programmes?

THE MINISTER OF STATE IN THE MINISTRY OF FINANCE (SHRI NAMO NARAIN MEENA) (a) No, Sir. (b) Up-to-date information is not readily available with the Ministry of Finance regarding cash reserves of profit making Public Sector Undertakings. It is being compiled and will be made available shortly. (c) The question does not arise.
`;
  const psuCase = (labels: ReadonlyArray<string>): Case => {
    const c = analysedCase(RS, 'psu', 'Surplus funds', 'RS 496');
    return { ...c, analysis: { ...c.analysis, overrides: labels.map((label) => ({ label, status: 'unanswered' as const, reason: 'Not answered.', at: NOW })) } };
  };

  it('asks for the statement promised for that part, by the part and the question, before the file on the reply', () => {
    const draft = newDraft('rti-application', psuCase(['b']), { parts: ['b'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(draft.points[0]).toBe('A copy of the information compiled for the statement promised in reply to part (b) of Rajya Sabha Question No. 496 answered on 24.11.2009, and the date on which it was laid on the Table of the House or sent to the Member, or, if it has not been, copies of the file notings on its collection, with their dates.');
    expect(draft.points.at(-1)).toMatch(/^Copies of the file notings on the preparation of the reply/);
    expect(draft.points).toHaveLength(2);
    const hi = newDraft('rti-application', psuCase(['b']), { parts: ['b'], language: 'hi', profile: EXAMPLE_PROFILE_HI, now: NOW, id: 'rti-hi' });
    expect(hi.points[0]).toMatch(/^24\.11\.2009 को उत्तरित राज्य सभा प्रश्न संख्या 496 के भाग \(ख\) के उत्तर में आश्वासित विवरण/);
  });

  it('does not ask for it when the part chosen is not the one the promise answered, and asks that part as before', () => {
    const draft = newDraft('rti-application', psuCase(['a']), { parts: ['a'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(draft.points.join(' ')).not.toMatch(/statement promised/);
    expect(draft.points.length).toBeGreaterThan(1);
  });
});

describe('an RTI application on a reply from a combined portfolio', () => {
  // Review 13: "the Ministry that answered the question" filled the addressee, so export no longer
  // waited for the user to choose the department that holds the records.
  const DMS = `RAJYA SABHA
UNSTARRED QUESTION NO. 2469
TO BE ANSWERED ON 11.12.2009
CORRUPTION IN DMS

(a) whether CBI has unearthed a scam in Delhi Milk Scheme; (b) if so, the details thereof; (c) whether Government proposes to fix responsibility; and (d) if so, the details thereof?

THE MINISTER OF STATE FOR AGRICULTURE, CONSUMER AFFAIRS, FOOD & PUBLIC DISTRIBUTION (PROF. K.V. THOMAS) (a) to (d) No Sir. However, CBI has informed that it has registered a case No. RC.48(A)/2009-ACV-Delhi against the officials of DMS and the case is under investigation by the CBI.
`;
  const c = (): Case => {
    const withIt = analysedCase(DMS, 'dms', 'DMS', 'RS 2469');
    return { ...withIt, analysis: { ...withIt.analysis, overrides: ['c', 'd'].map((label) => ({ label, status: 'unanswered' as const, reason: 'Not answered.', at: NOW })) } };
  };

  it('leaves the addressee for the user to choose, and still asks for the case\'s orders and the file on the reply', () => {
    const draft = newDraft('rti-application', c(), { parts: ['c', 'd'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(fieldValue(draft, 'publicAuthority') ?? '').toBe('');
    // The facts that can be severed first, then the orders (s.10; review 15).
    expect(draft.points[0]).toMatch(/^In connection with case No\. RC\.48\(A\)\/2009-ACV-Delhi, the number of officials suspended, the date on which sanction for prosecution was accorded or refused, and the present stage of any departmental proceedings, with copies of the orders passed on them/);
    expect(draft.points.at(-1)).toMatch(/^Copies of the file notings on the preparation of the reply to Rajya Sabha Question No\. 2469 answered on 11\.12\.2009/);
  });
});

describe('an RTI point on data the reply says is not maintained', () => {
  // Review 13: the covid application asked again for the deaths "not maintained centrally".
  const TEXT_NM = `LOK SABHA
UNSTARRED QUESTION NO. 824
TO BE ANSWERED ON 07.02.2025
COMPENSATION FOR HEALTHCARE WORKERS

Will the Minister of HEALTH AND FAMILY WELFARE be pleased to state:
(a) the number of Asha workers who died during the Covid-19 period, State/UT-wise?

ANSWER
THE MINISTER OF STATE IN THE MINISTRY OF HEALTH AND FAMILY WELFARE
(a): Disaggregated data on deaths due to COVID-19 by profession is not maintained centrally.
`;
  const c = analysedCase(TEXT_NM, 'nm', 'NM', 'LS 824');

  it('asks which authorities hold it, not for the data again', () => {
    expect(c.analysis.parts.find((p) => p.label === 'a')?.status).toBe('refused');
    const draft = newDraft('rti-application', c, { parts: ['a'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(draft.points[0]).toMatch(/^Copies of the records of the Ministry of Health and Family Welfare that show which authorities maintain the figures of the Asha workers who died during the Covid-19 period/);
    expect(draft.points.join(' ')).not.toMatch(/returns, statements and reports .* that give the figures/);
  });
});

describe('RTI points on parts that name what they asked (review 15, NHM)', () => {
  const TEXT_NHM = `LOK SABHA
UNSTARRED QUESTION NO. 712
TO BE ANSWERED ON 07.02.2025
HEALTHCARE INFRASTRUCTURE UNDER NHM

Will the Minister of HEALTH AND FAMILY WELFARE be pleased to state:
(a) the key achievements made under NHM in the areas of maternal and child health, communicable diseases, and non-communicable diseases;
(b) the details of reduction level achieved in maternal and infant mortality rates attributable to NHM initiatives, year-wise; and
(c) the details of States with the highest recruitment of staff under the said scheme?

ANSWER
THE MINISTER OF STATE IN THE MINISTRY OF HEALTH AND FAMILY WELFARE
(a) to (c): The National Health Mission supports States/UTs in strengthening their health systems.
`;
  const analysed = analysedCase(TEXT_NHM, 'nhm', 'NHM', 'LS 712');
  const c: Case = { ...analysed, analysis: { ...analysed.analysis, overrides: ['a', 'b', 'c'].map((label) => ({ label, status: 'unanswered' as const, reason: 'Not answered.', at: NOW })) } };
  const en = newDraft('rti-application', c, { parts: ['a', 'b', 'c'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
  const hi = newDraft('rti-application', c, { parts: ['a', 'b', 'c'], language: 'hi', profile: EXAMPLE_PROFILE_HI, now: NOW, id: 'rti-hi' });

  it('asks for the reports that record what a part named, not every file note "in the matter of" it', () => {
    expect(en.points[0]).toBe('Copies of the reports, statements and returns held by the Ministry of Health and Family Welfare that record the key achievements made under NHM in the areas of maternal and child health, communicable diseases, and non-communicable diseases, with their dates.');
    expect(en.points.join(' ')).not.toMatch(/file notings, correspondence, reports and orders/);
  });

  it('quotes in Hindi the part exactly as asked, and says after it that the records are asked for without a ranking or a cause (review 16)', () => {
    const all = hi.points.join(' ');
    expect(all).toContain('भाग (ख) में माँगी गई सूचना, अर्थात् “the reduction level achieved in maternal and infant mortality rates attributable to NHM initiatives, year-wise” (जिस रूप में अभिलेखों में हैं, किसी कारण से जोड़े बिना),');
    expect(all).toContain('भाग (ग) में माँगी गई सूचना, अर्थात् “the States with the highest recruitment of staff under the said scheme” (जिस रूप में अभिलेखों में हैं, किसी क्रम के बिना),');
    expect(en.points.join(' ')).not.toMatch(/attributable|highest/);
    expect(hi.points).toHaveLength(en.points.length);
  });
});

describe('an RTI point on a publication the reply cites for figures (review 16, NHM 01)', () => {
  const TEXT_HDI = `LOK SABHA
UNSTARRED QUESTION NO. 712
TO BE ANSWERED ON 07.02.2025
HEALTHCARE INFRASTRUCTURE UNDER NHM

Will the Minister of HEALTH AND FAMILY WELFARE be pleased to state:
(a) the number of doctors and nurses recruited under NHM during the last three years; and
(b) the details of States with the highest recruitment of staff under the said scheme?

ANSWER
THE MINISTER OF STATE IN THE MINISTRY OF HEALTH AND FAMILY WELFARE
(a) & (b): Status of Human Resource is available in HDI 2022-23 which may be seen at the following link.
`;
  const c = analysedCase(TEXT_HDI, 'hdi', 'HDI', 'LS 712');

  it('names what the part asked, as distinct from the publication\'s figures, for the part that asked for years only', () => {
    const draft = newDraft('rti-application', c, { parts: ['a', 'b'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'rti' });
    expect(draft.points[0]).toBe('Copies of the returns and statements held by this public authority that give the number of doctors and nurses recruited under NHM during the last three years, year-wise, as distinct from the figures published in HDI 2022-23, to which the reply to part (a) of Lok Sabha Question No. 712 answered on 07.02.2025 referred.');
    expect(draft.points.filter((p) => p.includes('HDI 2022-23'))).toHaveLength(1);
  });
});
