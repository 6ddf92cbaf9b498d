import { now } from '../../clock.ts';
import { importProblemText, importWarningText } from '../../format/import-problems.ts';
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importPaste } from '../../../../shared/import/normalize-text.ts';
import { oneShot } from '../../workers/one-shot.ts';
import { headOf } from '../../workers/sliced-message.ts';
import { isPasteAnswer } from './worker-shapes.ts';
import { assertNever } from '../../../../shared/lib/assert-never.ts';
import { currentUnit, TaskProgress } from '../../components/task-progress.tsx';
import type { TaskView } from '../../hooks/use-task.ts';
import type { TextRole } from '../../../../shared/workflows/apply-analysis.ts';
import { EMPTY_SLOT, isEdited, slotAfterPaste, type SlotState } from './slot-state.ts';
import { useHindiCheck } from './use-hindi-check.ts';

type Props = {
  readonly role: TextRole;
  readonly slot: SlotState;
  readonly onChange: (next: SlotState) => void;
  /** A refusal for this box: a file that could not be imported, a paste that was too long. */
  readonly problem: string | null;
  readonly onProblem: (message: string | null) => void;
  readonly reading: boolean;
  /** The import reading into this box, with its progress; null when none is. */
  readonly task: TaskView | null;
  readonly anyReading: boolean;
  readonly notice: string | null;
  readonly onChooseFile: () => void;
  readonly onDropFile: (file: File) => void;
  readonly onStop: () => void;
  /** Whether the text is ticked as a press report's account; null where the box offers no such tick (the question). */
  readonly reported: boolean | null;
  readonly onReported: (on: boolean) => void;
};

/** Pastes longer than this are checked in a worker; shorter ones take well under a frame here. */
const LONG_PASTE_CHARS = 200_000;

/**
 * Texts longer than this are not put in the box to edit. A <textarea> lays its whole text out at
 * once, in one task: measured in Chromium on this project's 2-core machine, 0.5 M characters took
 * about half a second and 2 M six seconds, during which the window froze (issue 12: a 10 MB paste
 * must leave it responsive). About 150 pages of a reply still fit; beyond that the box shows the
 * text's beginning, read-only, and the whole text is analysed as it is.
 */
export const EDITABLE_CHARS = 300_000;
/** How much of a text too long to edit is shown: a few pages, laid out in well under a frame. */
const PREVIEW_CHARS = 8_000;

/**
 * One text to bring in (the Q&A, the question or the reply): from a file or pasted, always
 * shown in a box the user can correct before anything is analysed, with what to check.
 */
export function TextSlot({ role, slot, onChange, problem, onProblem, reading, task, anyReading, notice, onChooseFile, onDropFile, onStop, reported, onReported }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  /** A long paste being checked in its worker. */
  const [checking, setChecking] = useState(false);

  const pastedOrigin = () => slot.origin ?? { kind: 'paste' as const, fileName: null, importedAt: now() };

  const onType = (text: string) => {
    onProblem(null);
    onChange(text === '' ? EMPTY_SLOT : { ...slot, text, origin: pastedOrigin(), title: slot.title || t(`importing.pastedTitle.${role}`) });
  };

  // Every paste goes through importPaste (size, empty, control characters, Hindi) before it
  // reaches the box; a refused paste leaves the text as it was. A long paste is checked in a
  // worker (issue 12), so the window keeps answering while megabytes are read.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart;
    const end = el.selectionEnd;
    if (pasted.length <= LONG_PASTE_CHARS) {
      place(importPaste(pasted), start, end);
      return;
    }
    setChecking(true);
    const check = oneShot(
      () => new Worker(new URL('./paste-worker.ts', import.meta.url), { type: 'module' }),
      pasted,
      async () => importPaste(pasted),
      isPasteAnswer,
    );
    void check.result.then((checked) => {
      setChecking(false);
      if (!('error' in checked && checked.error === 'stopped')) place(checked, start, end);
    });
  };

  const place = (checked: ReturnType<typeof importPaste>, start: number, end: number) => {
    if (!checked.ok) {
      onProblem(importProblemText(t, i18n.language, checked.error));
      return;
    }
    onProblem(null);
    const next = slotAfterPaste(slot, checked.value, start, end, { title: t(`importing.pastedTitle.${role}`), at: now() });
    const caret = start + checked.value.text.length;
    onChange(next);
    if (next.text.length <= EDITABLE_CHARS) requestAnimationFrame(() => box.current?.setSelectionRange(caret, caret));
  };

  const onDrop = (e: DragEvent<HTMLFieldSetElement>) => {
    const file = e.dataTransfer.files.item(0);
    if (!file) return;
    // Handled here: a window-wide drop handler must not import the same file again.
    e.preventDefault();
    e.stopPropagation();
    onDropFile(file);
  };

  const hindi = useHindiCheck(slot);
  const otherWarnings = slot.warnings.filter((w, i, all) => w.kind !== 'hindi-may-be-damaged' && all.findIndex((x) => x.message === w.message) === i);
  const chars = slot.text.length;
  const editable = chars <= EDITABLE_CHARS;

  return (
    <fieldset
      className="import-slot"
      aria-busy={reading}
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
      onDrop={onDrop}
    >
      <legend>{t(`importing.slot.${role}`)}</legend>
      <div className="import-slot__actions">
        <button type="button" onClick={onChooseFile} disabled={anyReading}>{t(`importing.chooseFile.${role}`)}</button>
      </div>
      {reading && task !== null && (
        <TaskProgress
          task={task}
          label={t('importing.progressLabel')}
          status={readingStatus(task, t)}
          stoppingStatus={t('importing.stopping')}
          stopLabel={t('importing.stop')}
          onStop={onStop}
        />
      )}
      {problem !== null && <p role="alert" className="error import-slot__problem">{problem}</p>}
      {notice !== null && <p role="status" className="muted small">{notice}</p>}
      {checking && <p role="status" className="muted small">{t('importing.checkingPaste')}</p>}
      {editable ? <label className="field" htmlFor={`${id}-text`}>{t(`importing.textLabel.${role}`)}</label> : <p className="field">{t(`importing.textLabel.${role}`)}</p>}
      {editable ? (
        <textarea
          id={`${id}-text`}
          ref={box}
          className="import-slot__text"
          rows={role === 'qa' ? 16 : 10}
          value={slot.text}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          readOnly={reading || checking}
          onChange={(e) => onType(e.target.value)}
          onPaste={onPaste}
        />
      ) : (
        <div className="import-slot__large" data-large-text="">
          <p>{t('importing.large.note', { count: chars })}</p>
          <pre id={`${id}-text`} className="import-slot__text import-slot__preview" role="document" tabIndex={0} aria-label={t(`importing.textLabel.${role}`)} aria-describedby={`${id}-preview`}>{headOf(slot.text, PREVIEW_CHARS)}…</pre>
          <p id={`${id}-preview`} className="muted small">{t('importing.large.preview')}</p>
          <div className="import-slot__actions">
            <button type="button" disabled={reading} onClick={() => { onProblem(null); onChange(EMPTY_SLOT); }}>{t('importing.large.clear')}</button>
          </div>
        </div>
      )}
      <p id={`${id}-hint`} className="muted small">{t('importing.pasteHint')} {t('importing.dropHint')}</p>
      {reported !== null && (
        <div className="import-slot__reported">
          <label>
            <input type="checkbox" checked={reported} aria-describedby={`${id}-reported-hint`} data-reported="" onChange={(e) => onReported(e.target.checked)} />
            {' '}{t('importing.reported.label')}
          </label>
          <p id={`${id}-reported-hint`} className="muted small">{t('importing.reported.hint')}</p>
        </div>
      )}
      {slot.origin !== null && (
        <p className="small import-slot__origin">
          {originLine(slot, t)} · {t('importing.characters', { count: chars })}
          {isEdited(slot) && ` · ${t('importing.origin.edited')}`}
        </p>
      )}
      {(hindi || otherWarnings.length > 0) && (
        <div className="import-warnings" role="status">
          <h3>{t('importing.warningsHeading')}</h3>
          <ul>
            {hindi && <li className="import-warnings__hindi">{t('importing.hindi')}</li>}
            {otherWarnings.map((w) => <li key={w.message}>{importWarningText(t, i18n.language, w)}</li>)}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** "Reading page 120 of 2,000…" for a PDF; the file's name, or just "Reading the file…", before the pages are counted. */
function readingStatus(task: TaskView, t: T): string {
  const unit = currentUnit(task);
  if (unit) return t('importing.readingPage', unit);
  const name = task.progress?.label;
  return name ? t('importing.reading', { name }) : t('importing.readingChosen');
}

function originLine(slot: SlotState, t: T): string {
  const origin = slot.origin;
  if (!origin) return '';
  switch (origin.kind) {
    case 'paste': return t('importing.origin.paste');
    case 'example': return t('importing.origin.example');
    case 'file': {
      const fileName = origin.fileName ?? slot.title;
      const format = slot.format ? t(`importing.format.${slot.format}`) : '';
      if (slot.pageCount !== null) return t('importing.origin.filePages', { fileName, format, count: slot.pageCount });
      return format ? t('importing.origin.file', { fileName, format }) : t('importing.origin.fileOnly', { fileName });
    }
    default: return assertNever(origin.kind, 'Unknown source origin');
  }
}
