import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';

const HEADER = `## GOVERNMENT OF INDIA
## MINISTRY OF WATER RESOURCES
**LOK SABHA**
**UNSTARRED QUESTION NO. 1234**
**TO BE ANSWERED ON THE 30<sup>TH</sup> NOVEMBER, 2023**

**CANAL REPAIRS IN ODISHA**

**1234. SHRI RAM KUMAR SINGH:**
**SMT. LATA DEVI:**

Will the Minister of **WATER RESOURCES** be pleased to state:
`;

describe('question parsing', () => {
  it('reads the header fields', () => {
    const out = analyze({ kind: 'combined', text: `${HEADER}\n(a) whether canals are being repaired; and\n(b) if so, the details thereof?\n\nANSWER\n\n(a) & (b): Yes, Sir. 14 canals were repaired in 2023.\n` });
    expect(out.question).toMatchObject({
      house: 'Lok Sabha', kind: 'unstarred', number: '1234', date: '2023-11-30',
      ministry: 'Water Resources', subject: 'Canal Repairs in Odisha',
      askedBy: ['Shri Ram Kumar Singh', 'Smt. Lata Devi'],
    });
  });

  it('joins parts broken across lines and hyphenated line breaks', () => {
    const text = `${HEADER}
(a) whether the Government has assessed the doctor-
population ratio in rural
areas; and
(b) the steps taken to improve it?

ANSWER
THE MINISTER OF STATE (SHRI X Y)

(a) and (b): Yes, Sir. Steps have been taken.
`;
    const out = analyze({ kind: 'combined', text });
    expect(out.question.parts).toEqual([
      { label: 'a', text: 'whether the Government has assessed the doctor-population ratio in rural areas' },
      { label: 'b', text: 'the steps taken to improve it' },
    ]);
  });

  it('reads parts run together on one line, and bare "a)" labels', () => {
    const inline = analyze({ kind: 'combined', text: 'SUBJECT LINE\n\n(a) whether X is so; (b) if so, the details thereof; and (c) the reasons therefor?\n\nMINISTER OF STATE IN THE MINISTRY OF FINANCE (SHRI A B) (a): No, Sir. (b) & (c): Does not arise.' });
    expect(inline.question.parts.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(inline.question.subject).toBe('Subject Line');
    const bare = analyze({ kind: 'combined', text: 'Will the Minister of FINANCE be pleased to state:\n\n   a) whether funds are delayed;\n   b) if so, the details thereof?\n\nANSWER\n\n(a) & (b): No, Sir.' });
    expect(bare.question.parts.map((p) => p.label)).toEqual(['a', 'b']);
    expect(bare.question.ministry).toBe('Finance');
  });

  it('reads a run-on label whose punctuation extraction lost or marred: "; ^(b)", "would be (d) if so"', () => {
    const marred = analyze({ kind: 'combined', text: 'RURAL BANKS\n\n(a) what are the key parameters as on 31 March, 1991; ^(b) what is the rate of increase; and (c) the reasons therefor?\n\nMINISTER OF STATE IN THE MINISTRY OF FINANCE (SHRI A B) (a) to (c): The data is given.' });
    expect(marred.question.parts.map((p) => p.label)).toEqual(['a', 'b', 'c']);
    const lost = analyze({ kind: 'combined', text: 'COMPUTERISATION\n\n(a) whether the State had submitted a proposal; (b) if so, the action taken; (c) whether any affirmative action would be (d) if so, the details thereof; and (e) if not, the reasons therefore?\n\nTHE MINISTER OF LAW AND JUSTICE (SHRI M. VEERAPPA MOILY) (a) No. (b) to (e) Does not arise.' });
    expect(lost.question.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // A label after a word with no part's opening after it stays in the text.
    const kept = analyze({ kind: 'combined', text: 'SUBJECT\n\n(a) whether the rules in clause (b) apply; and (b) if so, the details?\n\nMINISTER OF STATE IN THE MINISTRY OF FINANCE (SHRI A B) (a) and (b): No, Sir.' });
    expect(kept.question.parts.map((p) => p.label)).toEqual(['a', 'b']);
    expect(kept.question.parts[0]?.text).toContain('clause (b) apply');
  });

  it('does not take a reference like "section 2(c)" or "clause (b)" for a part', () => {
    const out = analyze({ kind: 'combined', text: 'Will the PRIME MINISTER be pleased to state:\n(a) whether section 2(c) and clause (b) of the Act apply; and\n(b) if so, the details?\nANSWER\n(a) & (b): No, Sir.' });
    expect(out.question.parts).toHaveLength(2);
    expect(out.question.parts[0]?.text).toContain('clause (b) of the Act');
  });

  it('tolerates PDF debris: page markers, rules, Hindi lines and page numbers', () => {
    const text = `{0}------------------------------------------------

लोक सभा
LOK SABHA
STARRED QUESTION NO. *77
TO BE ANSWERED ON 22-12-2021

                ROAD SAFETY

*77. DR. A. B. SHARMA:

Will the Minister of ROAD TRANSPORT AND HIGHWAYS सड़क परिवहन मंत्री
be pleased to state :

(a) the number of accidents in the last three years, year-wise; and

                                  -2–
(b) the steps taken to reduce them?

                    उत्तर
                    ANSWER
          MINISTER OF ROAD TRANSPORT AND HIGHWAYS
                    (SHRI C D)

(a) to (b):- A statement is laid on the Table of the House.
{1}------------------------------------------------
STATEMENT REFERRED TO IN REPLY TO LOK SABHA STARRED QUESTION NO. *77
FOR 22.12.2021

(a): 4,12,432 accidents in 2019, 3,54,796 in 2020 and 4,03,116 in 2021.

(b): Road safety audits, awareness campaigns and stricter penalties.
                              ****
`;
    const out = analyze({ kind: 'combined', text });
    expect(out.question).toMatchObject({ house: 'Lok Sabha', kind: 'starred', number: '77', date: '2021-12-22', ministry: 'Road Transport and Highways', subject: 'Road Safety' });
    expect(out.question.askedBy).toEqual(['Dr. A. B. Sharma']);
    expect(out.question.parts.map((p) => p.label)).toEqual(['a', 'b']);
    expect(out.question.parts[1]?.text).toBe('the steps taken to reduce them');
    expect(out.parts.map((p) => p.status)).toEqual(['answered', 'answered']);
  });

  it.each([
    ['824: SHRI BALWANT WANKHADE:\nSHRI SANJAY DESHMUKH:', ['Shri Balwant Wankhade', 'Shri Sanjay Deshmukh'], '824'],
    ['767 Shri Deepender Singh Hooda:', ['Shri Deepender Singh Hooda'], '767'],
    ['†883 Shri Giridhari Yadav:', ['Shri Giridhari Yadav'], '883'],
    ['+897. Shri Brijendra Singh Ola:', ['Shri Brijendra Singh Ola'], '897'],
    ['693. Com. Selvaraj V:', ['Com. Selvaraj V'], '693'],
    ['235. Dr. Kalanidhi Veeraswamy: Shri Y S Avinash Reddy:', ['Dr. Kalanidhi Veeraswamy', 'Shri Y S Avinash Reddy'], '235'],
  ])('reads the asker line "%s" as members, not as the subject', (askers, members, number) => {
    // The forms sansad PDFs print (corpus q079, q107; review 11: a member's name became the subject of every draft).
    const text = `GOVERNMENT OF INDIA\nMINISTRY OF HEALTH AND FAMILY WELFARE\n\nLOK SABHA\nUNSTARRED QUESTION NO. – ${number}\nTO BE ANSWERED ON 7TH FEBRUARY, 2025\n\n**COMPENSATION FOR HEALTHCARE WORKERS**\n\n${askers}\n\nWill the Minister of HEALTH AND FAMILY WELFARE be pleased to state:\n(a) the number of workers who died;\n(b) the details thereof?\n\nANSWER\n\n(a) and (b): 412 workers, State-wise in the Annexure.\n`;
    const q = analyze({ kind: 'combined', text }).question;
    expect(q.subject).toBe('Compensation for Healthcare Workers');
    expect(q.askedBy).toEqual(members);
    expect(q.number).toBe(number);
  });

  describe('header fields the header does not give', () => {
    it('reads the ministry from a one-line minister line (Rajya Sabha export, no header)', () => {
      const text = 'IT RETURNS OF TRUSTS\n\n(a) the number of trusts that filed income tax returns in 2008-09?\n\nMINISTER OF STATE IN THE MINISTRY OF FINANCE (SHRI S.S. PALANIMANICKAM) (a): 12,410 trusts filed returns in 2008-09.';
      const q = analyze({ kind: 'combined', text }).question;
      expect(q.ministry).toBe('Finance');
      expect(q.subject).toBe('IT Returns of Trusts');
      expect(q.house).toBeNull();
      expect(q.date).toBeNull();
    });

    it('reads "MINISTER FOR X", a portfolio in brackets, and stops before a second office', () => {
      const q = (minister: string): string | null => analyze({ kind: 'combined', text: `(a) the number of posts vacant?\n\n${minister}\n\n(a): 41 posts are vacant.` }).question.ministry;
      expect(q('THE MINISTER OF STATE FOR HOME AFFAIRS\n(SHRI NITYANAND RAI)')).toBe('Home Affairs');
      expect(q('THE MINISTER OF STATE (CHEMICALS AND FERTILIZERS) (SHRI SRIKANT KUMAR JENA)')).toBe('Chemicals and Fertilizers');
      expect(q('MINISTER OF STATE IN THE MINISTRY OF PERSONNEL, PUBLIC GRIEVANCES AND PENSIONS AND MINISTER OF STATE IN THE PRIME MINISTER\'S OFFICE (DR. JITENDRA SINGH)')).toBe('Personnel, Public Grievances and Pensions');
      expect(q('MINISTER OF STATE (INDEPENDENT CHARGE) OF THE MINISTRY OF LABOUR AND EMPLOYMENT (SHRI X)')).toBe('Labour and Employment');
      expect(q('THE PRIME MINISTER (SHRI X)')).toBeNull();
    });

    it('reads the ministry of a separate reply from its minister line', () => {
      const out = analyze({ kind: 'separate', question: '(a) the number of dams repaired in 2024?', reply: 'THE MINISTER OF JAL SHAKTI\n(SHRI C. R. PATIL)\n\n(a): 212 dams were repaired in 2024.' });
      expect(out.question.ministry).toBe('Jal Shakti');
      expect(out.parts[0]?.status).toBe('answered');
    });

    it('reads house, kind, number and date from the statement heading when the header is missing', () => {
      const text = `*351. SHRI SAMPLE MEMBER:\n\nWill the Minister of TEXTILES be pleased to state:\n\n(a) the number of spinning mills closed in 2024?\n\nANSWER\nMINISTER OF TEXTILES\n(SHRI SAMPLE MINISTER)\n\n(a): A statement is laid on the Table of the House.\n\nSTATEMENT REFERRED TO IN REPLY TO PART (a) OF THE LOK SABHA STARRED QUESTION NO. *351 TO BE ANSWERED ON 22.12.2021\n\n(a): 115 mills were closed in 2024.`;
      expect(analyze({ kind: 'combined', text }).question).toMatchObject({ house: 'Lok Sabha', kind: 'starred', number: '351', date: '2021-12-22', ministry: 'Textiles' });
    });
  });

  describe('subject casing', () => {
    const subject = (line: string, part = '(a) the number of cases in 2024?'): string | null =>
      analyze({ kind: 'combined', text: `LOK SABHA\nUNSTARRED QUESTION NO. 1\nTO BE ANSWERED ON 07.02.2025\n\n${line}\n\n1. SHRI SAMPLE MEMBER:\n\nWill the Minister of HEALTH be pleased to state:\n\n${part}\n\nANSWER\n\n(a): 12 cases.` }).question.subject;

    it('keeps common acronyms upper-case when title-casing a subject in capitals', () => {
      expect(subject('FINANCIAL BURDEN ON TB PATIENTS')).toBe('Financial Burden on TB Patients');
      expect(subject('CERT-IN ADVISORIES ON AI TOOLS')).toBe('CERT-In Advisories on AI Tools');
      expect(subject('VACANCIES IN AIIMS AND NHM POSTS')).toBe('Vacancies in AIIMS and NHM Posts');
      expect(subject('SC/ST STUDENTS IN IITS')).toBe('SC/ST Students in IITs');
      expect(subject('DOCTOR-POPULATION RATIO')).toBe('Doctor-Population Ratio');
    });

    it('keeps an acronym the question itself writes in capitals', () => {
      expect(subject('REVIVAL PLAN FOR KDPL', '(a) the revival plan of Kerala Drugs and Pharmaceuticals Ltd. (KDPL)?')).toBe('Revival Plan for KDPL');
    });

    it('leaves a subject not in capitals in its own case', () => {
      expect(subject('Cases of dengue in eSanjeevani clinics')).toBe('Cases of dengue in eSanjeevani clinics');
    });
  });
});
