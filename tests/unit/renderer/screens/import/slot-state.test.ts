import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../../../electron/services/handlers/case-handlers.ts';
import { exampleCase } from '../../../../../electron/services/example-case.ts';
import { importPaste, mayHoldDamagedHindi, type ImportedText } from '../../../../../shared/import/normalize-text.ts';
import { EMPTY_SLOT, hindiCheck, initialSlots, slotAfterPaste } from '../../../../../renderer/src/screens/import/slot-state.ts';

const NOW = '2026-01-05T10:00:00.000Z';
const CONTEXT = { title: 'Q&A (pasted)', at: NOW };
const ENGLISH = '(a) whether the Government has examined the audit;\n\nANSWER\n\n(a) Yes, Sir. Rs. 1,200 crore; café.\n';
const HINDI = 'प्रश्न (क) क्या सरकार ने लेखा परीक्षा की जाँच की है;\n\nउत्तर\n\n(क) जी हाँ।\n';

function checked(text: string): ImportedText {
  const result = importPaste(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('hindiCheck: the paste\'s own check is trusted while the box holds exactly what it read (issue 12)', () => {
  it('a paste over the whole box is decided by its warnings, with no second reading: clear without Hindi, flagged with it', () => {
    const english = slotAfterPaste(EMPTY_SLOT, checked(ENGLISH), 0, 0, CONTEXT);
    expect(english.text).toBe(ENGLISH);
    expect(hindiCheck(english)).toBe('clear');
    const hindi = slotAfterPaste(EMPTY_SLOT, checked(HINDI), 0, 0, CONTEXT);
    expect(hindiCheck(hindi)).toBe('flagged');
    // Pasting over a box that had text in it (all of it selected) is a new text, with the paste's warnings only.
    const over = slotAfterPaste(hindi, checked(ENGLISH), 0, hindi.text.length, CONTEXT);
    expect(over.warnings).toEqual([]);
    expect(hindiCheck(over)).toBe('clear');
  });

  it('holds for exactly the checked text: the checked text as normalised (a form feed made a line break), not as pasted', () => {
    const withFormFeed = `${ENGLISH}\fAnnexure\n`;
    const slot = slotAfterPaste(EMPTY_SLOT, checked(withFormFeed), 0, 0, CONTEXT);
    expect(slot.text).not.toBe(withFormFeed);
    expect(hindiCheck(slot)).toBe('clear');
  });

  it('is unread once the text is no longer what was checked: typed in, or pasted into part of it', () => {
    const english = slotAfterPaste(EMPTY_SLOT, checked(ENGLISH), 0, 0, CONTEXT);
    expect(hindiCheck({ ...english, text: `${english.text}मंत्री` })).toBe('unread');
    const middle = slotAfterPaste(english, checked(HINDI), 5, 5, CONTEXT);
    // The Hindi paste's own warning is kept, so the box is flagged without reading it again...
    expect(hindiCheck(middle)).toBe('flagged');
    // ...but two clear texts joined are not known to be clear: old-font Hindi counts marker words across the whole.
    const one = slotAfterPaste(EMPTY_SLOT, checked(`${ENGLISH}Hkkjr\n`), 0, 0, CONTEXT);
    const joined = slotAfterPaste(one, checked('ljdkj'), one.text.length, one.text.length, CONTEXT);
    expect([hindiCheck(one), joined.warnings]).toEqual(['clear', []]);
    expect(hindiCheck(joined)).toBe('unread');
    expect(mayHoldDamagedHindi(joined.text)).toBe(true);
  });

  it('keeps a warning once given, however the text is corrected', () => {
    const hindi = slotAfterPaste(EMPTY_SLOT, checked(HINDI), 0, 0, CONTEXT);
    expect(hindiCheck({ ...hindi, text: ENGLISH })).toBe('flagged');
  });

  it('is unread for a stored source, whose warnings are not kept, Hindi or not', () => {
    const hindiCase = exampleCase(NOW);
    const { slots } = initialSlots(hindiCase);
    const stored = [slots.qa, slots.question, slots.reply].filter((s) => s.text !== '');
    expect(stored.length).toBeGreaterThan(0);
    for (const slot of stored) expect(hindiCheck(slot)).toBe('unread');
    expect(hindiCheck(initialSlots(emptyCase('New', NOW)).slots.qa)).toBe('clear');
  });
});
