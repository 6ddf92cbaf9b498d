import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { findGaps, gapsForNotice } from '../../../../shared/drafting/gaps.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

const out = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });
const gaps = findGaps({ question: out.question, parts: out.parts.map((v) => ({ label: v.label, text: out.question.parts.find((p) => p.label === v.label)?.text ?? '', status: v.status, evidence: v.evidence })), replyText: COWIN_REPLY_TEXT });
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('gaps in Hindi', () => {
  it('carry every notice part in Hindi too, one for one', () => {
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.noticePartsHi.length, g.id).toBe(g.noticeParts.length);
      for (const p of g.noticePartsHi) expect(p, g.id).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('fill a Hindi notice with Hindi parts within the word budget, counted in Hindi', () => {
    const chosen = gapsForNotice(gaps, 80, 'hi').flatMap((c) => c.parts);
    expect(chosen.length).toBeGreaterThan(0);
    for (const p of chosen) expect(p.replace(/CoWIN|Data|Breach/g, '')).not.toMatch(/[A-Za-z]/);
    expect(chosen.reduce((n, p) => n + words(p), 0)).toBeLessThanOrEqual(80);
    expect(chosen).toContain('उल्लंघन की घटना पर प्रथम सूचना रिपोर्ट दर्ज करने वाली एजेंसी का नाम क्या है, उस रिपोर्ट की संख्या और तिथि सहित');
  });

  it('keep English notices as they were', () => {
    const chosen = gapsForNotice(gaps, 80).flatMap((c) => c.parts);
    expect(chosen).toContain('the name of the agency which registered the First Information Report on the breach, with its number and date');
  });
});
