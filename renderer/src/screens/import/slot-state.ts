import { now } from '../../clock.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import type { ImportFormat, ImportWarning } from '../../../../shared/import/normalize-text.ts';
import { mayHoldDamagedHindi } from '../../../../shared/import/normalize-text.ts';
import type { CheckedInput, CheckedText, SourceOrigin, TextRole } from '../../../../shared/workflows/apply-analysis.ts';

/** One box of the import form: the text the user is checking, and where it came from. */
export type SlotState = {
  readonly text: string;
  /** null until the box gets text. */
  readonly origin: SourceOrigin | null;
  readonly title: string;
  /** The text as it was imported, to tell whether the user corrected it. */
  readonly importedText: string;
  /** The stored source's note (provenance, earlier corrections); '' for a fresh import. */
  readonly note: string;
  readonly format: ImportFormat | null;
  readonly pageCount: number | null;
  readonly warnings: ReadonlyArray<ImportWarning>;
  /** Ticked "as reported in the press": a press report's account, not the official text. */
  readonly reported: boolean;
};

export type ImportMode = CheckedInput['kind'];

export type Slots = Readonly<Record<TextRole, SlotState>>;

export const EMPTY_SLOT: SlotState = {
  text: '', origin: null, title: '', importedText: '', note: '', format: null, pageCount: null, warnings: [], reported: false,
};

export function rolesFor(mode: ImportMode): ReadonlyArray<TextRole> {
  return mode === 'combined' ? ['qa'] : ['question', 'reply'];
}

/** The form opens on the case's own texts, so re-analysing after a correction starts from them. */
export function initialSlots(c: Case): { readonly mode: ImportMode; readonly slots: Slots } {
  const slot = (role: TextRole): SlotState => {
    const source = c.sources.findLast((s) => s.role === role);
    if (!source) return EMPTY_SLOT;
    return { ...EMPTY_SLOT, text: source.text, origin: source.origin, title: source.title, importedText: source.text, note: source.note, reported: source.reported === true };
  };
  const slots = { qa: slot('qa'), question: slot('question'), reply: slot('reply') };
  const separate = slots.qa.text === '' && (slots.question.text !== '' || slots.reply.text !== '');
  return { mode: separate ? 'separate' : 'combined', slots };
}

/** Imported from a file (or the example) and then changed by the user. */
export function isEdited(slot: SlotState): boolean {
  return slot.origin !== null && slot.origin.kind !== 'paste' && slot.text !== slot.importedText;
}

/** Hindi in the text, or the importer's warning about it: either way the user is asked to check it. */
export function needsHindiCheck(slot: SlotState): boolean {
  return slot.warnings.some((w) => w.kind === 'hindi-may-be-damaged') || mayHoldDamagedHindi(slot.text);
}

/** `editedNote` is added to the source's note once, the first time the user corrects an imported text. */
export function checkedText(slot: SlotState, editedNote: string): CheckedText {
  const note = isEdited(slot) && !slot.note.includes(editedNote) ? [slot.note, editedNote].filter((x) => x !== '').join(' ') : slot.note;
  return {
    text: slot.text,
    origin: slot.origin ?? { kind: 'paste', fileName: null, importedAt: now() },
    title: slot.title,
    note,
    reported: slot.reported,
  };
}

export function checkedInput(mode: ImportMode, slots: Slots, editedNote: string): CheckedInput {
  return mode === 'combined'
    ? { kind: 'combined', qa: checkedText(slots.qa, editedNote) }
    : { kind: 'separate', question: checkedText(slots.question, editedNote), reply: checkedText(slots.reply, editedNote) };
}
