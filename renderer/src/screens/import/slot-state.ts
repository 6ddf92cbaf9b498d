import { now } from '../../clock.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import type { ImportedText, ImportFormat, ImportWarning } from '../../../../shared/import/normalize-text.ts';
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
  /**
   * The text `warnings` were read off (by importPaste or main's importer), or null when no check
   * read this box's text (a stored source: its warnings are not kept). While the box holds exactly
   * this text, the warnings say whether it has Hindi, and nobody reads megabytes again to find out.
   */
  readonly warnedText: string | null;
  /** Ticked "as reported in the press": a press report's account, not the official text. */
  readonly reported: boolean;
};

export type ImportMode = CheckedInput['kind'];

export type Slots = Readonly<Record<TextRole, SlotState>>;

export const EMPTY_SLOT: SlotState = {
  text: '', origin: null, title: '', importedText: '', note: '', format: null, pageCount: null, warnings: [], warnedText: '', reported: false,
};

export function rolesFor(mode: ImportMode): ReadonlyArray<TextRole> {
  return mode === 'combined' ? ['qa'] : ['question', 'reply'];
}

/** The form opens on the case's own texts, so re-analysing after a correction starts from them. */
export function initialSlots(c: Case): { readonly mode: ImportMode; readonly slots: Slots } {
  const slot = (role: TextRole): SlotState => {
    const source = c.sources.findLast((s) => s.role === role);
    if (!source) return EMPTY_SLOT;
    // A stored source keeps no warnings: whether its text has Hindi is not known until it is read.
    return { ...EMPTY_SLOT, text: source.text, origin: source.origin, title: source.title, importedText: source.text, note: source.note, warnedText: null, reported: source.reported === true };
  };
  const slots = { qa: slot('qa'), question: slot('question'), reply: slot('reply') };
  const separate = slots.qa.text === '' && (slots.question.text !== '' || slots.reply.text !== '');
  return { mode: separate ? 'separate' : 'combined', slots };
}

/** Imported from a file (or the example) and then changed by the user. */
export function isEdited(slot: SlotState): boolean {
  return slot.origin !== null && slot.origin.kind !== 'paste' && slot.text !== slot.importedText;
}

/**
 * Whether the user is asked to check the Hindi: 'flagged' when an importer warned of it (the
 * warning stays however the text is corrected), 'clear' when the text is still exactly what a
 * check read and found none in, 'unread' when nobody has read this text for it yet (typed, pasted
 * into the middle, or a stored source): then the text itself must be read (mayHoldDamagedHindi),
 * which for a 10 MB reply takes a tenth of a second, so the box does it off the window's thread
 * (use-hindi-check.ts).
 */
export type HindiCheck = 'flagged' | 'clear' | 'unread';

export function hindiCheck(slot: SlotState): HindiCheck {
  if (slot.warnings.some((w) => w.kind === 'hindi-may-be-damaged')) return 'flagged';
  // The same string, or one of another length, is told apart at once; only an equal length compares characters.
  return slot.warnedText === slot.text ? 'clear' : 'unread';
}

/**
 * The box after a checked paste went in at the selection (start to end). A paste over the whole
 * text is a new text, whose warnings are the paste's and hold for exactly it; a paste into part of
 * the text keeps the box's origin and adds the paste's warnings, and the whole is then unread.
 */
export function slotAfterPaste(slot: SlotState, pasted: ImportedText, start: number, end: number, context: { readonly title: string; readonly at: string }): SlotState {
  if (start === 0 && end === slot.text.length) {
    return { ...EMPTY_SLOT, text: pasted.text, origin: { kind: 'paste', fileName: null, importedAt: context.at }, title: context.title, warnings: pasted.warnings, warnedText: pasted.text };
  }
  return {
    ...slot,
    text: slot.text.slice(0, start) + pasted.text + slot.text.slice(end),
    origin: slot.origin ?? { kind: 'paste', fileName: null, importedAt: context.at },
    title: slot.title || context.title,
    warnings: [...slot.warnings, ...pasted.warnings],
  };
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
