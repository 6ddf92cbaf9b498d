import { now } from '../../clock.ts';
import { importProblemText } from '../../format/import-problems.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import type { ImportResult } from '../../../../shared/ipc/channels/import.ts';
import { IMPORT_LIMITS } from '../../../../shared/import/normalize-text.ts';
import { api } from '../../api.ts';
import { useTask } from '../../hooks/use-task.ts';
import { TaskProgress } from '../../components/task-progress.tsx';
import { analyseOffThread, type AnalysisRun } from './analyse-off-thread.ts';
import { withAnalysis, type TextRole } from '../../../../shared/workflows/with-analysis.ts';
import { importDroppedFile } from './read-dropped-file.ts';
import { checkedInput, EMPTY_SLOT, initialSlots, rolesFor, type ImportMode, type SlotState, type Slots } from './slot-state.ts';
import { TextSlot } from './text-slot.tsx';
import { warmNumberFormat } from '../../warm-number-format.ts';
import './import.css';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  /** Called once the analysis is in the case. */
  readonly onDone: () => void;
  /** Present when the case already has an analysis to go back to. */
  readonly onCancel?: () => void;
  /** A file dropped anywhere on the window, already read by main's importer: it fills the first box. */
  readonly dropped?: ImportResult | null;
};

type PerRole<T> = Readonly<Record<TextRole, T>>;
const NONE: PerRole<null> = { qa: null, question: null, reply: null };

/**
 * Bringing the official text into a case: one Q&A text, or the question and the reply apart;
 * from a file (main's importer) or pasted (the pure `importPaste`). The text is shown for the
 * user to check and correct, and nothing is stored until they press Analyse: a refused file or
 * paste leaves the case exactly as it was.
 */
export function ImportPanel({ c, update, onDone, onCancel, dropped = null }: Props) {
  const { t, i18n } = useTranslation();
  // The boxes show a long text's character count: its first number format is done ahead, while
  // the panel waits for a paste (warm-number-format.ts).
  useEffect(() => { warmNumberFormat(i18n.language); }, [i18n.language]);
  const [initial] = useState(() => initialSlots(c));
  const firstRole = rolesFor(initial.mode)[0] ?? 'qa';
  const [mode, setMode] = useState<ImportMode>(initial.mode);
  const [slots, setSlots] = useState<Slots>(() => (dropped?.ok ? { ...initial.slots, [firstRole]: slotFromImport(dropped) } : initial.slots));
  const [problems, setProblems] = useState<PerRole<string | null>>(() => (dropped && !dropped.ok && dropped.kind !== 'canceled' ? { ...NONE, [firstRole]: importProblemText(t, i18n.language, dropped) } : NONE));
  const [notices, setNotices] = useState<PerRole<string | null>>(NONE);
  const [reading, setReading] = useState<TextRole | null>(null);
  const [analyseProblem, setAnalyseProblem] = useState<string | null>(null);
  /**
   * "As reported in the press", per box: kept apart from the box's text so that choosing another
   * file or pasting over the text does not untick it; stored on the source when analysed.
   */
  const [reported, setReported] = useState<PerRole<boolean>>(() => ({ qa: initial.slots.qa.reported, question: initial.slots.question.reported, reply: initial.slots.reply.reported }));
  /** Set by "Stop reading", so a stopped import is told apart from a dialog closed without a choice. */
  const stopped = useRef(false);
  /** The import running in main: its progress (pages of a PDF) and the way to stop it. */
  const { task, run, stop } = useTask();
  /** The analysis running in its worker, with the way to stop it. */
  const [analysing, setAnalysing] = useState<AnalysisRun | null>(null);

  const setSlot = (role: TextRole, next: SlotState) => setSlots((cur) => ({ ...cur, [role]: next }));
  const setProblem = (role: TextRole, message: string | null) => setProblems((cur) => ({ ...cur, [role]: message }));
  const setNotice = (role: TextRole, message: string | null) => setNotices((cur) => ({ ...cur, [role]: message }));

  /** A successful import replaces the box's text; a refusal leaves it and says why. */
  const receive = (role: TextRole, result: ImportResult) => {
    if (result.ok) {
      setSlot(role, slotFromImport(result));
      setProblem(role, null);
      return;
    }
    if (result.kind === 'canceled') {
      // A closed dialog needs no message; a stopped import says the text is as it was.
      setNotice(role, stopped.current ? t('importing.stopped') : null);
      return;
    }
    setProblem(role, importProblemText(t, i18n.language, result));
  };

  const read = async (role: TextRole, start: (taskId: string) => Promise<ImportResult>) => {
    setReading(role);
    stopped.current = false;
    setNotice(role, null);
    setAnalyseProblem(null);
    try {
      receive(role, await run(start));
    } finally {
      setReading(null);
    }
  };

  const chooseFile = (role: TextRole) => read(role, (taskId) => api['import:file']({ purpose: role, taskId }));
  const dropFile = (role: TextRole, file: File) => read(role, (taskId) => importDroppedFile(file, {
    tooLarge: t('importing.dropTooLarge', { name: file.name, limit: IMPORT_LIMITS.maxFileBytes / (1024 * 1024) }),
    unreadable: t('importing.dropUnreadable', { name: file.name }),
  }, taskId));

  const analyse = async () => {
    const marked: Slots = { qa: { ...slots.qa, reported: reported.qa }, question: { ...slots.question, reported: reported.question }, reply: { ...slots.reply, reported: reported.reply } };
    const running = analyseOffThread(checkedInput(mode, marked, t('importing.editedNote')));
    setAnalyseProblem(null);
    setAnalysing(running);
    const result = await running.result;
    setAnalysing(null);
    if (!result.ok) {
      if (result.error === 'stopped') setAnalyseProblem(t('importing.analysisStopped'));
      else setAnalyseProblem(result.error === 'no-parts' ? t('importing.noParts') : t('importing.needText'));
      return;
    }
    setAnalyseProblem(null);
    const at = now();
    const idSuffix = Date.now().toString(36);
    update((cur) => withAnalysis(cur, result.value, { now: at, idSuffix }));
    onDone();
  };

  const modes: ReadonlyArray<ImportMode> = ['combined', 'separate'];
  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{onCancel ? t('importing.reimportHeading') : t('importing.heading')}</h2>
      <p className="muted">{t('importing.intro')}</p>
      <fieldset className="import__mode">
        <legend>{t('importing.mode.legend')}</legend>
        {modes.map((m) => (
          <label key={m} className="import__mode-option">
            <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => { setMode(m); setAnalyseProblem(null); }} />
            {t(`importing.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className={`import__slots import__slots--${mode}`}>
        {rolesFor(mode).map((role) => (
          <TextSlot
            key={role}
            role={role}
            slot={slots[role]}
            onChange={(next) => { setSlot(role, next); setAnalyseProblem(null); }}
            problem={problems[role]}
            onProblem={(message) => setProblem(role, message)}
            notice={notices[role]}
            reading={reading === role}
            task={reading === role ? task : null}
            anyReading={reading !== null}
            onChooseFile={() => void chooseFile(role)}
            onDropFile={(file) => void dropFile(role, file)}
            onStop={() => { stopped.current = true; stop(); }}
            // The reply's words are what documents quote; a question paraphrased by the press is not quoted.
            reported={role === 'question' ? null : reported[role]}
            onReported={(on) => setReported((cur) => ({ ...cur, [role]: on }))}
          />
        ))}
      </div>
      {analysing !== null && (
        <TaskProgress
          task={{ taskId: 'analysis', progress: null, stopping: false }}
          label={t('importing.analysingLabel')}
          status={t('importing.analysing')}
          stoppingStatus={t('importing.analysing')}
          stopLabel={t('importing.stopAnalysis')}
          onStop={analysing.stop}
        />
      )}
      {analyseProblem !== null && <p role="alert" className="error">{analyseProblem}</p>}
      <div className="import__actions">
        <button type="button" onClick={() => void analyse()} disabled={reading !== null || analysing !== null}>{onCancel ? t('importing.reanalyse') : t('importing.analyse')}</button>
        {onCancel && <button type="button" className="secondary" onClick={onCancel}>{t('importing.cancel')}</button>}
      </div>
    </section>
  );
}

/** A box's state after a file was read into it. */
function slotFromImport(result: Extract<ImportResult, { ok: true }>): SlotState {
  return {
    ...EMPTY_SLOT,
    text: result.text,
    origin: { kind: 'file', fileName: result.fileName, importedAt: now() },
    title: result.fileName,
    importedText: result.text,
    format: result.format,
    pageCount: result.pageCount,
    warnings: result.warnings,
    // Main's importer read this very text for them (import-file.ts, textWarnings).
    warnedText: result.text,
  };
}
