import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { AnalyzeOutputSchema } from '../../../../shared/analysis/contract.ts';

/** A small hand-written question-and-answer text in the Lok Sabha layout. */
function qa(parts: string, reply: string, date = '07.02.2025'): string {
  return `GOVERNMENT OF INDIA
MINISTRY OF SAMPLE AFFAIRS
LOK SABHA
UNSTARRED QUESTION NO. 101
TO BE ANSWERED ON ${date}

SAMPLE SUBJECT

101. SHRI SAMPLE MEMBER:

Will the Minister of SAMPLE AFFAIRS be pleased to state:

${parts}

ANSWER
THE MINISTER OF STATE IN THE MINISTRY OF SAMPLE AFFAIRS
(SHRI SAMPLE MINISTER)

${reply}
`;
}

const statuses = (text: string): string[] => analyze({ kind: 'combined', text }).parts.map((p) => `${p.label}:${p.status}`);

describe('analyze: one status per part, per reply-analysis.md', () => {
  it('a "No, Sir" answers a whether part; "Does not arise" makes its "if so" part not applicable', () => {
    const text = qa(
      '(a) whether the Government proposes to build a new dam on the river;\n(b) if so, the details thereof; and\n(c) if not, the reasons therefor?',
      '(a): No, Sir.\n\n(b): Does not arise.\n\n(c): The existing reservoirs meet the demand, due to which no new dam is needed.',
    );
    expect(statuses(text)).toEqual(['a:answered', 'b:not_applicable', 'c:answered']);
  });

  it('an "if so" part does not arise when its condition was answered no, even inside a grouped reply', () => {
    const text = qa(
      '(a) whether any ferry accident occurred on the coast this year; and\n(b) if so, the details thereof?',
      '(a) & (b): No, Sir. No such accident has been reported.',
    );
    expect(statuses(text)).toEqual(['a:answered', 'b:not_applicable']);
  });

  it('"Does not arise" without a negative condition leaves the part unanswered', () => {
    const text = qa('(a) the number of ports modernised; and\n(b) the funds spent on them?', '(a): Twelve ports were modernised in 2024.\n\n(b): Does not arise.');
    expect(statuses(text)).toEqual(['a:answered', 'b:unanswered']);
  });

  it('a promise to lay the information on the Table is deferred, and carries no assurance date without a date', () => {
    const text = qa(
      '(a) the number of complaints received about lift failures in railway stations?',
      '(a): The information is being collected and will be laid on the Table of the House.',
    );
    const out = analyze({ kind: 'combined', text });
    expect(out.parts[0]?.status).toBe('deferred');
    expect(out.parts[0]?.assurance).toMatchObject({ dueBy: '2025-05-07' });
    expect(out.parts[0]?.assurance?.source).toContain('UNCONFIRMED');
  });

  it('an Annex 3 assurance gets a due date three calendar months on, clamped to month end', () => {
    const text = qa('(a) whether a new airport will be built at the district headquarters?', '(a): The matter is under consideration of the Government.', '30.11.2023');
    const out = analyze({ kind: 'combined', text });
    expect(out.parts[0]?.status).toBe('deferred');
    expect(out.parts[0]?.assurance).toEqual({
      phrase: 'The matter is under consideration of the Government.',
      dueBy: '2024-02-29',
      source: expect.stringContaining('item 1') as unknown as string,
    });
  });

  it('"there is no such proposal under consideration" is a no, not a deferral', () => {
    const text = qa('(a) whether there is a proposal to rename the museum?', '(a): There is no such proposal under consideration of the Government.');
    expect(statuses(text)).toEqual(['a:answered']);
  });

  it('data "not maintained centrally" is refused', () => {
    const text = qa('(a) the number of stray dog bites reported during the last three years, State-wise?', '(a): Such data is not maintained centrally.');
    expect(statuses(text)).toEqual(['a:refused']);
  });

  it('a State-subject deflection leaves a specific part unanswered', () => {
    const text = qa(
      '(a) the number of hospital fires in Bihar in 2024; and\n(b) the compensation paid to the victims?',
      '(a) & (b): Health is a State subject and it is the primary responsibility of the State Governments.',
    );
    expect(statuses(text)).toEqual(['a:unanswered', 'b:unanswered']);
  });

  it('a national total where State-wise figures were asked is partial', () => {
    const text = qa('(a) the number of primary schools closed during 2024, State-wise?', '(a): In all, 1,240 primary schools were closed during 2024 across the country.');
    expect(statuses(text)).toEqual(['a:partial']);
  });

  it('State-wise figures given answer a State-wise part', () => {
    const text = qa('(a) the number of primary schools closed during 2024, State-wise?', '(a): During 2024, 120 primary schools were closed in Bihar, 80 in Kerala, 64 in Assam and 31 in Goa.');
    expect(statuses(text)).toEqual(['a:answered']);
  });

  it('a place the part names but the reply never mentions makes it partial', () => {
    const text = qa('(a) the steps taken to improve groundwater levels, particularly in Rajasthan?', '(a): The Atal Bhujal Yojana supports groundwater management in 8,220 gram panchayats, with community water budgets.');
    expect(statuses(text)).toEqual(['a:partial']);
  });

  it('figures for a larger area "including" the place asked about are partial', () => {
    const text = qa('(a) the length of new railway lines commissioned in Tripura during the last three years?', '(a): During 2021-22, 2022-23 and 2023-24, 412 km of new lines were commissioned in the North Eastern Region including Tripura.');
    expect(statuses(text)).toEqual(['a:partial']);
  });

  it('judges a grouped reply part by part', () => {
    const text = qa(
      '(a) the number of beds in district hospitals in the country;\n(b) the number of ventilators supplied to district hospitals; and\n(c) whether any audit of oxygen plants was conducted?',
      '(a) to (c): There are 2,14,000 beds in district hospitals. As many as 58,850 ventilators have been supplied to district hospitals.',
    );
    const out = analyze({ kind: 'combined', text });
    expect(out.parts.map((p) => p.status)).toEqual(['answered', 'answered', 'unanswered']);
    expect(out.parts[0]?.evidence[0]?.text).toContain('2,14,000 beds');
    expect(out.parts[1]?.evidence[0]?.text).toContain('58,850 ventilators');
  });

  it('a reason asked but not given is partial', () => {
    const text = qa('(a) the number of vacant posts in the Commission and the reasons therefor?', '(a): 312 posts are vacant in the Commission as on 1.1.2025.');
    expect(statuses(text)).toEqual(['a:partial']);
  });

  it('a missing statement leaves every part unanswered', () => {
    const text = qa('(a) the number of vacant posts; and\n(b) the steps taken to fill them?', '(a) & (b): A Statement is laid on the Table of the House.');
    expect(statuses(text)).toEqual(['a:unanswered', 'b:unanswered']);
  });

  it('produces offsets into the text as read, with evidence text equal to that slice', () => {
    const text = qa('(a) whether X is so?', '**(a):** No, Sir.').replace(/\n/g, '\r\n');
    const out = analyze({ kind: 'combined', text });
    const ev = out.parts[0]?.evidence[0];
    expect(ev).toBeDefined();
    if (ev) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev?.text).toBe('No, Sir.');
    expect(AnalyzeOutputSchema.safeParse(out).success).toBe(true);
    expect(out.evidenceSource).toBe('text');
  });

  it('takes a question and a reply given separately, with offsets into the reply', () => {
    const question = 'Will the Minister of POWER be pleased to state:\n(a) whether any village is without electricity; and\n(b) if so, the details thereof?';
    const reply = 'ANSWER\n\n(a) & (b): No, Sir. All villages have been electrified.';
    const out = analyze({ kind: 'separate', question, reply });
    expect(out.evidenceSource).toBe('reply');
    expect(out.parts.map((p) => p.status)).toEqual(['answered', 'not_applicable']);
    const ev = out.parts[0]?.evidence[0];
    expect(ev && reply.slice(ev.start, ev.end)).toBe('No, Sir.');
  });

  it('measures given where the impact was asked leave the part unanswered', () => {
    const text = qa(
      '(a) the extent to which the absence of crop insurance affects the indebtedness of small farmers?',
      '(a): The Government has enhanced the premium subsidy under the crop insurance scheme from 2023 and extended it to 12 more crops.',
    );
    expect(statuses(text)).toEqual(['a:unanswered']);
  });

  it('an assessment asked, with no yes or no and no assessment in the reply, is unanswered', () => {
    const text = qa(
      '(a) whether the Government has made any assessment of the impact of the shortage of teachers on learning outcomes in tribal schools and if so, the details thereof?',
      '(a): The sanctioned strength of teachers in tribal schools is 41,200, of which 36,950 are in position. Recruitment is done by the States.',
    );
    expect(statuses(text)).toEqual(['a:unanswered']);
  });

  it('the impact asked beside other things, and not told, is partial', () => {
    const text = qa(
      '(a) the funds released under the scheme during the last three years and the impact of the scheme on rural employment?',
      '(a): Rs. 410 crore, Rs. 455 crore and Rs. 502 crore were released in 2021-22, 2022-23 and 2023-24 respectively.',
    );
    const out = analyze({ kind: 'combined', text });
    expect(out.parts[0]?.status).toBe('partial');
    expect(out.parts[0]?.reason).toContain('impact');
  });

  it('the impact told answers the part', () => {
    const text = qa(
      '(a) the funds released under the scheme during the last three years and the impact of the scheme on rural employment?',
      '(a): Rs. 410 crore, Rs. 455 crore and Rs. 502 crore were released in 2021-22, 2022-23 and 2023-24. An evaluation by NITI Aayog found that it generated 3.1 crore person-days of work.',
    );
    expect(statuses(text)).toEqual(['a:answered']);
  });

  it('"proposes to" answered only with what already exists gets no implied yes', () => {
    const text = qa(
      '(a) whether the Government proposes to bring guidelines on fire safety in schools and if so, the details thereof?',
      '(a): The Ministry issued advisories on fire safety in hospitals to all States in 2020, and conducted mock drills in 1,200 hospitals.',
    );
    expect(statuses(text)).toEqual(['a:partial']);
  });

  it('"proposes to" answered with a plan is answered', () => {
    const text = qa(
      '(a) whether the Government proposes to bring guidelines on fire safety in schools and if so, the details thereof?',
      '(a): Draft guidelines on fire safety in schools are under preparation and will be issued to all States by June 2025, covering drills and extinguishers.',
    );
    expect(statuses(text)).toEqual(['a:answered']);
  });

  it('a whether part met with a restatement of the subject, no fact and none of its own words, is unanswered', () => {
    const text = qa(
      '(a) whether the State Government is dissatisfied with the accuracy of the cyclone warnings issued by the Indian Meteorological Department (IMD) after the recent landfalls; and\n(b) the number of Doppler radars installed in the State?',
      '(a): India Meteorological Department (IMD) provides the best possible weather services to the State and will continue to do so.\n\n(b): Three Doppler radars are installed in the State.',
    );
    expect(statuses(text)).toEqual(['a:unanswered', 'b:answered']);
  });

  describe('a reply with no ANSWER or minister line', () => {
    const question = 'Will the Minister of POWER be pleased to state:\n(a) whether any village in the country is without electricity;\n(b) if so, the details thereof; and\n(c) the number of households electrified under Saubhagya up to March 2024?';
    const lettered = '(a) & (b): No, Sir. All villages have been electrified as on 28.04.2018.\n\n(c): 2.86 crore households were electrified under Saubhagya up to 31.03.2024.';
    const plain = 'No, Sir. All villages have been electrified as on 28.04.2018. A total of 2.86 crore households were electrified under Saubhagya up to 31.03.2024.';
    const want = ['answered', 'not_applicable', 'answered'];

    it('pasted straight after its question, lettered: the labels starting again begin the reply', () => {
      const out = analyze({ kind: 'combined', text: `${question}\n\n${lettered}` });
      expect(out.parts.map((p) => p.status)).toEqual(want);
      expect(out.question.parts[2]?.text).toBe('the number of households electrified under Saubhagya up to March 2024');
    });

    it('pasted straight after its question, unlettered: the question ends at its "?"', () => {
      const out = analyze({ kind: 'combined', text: `${question}\n${plain}` });
      expect(out.parts.map((p) => p.status)).toEqual(want);
      expect(out.question.parts[2]?.text).not.toContain('No, Sir');
    });

    it('given separately, the reply half is the reply, even with no marker at all', () => {
      expect(analyze({ kind: 'separate', question, reply: plain }).parts.map((p) => p.status)).toEqual(want);
      expect(analyze({ kind: 'separate', question, reply: lettered }).parts.map((p) => p.status)).toEqual(want);
    });

    it('given separately in capitals, the reply is still read (only designation lines are skipped)', () => {
      const reply = `THE MINISTER OF POWER\n(SHRI R. K. SINGH)\n\n${plain.toUpperCase()}`;
      const out = analyze({ kind: 'separate', question, reply });
      expect(out.parts.map((p) => p.status)).toEqual(want);
      const ev = out.parts[0]?.evidence[0];
      expect(ev && reply.slice(ev.start, ev.end)).toBe('NO, SIR.');
      expect(analyze({ kind: 'separate', question, reply: plain.toUpperCase() }).parts.map((p) => p.status)).toEqual(want);
    });
  });

  it('returns empty parts for text with no question in it', () => {
    const out = analyze({ kind: 'combined', text: 'Nothing to see here.' });
    expect(out.parts).toEqual([]);
    expect(out.question.parts).toEqual([]);
  });
});

describe('the reason for a part its joint answer does not speak to (review 17, NHM (c))', () => {
  const text = qa(
    '(a) the funds released under the Mission during the last three years;\n(b) the targets set for the next five years; and\n(c) the number of ASHA workers who died while on duty, State-wise?',
    '(a) to (c): Extension of the Mission has been given by the Union Cabinet for the period of FY 2021-26. The Mission supports the States in strengthening public health facilities.',
  );
  it('says the joint answer does not speak to it, never that nothing in the reply addresses it', () => {
    const c = analyze({ kind: 'combined', text }).parts.find((p) => p.label === 'c');
    expect(c?.reason).toMatch(/^The answer given to \(c\) together with other parts does not speak to what \(c\) asks/);
    expect(c?.reason).not.toMatch(/Nothing in the reply/);
  });

  it('keeps "nothing in the reply" for a part no heading names', () => {
    const alone = qa('(a) the funds released during the last three years; and\n(b) the number of doctors recruited, State-wise?', '(a): Funds of Rs. 1,000 crore were released in 2023-24.');
    expect(analyze({ kind: 'combined', text: alone }).parts.find((p) => p.label === 'b')?.reason).toMatch(/^(?:Nothing in the reply addresses|No passage of the reply is given for) \(b\)/);
  });
});
