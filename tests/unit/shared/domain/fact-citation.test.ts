import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeFact, SECONDARY_MARK } from '../../../../shared/domain/fact-citation.ts';
import { collectFacts, findingCitation } from '../../../../shared/workflows/rule-citations.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every rule and fact shipped in templates/, with the file it came from. */
const FACTS = (await Promise.all(tsFiles(join(ROOT, 'templates')).map(async (file) => {
  const module: unknown = await import(file);
  return collectFacts(module).map((fact) => ({ file: relative(ROOT, file), fact }));
}))).flat();

/** What must never reach a filer: notes' files, their section numbers, seed material, code, rule ids. */
function leaks(text: string, id: string | undefined): string[] {
  const found: string[] = [];
  if (/\.md\b/i.test(text)) found.push('a notes file (.md)');
  if (/§\s*\d/.test(text)) found.push('a notes section (§)');
  if (/\bseed\b/i.test(text)) found.push('"seed"');
  if (/\.(ts|json|php)\b|github\.com|anythingllm|config/i.test(text)) found.push('code or a config file');
  if (/\bA\.\d\b/.test(text)) found.push('a notes section (A.n)');
  // The id as a word of its own: an authority's web host may begin with the same letters ("mohfw.gov.in").
  if (id !== undefined && new RegExp(`(?<![\\w.-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`).test(text)) found.push(`the internal id ${id}`);
  return found;
}

describe('citeFact: what users see of a source', () => {
  it('finds the facts it scans (a broken walker must not pass an empty list)', () => {
    expect(FACTS.length).toBeGreaterThan(150);
    expect(new Set(FACTS.map((f) => f.file)).size).toBeGreaterThan(10);
  });

  it('never shows notes files, notes sections, seed material, code or an id, for any fact in templates/', () => {
    const bad = FACTS.flatMap(({ file, fact }) => {
      const text = citeFact(fact).text;
      const found = leaks(text, fact.id);
      return found.length > 0 ? [`${file} ${fact.id ?? ''}: "${text}" shows ${found.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('never badges as confirmed a citation whose text says UNCONFIRMED, and always says so when unconfirmed', () => {
    for (const { fact } of FACTS) {
      const c = citeFact(fact);
      if (/UNCONFIRMED/.test(c.text)) expect(c.confirmed).toBe(false);
      if (!c.confirmed) expect(c.text).toMatch(/UNCONFIRMED|secondary source/);
    }
  });

  it('shows the Rules with the rule, not the notes they were checked in', () => {
    expect(citeFact({ implements: 'RTI Rules 2012 (G.S.R. 603(E)), r.3 and its proviso', source: 'http://www.irsdc.in/acts-rules ; rti-law-and-anchors.md A.2', confirmed: true }))
      .toEqual({ text: 'RTI Rules 2012 (G.S.R. 603(E)), r.3 and its proviso', confirmed: true });
  });

  it('turns a notes reference into the instrument it stands for', () => {
    expect(citeFact({ source: 'rti-law-and-anchors.md A.1 s.7(1), s.7(2), s.19(1)', confirmed: true }).text).toBe('Right to Information Act, 2005, s.7(1), s.7(2), s.19(1)');
    expect(citeFact({ source: 'MoPA Manual Annex 3, Lok Sabha list (http://mpa.nic.in/x.htm), parliament-procedure.md §4, item 17', confirmed: true }).text).toMatch(/^Manual of Parliamentary Procedures .*Annex 3, item 17$/);
  });

  it('says "secondary source — UNCONFIRMED" where only a press report or a chatbot backs a fact', () => {
    expect(citeFact({ source: 'parliament-procedure.md §5.2 (seed article)', confirmed: false })).toEqual({ text: `Drafting practice (${SECONDARY_MARK})`, confirmed: false });
    expect(citeFact({ source: 'https://www.thehindu.com/a ; rti-law-and-anchors.md A.7', confirmed: false }).text).toBe(`thehindu.com (${SECONDARY_MARK})`);
    const chatbot = citeFact({ implements: 'Drafting practice: 3-5 points per application (RTI Mitra drafting rules)', source: 'https://github.com/pradeep-onlinerti/rti-mitra-chatbot (anythingllm-config/x.md)', confirmed: true });
    expect(chatbot.text).toBe('Drafting practice: 3-5 points per application');
  });

  it('cites a government\'s own site as it is, and any other site as secondary', () => {
    expect(citeFact({ source: 'https://cic.gov.in/second-appeal-guidelines ; rti-law-and-anchors.md feature 13', confirmed: true })).toEqual({ text: 'cic.gov.in', confirmed: true });
    expect(citeFact({ source: 'https://legalup.in/?p=1155', confirmed: true })).toEqual({ text: `legalup.in (${SECONDARY_MARK})`, confirmed: false });
  });

  it('a fact the data marks confirmed but whose source says UNCONFIRMED is shown unconfirmed', () => {
    const c = citeFact({ implements: 'Lok Sabha member instructions (15 clear days; Rule 33, current text UNCONFIRMED)', source: 'parliament-procedure.md §1.2', confirmed: true });
    expect(c.confirmed).toBe(false);
    expect(c.text).toBe('Lok Sabha member instructions (15 clear days; Rule 33, current text UNCONFIRMED); secondary source');
  });
});

describe('findingCitation', () => {
  it('cites the rule a finding reports by its primary citation, never by its id', () => {
    const c = findingCitation({ ruleId: 'rti-central-500-words', source: 'http://www.irsdc.in/acts-rules ; rti-law-and-anchors.md A.2', confirmed: true });
    expect(c).toEqual({ text: 'RTI Rules 2012 (G.S.R. 603(E)), r.3 and its proviso', confirmed: true });
  });

  it('falls back to the finding\'s own source for a rule it does not know', () => {
    expect(findingCitation({ ruleId: 'lint-internal', source: 'rti-law-and-anchors.md A.6', confirmed: true }).text).toBe(`Drafting practice (${SECONDARY_MARK})`);
  });
});
