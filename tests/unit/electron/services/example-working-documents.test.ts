import { describe, expect, it } from 'vitest';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { cowinRtiChain } from '../../../../shared/example/cowin-events.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { fieldValue, type Draft, type DraftKind, type Language } from '../../../../shared/domain/draft.ts';
import { renderChronologyText } from '../../../../shared/documents/chronology.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import { COLUMN_WEIGHTS } from '../../../../templates/documents/points-table.ts';

/**
 * The example's list of dates and points table hold what the case knows, each line with its source:
 * the reviewer found events missing, part (d) dropped and the same quotation for (b) and (c).
 */
const NOW = '2026-12-03T22:00:00.000Z';
const drafts = await exampleDrafts(NOW);
const first = (kind: DraftKind): Draft => {
  const d = drafts.find((x) => x.kind === kind && x.language === 'en');
  if (!d) throw new Error(kind);
  return d;
};

describe('the example list of dates', () => {
  const points = first('list-of-dates').points;

  it('holds every event the case knows, in date order, each with its source', () => {
    expect(points.map((p) => p.split(' | ')[0])).toEqual(['12.06.2023', '22.06.2023', '21.07.2023', '21.07.2023', '24.11.2023', '15.08.2026', '14.09.2026', '25.09.2026', '14.10.2026', '25.10.2026', '09.11.2026', '23.01.2027']);
    expect(points.join('\n')).toMatch(/12\.06\.2023 \| .*"without any basis".* \| The Hindu, 12\.06\.2023.*secondary source, not confirmed from an official record/);
    expect(points.join('\n')).toMatch(/22\.06\.2023 \| Delhi Police .*FIR .*arrest/);
    expect(points.filter((p) => p.startsWith('21.07.2023'))).toEqual([
      // What the answer did that day, not only its subject (review 4).
      expect.stringMatching(/Rajya Sabha Question No\. \[number of the question\] answered on 21\.07\.2023: .*\. The reply answers 1 of the 4 parts in full; \(a\) partly answered, \(b\) partly answered, \(c\) partly answered\. \| Rajya Sabha reply .*MediaNama/),
      expect.stringMatching(/Lok Sabha: written reply .*Health .*Co-WIN APIs were deactivated.* \| East Coast Daily, 22\.07\.2023/),
    ]);
    expect(points.join('\n')).toMatch(/24\.11\.2023 \| CERT-In is added to the Second Schedule .* \| DoPT notification under s\.24\(2\)/);
    expect(points.slice(5).map((p) => p.split(' | ')[1])).toEqual([
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): Filed.',
      // The deemed refusal as the second appeal's chronology and the tracker give it: the last day, and refused from the next.
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): Last day for the Public Information Officer\'s decision (30 days, Section 7(1)): none received, so the request is deemed refused from 15.09.2026 (Section 7(2)).',
      // The day's event, not the status it left (review 4: "First appeal pending").
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): first appeal filed with the First Appellate Authority (Section 19(1)).',
      // A limit kept: the Commission asks first whether the appeal was in time.
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): last day for the first appeal (Section 19(1)); the first appeal was filed on 25.09.2026, within it.',
      // The limits still running, as the tracker reckons them: the dates a Commission counts from.
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): last of the 30 days for the First Appellate Authority\'s order (Section 19(6); 45 with reasons recorded): none recorded.',
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): last of the 45 days Section 19(6) allows at most, with reasons recorded, for the First Appellate Authority\'s order: none recorded.',
      // Both readings of s.19(6), in one sentence: the earlier date the tracker gives, and the later one the appeal's lateness check uses.
      'RTI application to Ministry of Health and Family Welfare (MOHFW/R/E/26/00000 (specimen)): last day for a second appeal to the Information Commission (Section 19(3)), counted from the 30th day of Section 19(6); counted from the 45th day, as the Commission\'s second-appeal guidelines do, it is 07.02.2027.',
    ]);
    expect(points.slice(-2).map((p) => p.split(' | ')[2])).toEqual(['worked out from the dates above and the periods of the Act', 'worked out from the dates above and the periods of the Act']);
    for (const p of points) expect(p.split(' | ')[2]?.trim(), p).not.toBe('');
  });

  it('takes the events from the case, not the template: a case without them has none', () => {
    const c = exampleCase(NOW);
    const bare = { ...c, matter: { ...c.matter, events: [] } };
    const opts = { parts: ['a'], language: 'en' as Language, profile: EXAMPLE_PROFILE, now: NOW, id: 'x' };
    expect(newDraft('list-of-dates', bare, opts).points).toHaveLength(1);
    expect(newDraft('list-of-dates', c, opts).points).toHaveLength(5);
  });

  it('writes the RTI chain\'s rows in Hindi in a Hindi list: the filing, its status and its limits, with the same dates', () => {
    const c = { ...exampleCase(NOW), filings: [...cowinRtiChain(NOW)] };
    const hi = newDraft('list-of-dates', c, { parts: ['a'], language: 'hi', profile: EXAMPLE_PROFILE, now: NOW, id: 'x' }).points;
    const en = newDraft('list-of-dates', c, { parts: ['a'], language: 'en', profile: EXAMPLE_PROFILE, now: NOW, id: 'x' }).points;
    const chain = hi.filter((p) => p.includes('आरटीआई आवेदन'));
    expect(chain.map((p) => p.slice(0, 10))).toEqual(en.filter((p) => p.includes('RTI application to')).map((p) => p.slice(0, 10)));
    // The registration number is the filing's own; everything else is Hindi.
    for (const p of chain) expect(p.replace(/\([A-Z0-9/]+ \(specimen\)\)/, ''), p).not.toMatch(/[A-Za-z]/);
    expect(chain.join('\n')).toContain('स्वास्थ्य और परिवार कल्याण मंत्रालय को आरटीआई आवेदन');
    expect(chain.join('\n')).toContain('से अनुरोध अस्वीकृत माना गया (धारा 7(2))।');
  });

  it('prints the Hindi text of the events in a Hindi list', () => {
    const hi = newDraft('list-of-dates', exampleCase(NOW), { parts: ['a'], language: 'hi', profile: EXAMPLE_PROFILE, now: NOW, id: 'x' }).points;
    expect(hi.join('\n')).toContain('सीईआरटी-इन को सूचना का अधिकार अधिनियम की दूसरी अनुसूची में प्रविष्टि 27');
    expect(hi.join('\n')).toContain('द्वितीयक स्रोत, किसी आधिकारिक अभिलेख से पुष्ट नहीं');
  });

  it('the bundle chronology carries the same events with their sources', () => {
    const text = renderChronologyText(exampleCase(NOW), '2026-12-04');
    expect(text).toContain('24.11.2023  CERT-In is added to the Second Schedule');
    expect(text).toContain('Source: Aaj Tak, 22.06.2023; Lokmat News (press reports); secondary source, not confirmed from an official record.');
  });
});

describe('the example points table', () => {
  const rows = first('points-table').points.map((p) => p.split(' | '));

  it('names the question and the Members who asked it, and is no annexure until the user numbers it as one', () => {
    expect(first('points-table').fields).toMatchObject({ questionRef: 'Rajya Sabha Question No. [number of the question] answered on 21.07.2023, asked by Shri Syed Nasir Hussain, Dr. Amee Yajnik, Shri Vivek K. Tankha' });
    expect(fieldValue(first('points-table'), 'annexure') ?? '').toBe('');
  });

  it('gives each open part what the reply withheld on its own ask (review 4 found (a) and (b) cross-wired)', () => {
    expect(rows[0]?.[3]).toMatch(/contain the leaked data/);
    expect(rows[0]?.[3]).not.toMatch(/audit|assessment/);
    expect(rows[1]?.[3]).toMatch(/whether responsibility has been fixed/);
    expect(rows[1]?.[3]).not.toMatch(/contain/);
    // The Lok Sabha reply, quoted in the table's own rows, said where the complaint went (review 5).
    expect(rows[1]?.[3]).toMatch(/when the complaint was made/);
    expect(rows[1]?.[3]).not.toMatch(/with whom/);
    expect(rows[2]?.[3]).toMatch(/at what stage the matter stands/);
  });

  it('covers every part of the question, (d) included, with five columns', () => {
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual(['(a)', '(b)', '(c)', '(d)']);
    for (const r of rows) expect(r).toHaveLength(5);
  });

  it('names the reply each quotation comes from, as a press account, and never quotes the same passage for two parts', () => {
    for (const r of rows.slice(0, 4)) expect(r[2]).toMatch(/^Rajya Sabha reply \(Ministry of Electronics and Information Technology\), 21\.07\.2023, as reported in the press \(not the official text\): /);
    expect(rows[2]?.[2]).toBe('Rajya Sabha reply (Ministry of Electronics and Information Technology), 21.07.2023, as reported in the press (not the official text): only the passages quoted for (b)');
    const quotes = rows.flatMap((r) => [...(r[2] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('in Hindi, names the Ministry by its Hindi name and the parts by their Hindi letters, in the reasons too', () => {
    const c = exampleCase(NOW);
    const hindi = newDraft('points-table', c, { parts: (c.question?.parts ?? []).map((p) => p.label), language: 'hi', profile: EXAMPLE_PROFILE, now: NOW, id: 'hi-points' });
    const hiRows = hindi.points.map((p) => p.split(' | '));
    expect(hiRows.slice(0, 4).map((r) => r[0])).toEqual(['(क)', '(ख)', '(ग)', '(घ)']);
    for (const r of hiRows.slice(0, 4)) expect(r[2]).toMatch(/^राज्य सभा में उत्तर \(इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय\), 21\.07\.2023, समाचार रिपोर्ट के अनुसार/);
    // The verdict's reason names its part as the table does: "उत्तर (क) से संबंधित है", never "(a)".
    expect(hiRows[0]?.[3]).toContain('(क)');
    for (const r of hiRows.slice(0, 4)) expect(r[3] ?? '').not.toMatch(/\([a-d]\)/);
  });

  it('says what is left open for each part', () => {
    expect(rows[1]?.[3]).toContain('which agency registered the First Information Report');
    expect(rows[2]?.[3]).toContain('leaves out the reasons');
    expect(rows[3]?.[3]).toBe('—');
  });

  it('adds the statements of the Lok Sabha reply, each with its source and what it leaves out', () => {
    const ls = rows.slice(4);
    expect(ls.map((r) => r[2])).toEqual([
      expect.stringMatching(/^Lok Sabha written reply .*21\.07\.2023: "Co-WIN portal has complete security measures/),
      expect.stringMatching(/: "All Co-WIN APIs were deactivated\."$/),
      expect.stringMatching(/: "A complaint was made to the National Cyber Crime Cell\."$/),
    ]);
    expect(ls[1]?.[3]).toBe('It does not say when the APIs were deactivated, under what order, or whether any was restored.');
  });

  it('gives the part column room for its header on A4 (it wrapped to "Par/t")', () => {
    // 9026 twips of text width, 100 twips of cell margin each side; "Part" in bold 12 pt needs about 28 pt (560 twips).
    const total = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
    expect(Math.floor((9026 * (COLUMN_WEIGHTS[0] ?? 0)) / total) - 200).toBeGreaterThanOrEqual(560);
  });

  it('gives the status and question columns room for their long words, so "Unanswered" and "investigation" do not break', () => {
    // About 120 twips a letter at 11-12 pt: ten letters for the status, thirteen for the question's words.
    const total = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
    const room = (i: number): number => Math.floor((9026 * (COLUMN_WEIGHTS[i] ?? 0)) / total) - 200;
    expect(room(4)).toBeGreaterThanOrEqual(10 * 120);
    expect(room(1)).toBeGreaterThanOrEqual(13 * 120);
  });
});
