import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../../electron/services/handlers/case-handlers.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { runAnalysis, withAnalysis, type CheckedText } from '../../../../shared/workflows/apply-analysis.ts';
import { checkedText, EMPTY_SLOT, initialSlots, isEdited } from '../../../../renderer/src/screens/import/slot-state.ts';
import { CaseSchema } from '../../../../shared/domain/case.ts';

// The corpus sits in ../shared beside the clone.
const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpus/texts');

const NOW = '2026-01-05T10:00:00.000Z';
const fromFile = (text: string, fileName: string): CheckedText => ({ text, origin: { kind: 'file', fileName, importedAt: NOW }, title: fileName, note: '', reported: false });
const pasted = (text: string, title: string): CheckedText => ({ text, origin: { kind: 'paste', fileName: null, importedAt: NOW }, title, note: '', reported: false });

describe('"as reported in the press": the box\'s tick kept on the source (SourceDocument.reported)', () => {
  it('stores the reply as reported when ticked, and no flag when not; the question never carries one', async () => {
    const qa = await readFile(resolve(CORPUS, 'q017.txt'), 'utf8');
    const at = qa.indexOf('**ANSWER**');
    const run = (reported: boolean) => {
      const analysed = runAnalysis({ kind: 'separate', question: pasted(qa.slice(0, at), 'Question (pasted)'), reply: { ...pasted(qa.slice(at), 'Reply (pasted)'), reported } });
      if (!analysed.ok) throw new Error(analysed.error);
      return withAnalysis(emptyCase('Doctors', NOW), analysed.value, { now: NOW, idSuffix: 'r' });
    };
    const ticked = run(true);
    expect(CaseSchema.parse(ticked)).toEqual(ticked);
    expect(ticked.sources.map((s) => [s.role, s.reported])).toEqual([['question', undefined], ['reply', true]]);
    expect(run(false).sources.every((s) => !('reported' in s))).toBe(true);
  });

  it('opens the form ticked for a case whose reply was stored as reported, and carries the tick to what is analysed', () => {
    const c = exampleCase(NOW);
    const { slots } = initialSlots(c);
    expect(slots.reply.reported).toBe(true);
    expect(checkedText(slots.reply, 'edited').reported).toBe(true);
    expect(checkedText({ ...EMPTY_SLOT, text: 'x' }, 'edited').reported).toBe(false);
  });
});

describe('runAnalysis and withAnalysis', () => {
  it('a combined Q&A text becomes one qa source that the evidence offsets index into', async () => {
    const raw = await readFile(resolve(CORPUS, 'q027.txt'), 'utf8');
    const analysed = runAnalysis({ kind: 'combined', qa: fromFile(raw, 'q027.txt') });
    if (!analysed.ok) throw new Error(analysed.error);
    const c = withAnalysis(emptyCase('Handloom', NOW), analysed.value, { now: NOW, idSuffix: 'x1' });
    expect(CaseSchema.parse(c)).toEqual(c);
    expect(c.sources.map((s) => [s.id, s.role, s.title])).toEqual([['qa-x1', 'qa', 'q027.txt']]);
    expect(c.analysis).toMatchObject({ sourceId: 'qa-x1', analyzedAt: NOW });
    expect(c.question?.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
    // pdftotext's form feeds are stored as new lines, and every passage is exactly where its offsets say.
    const text = c.sources[0]?.text ?? '';
    expect(text).not.toContain('\f');
    const passages = c.analysis.parts.flatMap((p) => p.evidence);
    expect(passages.length).toBeGreaterThan(0);
    for (const e of passages) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('separate texts become question and reply sources; the evidence indexes the reply', async () => {
    const qa = await readFile(resolve(CORPUS, 'q017.txt'), 'utf8');
    const at = qa.indexOf('**ANSWER**');
    const analysed = runAnalysis({ kind: 'separate', question: pasted(qa.slice(0, at), 'Question (pasted)'), reply: pasted(qa.slice(at), 'Reply (pasted)') });
    if (!analysed.ok) throw new Error(analysed.error);
    const c = withAnalysis(emptyCase('Doctors', NOW), analysed.value, { now: NOW, idSuffix: 'y' });
    expect(c.sources.map((s) => s.role)).toEqual(['question', 'reply']);
    expect(c.analysis.sourceId).toBe('reply-y');
    const reply = c.sources[1]?.text ?? '';
    for (const e of c.analysis.parts.flatMap((p) => p.evidence)) expect(reply.slice(e.start, e.end)).toBe(e.text);
  });

  it('re-analysing replaces the texts, keeps notes sources and the user\'s verdicts on parts that still exist', () => {
    const before = exampleCase(NOW);
    const withNotes = {
      ...before,
      sources: [...before.sources, { id: 'n1', role: 'notes' as const, title: 'My notes', text: 'call the PIO', origin: { kind: 'paste' as const, fileName: null, importedAt: NOW }, note: '' }],
      analysis: {
        ...before.analysis,
        overrides: [
          { label: 'b', status: 'unanswered' as const, reason: 'No names given.', at: NOW },
          { label: 'z', status: 'refused' as const, reason: 'A part that no longer exists.', at: NOW },
        ],
      },
    };
    const { mode, slots } = initialSlots(withNotes);
    expect(mode).toBe('separate');
    const analysed = runAnalysis({ kind: 'separate', question: checkedText(slots.question, 'Corrected.'), reply: checkedText(slots.reply, 'Corrected.') });
    if (!analysed.ok) throw new Error(analysed.error);
    const after = withAnalysis(withNotes, analysed.value, { now: NOW, idSuffix: 'r2' });
    // The example's second reply and the Ministry's statement are notes: kept, like the user's own.
    expect(after.sources.map((s) => s.id)).toEqual(['reply-ls-health', 'mohfw-statement-june-2023', 'n1', 'question-r2', 'reply-r2']);
    expect(after.analysis.overrides).toEqual([{ label: 'b', status: 'unanswered', reason: 'No names given.', at: NOW }]);
    expect(after.drafts).toBe(withNotes.drafts);
    // The example's provenance note is kept; nothing was corrected, so nothing is added.
    expect(after.sources[3]?.note).toBe(before.sources[0]?.note);
  });

  it('a corrected import is noted once on the source', () => {
    const slot = { ...EMPTY_SLOT, text: 'edited', importedText: 'original', origin: { kind: 'file' as const, fileName: 'r.pdf', importedAt: NOW }, title: 'r.pdf' };
    expect(isEdited(slot)).toBe(true);
    expect(checkedText(slot, 'Corrected by the user after import.').note).toBe('Corrected by the user after import.');
    expect(checkedText({ ...slot, note: 'Corrected by the user after import.' }, 'Corrected by the user after import.').note).toBe('Corrected by the user after import.');
    expect(isEdited({ ...slot, origin: { kind: 'paste', fileName: null, importedAt: NOW } })).toBe(false);
  });

  it('text without lettered parts, or without text, is refused and nothing is built', () => {
    expect(runAnalysis({ kind: 'combined', qa: pasted('Just a covering letter from the Ministry.', 'x') })).toEqual({ ok: false, error: 'no-parts' });
    expect(runAnalysis({ kind: 'separate', question: pasted('  \n', 'q'), reply: pasted('(a) Yes.', 'r') })).toEqual({ ok: false, error: 'no-text' });
  });
});
