import { describe, expect, it } from 'vitest';
import { ENGINE_EN } from '../../../../shared/messages/catalogue-en.ts';
import { ENGINE_HI } from '../../../../shared/messages/catalogue-hi.ts';
import { dateParam, msg, type Message } from '../../../../shared/messages/message.ts';
import { messageTexts } from '../../../../shared/messages/texts.ts';
import { findingSentence } from '../../../../shared/lint/finding-text.ts';
import { lintQuestion } from '../../../../shared/lint/lint-question.ts';
import { lintRti } from '../../../../shared/lint/lint-rti.ts';
import { lintNoticePeriod } from '../../../../shared/lint/lint-notice-period.ts';
import { deadlinesFor } from '../../../../shared/deadlines/deadlines-for.ts';
import { nextActions } from '../../../../shared/filings/next-actions.ts';
import { DEADLINE_RULES } from '../../../../templates/deadlines/deadline-rules.ts';
import { rti } from '../filings/fixtures.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`));
}

const names = (template: string): string[] => [...template.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
const withoutParams = (template: string): string => template.replace(/\{\{[^}]*\}\}/g, '');

const en = new Map(leaves(ENGINE_EN));
const hi = new Map(leaves(ENGINE_HI));
const english = messageTexts('en', ENGINE_EN);
const hindi = messageTexts('hi', ENGINE_HI);

describe('the engine\'s message catalogue', () => {
  it('has every key in both languages, plural forms included', () => {
    expect([...hi.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(200);
  });

  it('names the same parameters in the Hindi template as in the English one', () => {
    const differ = [...en].filter(([key, text]) => names(text).join(',') !== names(hi.get(key) ?? '').join(',')).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('has both plural forms wherever one is given', () => {
    const bases = new Set([...en.keys()].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
    expect(bases.size).toBeGreaterThan(20);
    for (const base of bases) for (const map of [en, hi]) expect(map.has(`${base}_one`) && map.has(`${base}_other`), base).toBe(true);
  });

  it('writes Hindi with no Latin letter outside a parameter', () => {
    const latin = [...hi].filter(([, text]) => /[A-Za-z]/.test(withoutParams(text))).map(([key, text]) => `${key}: ${text}`);
    expect(latin).toEqual([]);
    const devanagari = [...hi].filter(([, text]) => withoutParams(text).replace(/[\s\d.,;:()/+=%"?-]/g, '').length > 0);
    for (const [key, text] of devanagari) expect(text, key).toMatch(/[\u0900-\u097F]/);
  });

  it('has a provision for every deadline rule, in both languages', () => {
    for (const id of Object.keys(DEADLINE_RULES)) {
      expect(english.text({ key: `section.${id}` as Message['key'], params: {} }), id).toBe(DEADLINE_RULES[id as keyof typeof DEADLINE_RULES].section);
      expect(hindi.text({ key: `section.${id}` as Message['key'], params: {} }), id).toMatch(/[\u0900-\u097F]/);
    }
  });
});

describe('messages rendered', () => {
  it('agrees with the count in both languages (i18next plurals: Hindi "one" is 0 and 1)', () => {
    const one = msg('lint.pq.wordLimit', { count: 1, limit: 100 });
    const many = msg('lint.pq.wordLimit', { count: 132, limit: 100 });
    expect(english.text(one)).toBe('The question has 1 word (stem and parts, not counting part labels); the limit is 100.');
    expect(english.text(many)).toBe('The question has 132 words (stem and parts, not counting part labels); the limit is 100.');
    expect(hindi.text(one)).toBe('प्रश्न में 1 शब्द है (आरंभिक वाक्य और भाग, भागों के अक्षर छोड़कर); सीमा 100 शब्द है।');
    expect(hindi.text(many)).toBe('प्रश्न में 132 शब्द हैं (आरंभिक वाक्य और भाग, भागों के अक्षर छोड़कर); सीमा 100 शब्द है।');
    expect(hindi.text(msg('deadline.addMonths', { count: 1, section: msg('section.assurance'), date: dateParam('2026-02-28') }))).toBe('+ 1 महीना (आश्वासन निगरानी प्रणाली, मद (दो)) = 28.02.2026');
    expect(hindi.text(msg('deadline.addMonths', { count: 3, section: msg('section.assurance'), date: dateParam('2026-02-28') }))).toBe('+ 3 महीने (आश्वासन निगरानी प्रणाली, मद (दो)) = 28.02.2026');
  });

  it('renders a Rajya Sabha word-limit finding with its rule in both languages', () => {
    const parts = ['(a) whether ' + 'the data of citizens held on the portal '.repeat(12) + 'was exposed?'];
    const f = lintQuestion({ house: 'Rajya Sabha', ministry: 'Health and Family Welfare', parts }).find((x) => x.ruleId === 'pq-word-limit');
    expect(f).toBeDefined();
    if (!f) return;
    expect(findingSentence(english.text, f)).toMatch(/^Rajya Sabha Rule 47\(vii\) \("it shall not exceed 100 words"\): The question has \d+ words/);
    expect(findingSentence(hindi.text, f)).toMatch(/^राज्य सभा नियम 47\(vii\) \(100 शब्दों से अधिक नहीं\): प्रश्न में \d+ शब्द हैं/);
  });

  it('renders an RTI "why" finding with the section in each language\'s lettering and the words found', () => {
    const [f] = lintRti({ jurisdiction: 'central', points: ['Why was the data of 1 June 2023 not secured?'] }).filter((x) => x.ruleId === 'rti-why');
    expect(f).toBeDefined();
    if (!f) return;
    expect(findingSentence(english.text, f)).toBe('RTI Act 2005, s.2(f); Dr Celsa Pinto v Goa SIC, Bombay HC WP 419/2007: A PIO can refuse "why" and "how" questions: reasons and explanations are not information held under s.2(f). Ask for the record that holds the answer (file notings, orders, correspondence). Found in point 1: "Why".');
    const inHindi = findingSentence(hindi.text, f);
    expect(inHindi).toContain('सूचना का अधिकार अधिनियम, 2005, धारा 2(च)');
    expect(inHindi).toContain('लोक सूचना अधिकारी');
    expect(inHindi).toContain('बिंदु 1 में मिला: "Why"।');
  });

  it('renders the notice-period finding with the clear days agreeing', () => {
    const [f] = lintNoticePeriod({ house: 'Lok Sabha', noticeDate: '2026-07-01', desiredDate: '2026-07-03' });
    expect(f && english.text(f.message)).toMatch(/^Only 1 clear day between/);
    expect(f && hindi.text(f.message)).toMatch(/^सूचना और उत्तर की तिथि के बीच केवल 1 पूरा दिन है/);
  });

  it('renders a deadline\'s working and basis in both languages, dates as dd.mm.yyyy', () => {
    const filing = rti([{ status: 'filed', date: '2026-01-03' }], { viaApio: true });
    const reply = deadlinesFor(filing, '2026-01-10').find((d) => d.kind === 'reply-due');
    expect(reply).toBeDefined();
    if (!reply) return;
    expect(english.join(reply.working, '; ')).toBe('filed 03.01.2026 online, taken as received that day; + 30 days (s.7(1)) = 02.02.2026; + 5 days via an Assistant PIO (s.5(2) proviso) = 07.02.2026');
    expect(hindi.join(reply.working, '; ')).toBe('03.01.2026 को ऑनलाइन दाखिल, उसी दिन प्राप्त माना गया; + 30 दिन (धारा 7(1)) = 02.02.2026; + सहायक लोक सूचना अधिकारी के माध्यम से 5 दिन (धारा 5(2) का परंतुक) = 07.02.2026');
    expect(hindi.join(reply.basis, '; ')).toBe('धारा 7(1); धारा 5(2) का परंतुक');
  });

  it('leaves no parameter unfilled in any working, action or finding the engine produces', () => {
    const histories = [
      [{ status: 'filed' as const, date: '2026-01-03' }],
      [{ status: 'filed' as const, date: '2026-01-03' }, { status: 'fee-demanded' as const, date: '2026-01-10' }],
      [{ status: 'filed' as const, date: '2026-01-03' }, { status: 'refused' as const, date: '2026-01-20' }, { status: 'first-appeal' as const, date: '2026-02-10' }],
      [{ status: 'filed' as const, date: '2026-01-03' }, { status: 'transferred' as const, date: '2026-01-06' }],
    ];
    const messages: Message[] = [];
    for (const history of histories) {
      for (const mode of ['post', 'rti-online', 'by-hand'] as const) {
        const filing = rti(history, { mode, lifeOrLiberty: history.length === 2, thirdPartyInvolved: true, viaApio: true });
        for (const d of deadlinesFor(filing, '2026-03-20', { closedDays: { weekdays: [0, 6], holidays: [] } })) messages.push(...d.working, ...d.basis);
        for (const a of nextActions(filing, '2026-03-20')) messages.push(a.label);
      }
    }
    const findings = [
      ...lintRti({ jurisdiction: 'KA', points: ['Why the status of everything?', 'Copies of the CERT-In advisories on ration cards, with “dates”'], forRtiOnline: true, authorityId: 'cert-in' }),
      ...lintQuestion({ house: 'Rajya Sabha', ministry: '', parts: ['', 'Shri Ram Kumar took a bribe since independence.', 'what would happen'], today: '2026-01-01' }),
    ];
    expect(findings.length).toBeGreaterThan(8);
    for (const f of findings) messages.push(f.cite, f.message, ...(f.detail ? [f.detail] : []));
    expect(messages.length).toBeGreaterThan(100);
    for (const m of messages) {
      expect(english.text(m), m.key).not.toMatch(/\{\{|engine\./);
      expect(hindi.text(m), m.key).not.toMatch(/\{\{/);
      expect(hindi.text(m), m.key).toMatch(/[\u0900-\u097F]/);
    }
  });
});
