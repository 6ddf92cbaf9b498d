import { filingFromDraft, isFiledKind } from '../../../../shared/workflows/filing-from-draft.ts';
import { now } from '../../clock.ts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import {
  FILING_KINDS,
  FilingModeSchema,
  FilingSchema,
  GovernmentSchema,
  type Filing,
  type FilingKind,
} from '../../../../shared/domain/filing.ts';
import { HouseSchema, QuestionKindSchema } from '../../../../shared/domain/question.ts';
import { transition } from '../../../../shared/filings/transitions.ts';
import type { DeadlineOptions } from '../../../../shared/deadlines/types.ts';
import { filingName, houseName } from '../../format/labels.ts';
import { freshId } from './ids.ts';

/** A fresh filing of a kind with every field at its default (the schema's defaults). */
export function blankFiling(kind: FilingKind, now: string): Filing {
  return FilingSchema.parse({ id: freshId('filing'), kind, createdAt: now });
}

type NewProps = {
  readonly c: Case;
  readonly options: Partial<DeadlineOptions>;
  readonly onCreate: (filing: Filing) => void;
  readonly onCancel: () => void;
};

/** Record a filing: its particulars and, if it has been sent, the date (which records it as filed). */
export function NewFilingForm({ c, options, onCreate, onCancel }: NewProps) {
  const { t } = useTranslation();
  const [filing, setFiling] = useState<Filing>(() => blankFiling('rti-application', now()));
  const [filedOn, setFiledOn] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const kindId = useId();
  // The case's drafts that are filed with someone: choosing one fills in its authority, mode and fee.
  const fromDrafts = c.drafts.filter((d) => isFiledKind(d.kind));
  const [fromDraft, setFromDraft] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The `filed` event's date: the day sent (RTI), notice given (question), or the answer that gave the assurance.
    const date = filing.kind === 'question-notice' ? (filing.noticeDate ?? '') : filing.kind === 'assurance' ? (filing.dateOfAnswer ?? '') : filedOn;
    if (date === '') {
      onCreate(filing);
      return;
    }
    const filed = transition(filing, 'filed', date, '', { ...(receivedOn ? { receivedOn } : {}), deadlines: options });
    if (!filed.ok) {
      setProblem(filed.error.message);
      return;
    }
    onCreate(filed.value);
  };

  return (
    <form className="filing-form" onSubmit={submit} aria-labelledby={`${kindId}-heading`}>
      <h3 id={`${kindId}-heading`}>{t('tracker.form.heading')}</h3>
      <label className="field">
        {t('tracker.form.kind')}
        <select value={filing.kind} onChange={(e) => {
          const kind = FILING_KINDS.find((k) => k === e.target.value);
          if (kind) setFiling(blankFiling(kind, filing.createdAt));
          setProblem(null);
        }}>
          {FILING_KINDS.map((k) => <option key={k} value={k}>{t(`tracker.kind.${k}`)}</option>)}
        </select>
      </label>
      {fromDrafts.length > 0 && (
        <label className="field">
          {t('tracker.form.fromDraft')}
          <select value={fromDraft} onChange={(e) => {
            setFromDraft(e.target.value);
            const draft = c.drafts.find((d) => d.id === e.target.value);
            const made = draft ? filingFromDraft(c, draft, { id: filing.id, now: filing.createdAt }) : null;
            if (made) setFiling(made);
            setProblem(null);
          }}>
            <option value="">{t('tracker.form.noDraft')}</option>
            {fromDrafts.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </label>
      )}
      <FilingFields c={c} filing={filing} onChange={setFiling} />
      {filing.kind !== 'question-notice' && filing.kind !== 'assurance' && (
        <div className="filing-form__grid">
          <label className="field">
            {t('tracker.form.filedOn')}
            <input type="date" value={filedOn} onChange={(e) => setFiledOn(e.target.value)} aria-describedby={`${kindId}-filed-hint`} />
          </label>
          <label className="field">
            {t('tracker.form.receivedOn')}
            <input type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
          </label>
          <p id={`${kindId}-filed-hint`} className="muted small filing-form__hint">{t('tracker.form.filedHint')}</p>
        </div>
      )}
      {problem && <p role="alert" className="error">{problem}</p>}
      <div className="row">
        <button type="submit">{t('tracker.form.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('tracker.form.cancel')}</button>
      </div>
    </form>
  );
}

/** Change a recorded filing's particulars; its history stays as it is. */
export function EditFilingForm({ c, filing: initial, onSave, onCancel }: { readonly c: Case; readonly filing: Filing; readonly onSave: (f: Filing) => void; readonly onCancel: () => void }) {
  const { t } = useTranslation();
  const [filing, setFiling] = useState<Filing>(initial);
  return (
    <form className="filing-form" onSubmit={(e) => { e.preventDefault(); onSave(filing); }} aria-label={t('tracker.form.editHeading', { filing: filingName(t, initial) })}>
      <FilingFields c={c} filing={filing} onChange={setFiling} />
      <div className="row">
        <button type="submit">{t('tracker.form.saveChanges')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('tracker.form.cancel')}</button>
      </div>
    </form>
  );
}

function Text({ label, value, onChange, hint }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly hint?: string }) {
  return (
    <label className="field">
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} />
      {hint && <span className="muted small">{hint}</span>}
    </label>
  );
}

function DateField({ label, value, onChange }: { readonly label: string; readonly value: string | null; readonly onChange: (v: string | null) => void }) {
  return (
    <label className="field">
      {label}
      <input type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />
    </label>
  );
}

function Check({ label, checked, onChange, hint }: { readonly label: string; readonly checked: boolean; readonly onChange: (v: boolean) => void; readonly hint: string }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label} <span className="muted small">{hint}</span></span>
    </label>
  );
}

function Choice<T extends string>({ label, value, options, onChange, none }: {
  readonly label: string;
  readonly value: T | null;
  readonly options: ReadonlyArray<{ readonly value: T; readonly label: string }>;
  readonly onChange: (v: T | null) => void;
  readonly none?: string;
}) {
  return (
    <label className="field">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? null)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** The particulars each kind of filing records (`shared/domain/filing.ts`). */
function FilingFields({ c, filing, onChange }: { readonly c: Case; readonly filing: Filing; readonly onChange: (f: Filing) => void }): ReactNode {
  const { t } = useTranslation();
  const governments = GovernmentSchema.options.map((g) => ({ value: g, label: t(`tracker.government.${g}`) }));
  const modes = FilingModeSchema.options.map((m) => ({ value: m, label: t(`tracker.mode.${m}`) }));
  const houses = HouseSchema.options.map((h) => ({ value: h, label: houseName(t, h) }));
  const applications = c.filings
    .filter((f) => f.kind === 'rti-application')
    .map((f) => ({ value: f.id, label: filingName(t, f) }));
  const common = (
    <>
      <Text label={t('tracker.form.title')} value={filing.title} onChange={(title) => onChange({ ...filing, title })} hint={t('tracker.form.titleHint')} />
      <label className="field">
        {t('tracker.form.notes')}
        <textarea rows={2} value={filing.notes} onChange={(e) => onChange({ ...filing, notes: e.target.value })} />
      </label>
    </>
  );

  switch (filing.kind) {
    case 'rti-application':
      return (
        <div className="filing-form__grid">
          <Text label={t('tracker.form.publicAuthority')} value={filing.publicAuthority} onChange={(publicAuthority) => onChange({ ...filing, publicAuthority })} />
          <Choice label={t('tracker.form.government')} value={filing.government} options={governments} onChange={(g) => onChange({ ...filing, government: g ?? 'central' })} />
          {filing.government === 'state' && <Text label={t('tracker.form.state')} value={filing.state} onChange={(state) => onChange({ ...filing, state })} />}
          <Choice label={t('tracker.form.mode')} value={filing.mode} options={modes} onChange={(m) => onChange({ ...filing, mode: m ?? 'rti-online' })} />
          <Text label={t('tracker.form.registrationNumber')} value={filing.registrationNumber} onChange={(registrationNumber) => onChange({ ...filing, registrationNumber })} hint={t('tracker.form.registrationHint')} />
          <label className="field">
            {t('tracker.form.feePaid')}
            <input type="number" min={0} step={1} value={filing.feePaidRupees ?? ''} onChange={(e) => {
              const n = e.target.value === '' ? null : Number(e.target.value);
              onChange({ ...filing, feePaidRupees: n !== null && Number.isFinite(n) && n >= 0 ? n : null });
            }} />
          </label>
          <fieldset className="filing-form__checks">
            <legend>{t('tracker.form.clockHeading')}</legend>
            <Check label={t('tracker.form.viaApio')} hint={t('tracker.form.viaApioHint')} checked={filing.viaApio} onChange={(viaApio) => onChange({ ...filing, viaApio })} />
            <Check label={t('tracker.form.lifeOrLiberty')} hint={t('tracker.form.lifeOrLibertyHint')} checked={filing.lifeOrLiberty} onChange={(lifeOrLiberty) => onChange({ ...filing, lifeOrLiberty })} />
            <Check label={t('tracker.form.thirdParty')} hint={t('tracker.form.thirdPartyHint')} checked={filing.thirdPartyInvolved} onChange={(thirdPartyInvolved) => onChange({ ...filing, thirdPartyInvolved })} />
          </fieldset>
          {common}
        </div>
      );
    case 'rti-first-appeal':
      return (
        <div className="filing-form__grid">
          <Choice label={t('tracker.form.application')} value={filing.applicationId} options={applications} none={t('tracker.form.noApplication')} onChange={(applicationId) => onChange({ ...filing, applicationId })} />
          <Text label={t('tracker.form.publicAuthority')} value={filing.publicAuthority} onChange={(publicAuthority) => onChange({ ...filing, publicAuthority })} />
          <Text label={t('tracker.form.appellateAuthority')} value={filing.appellateAuthority} onChange={(appellateAuthority) => onChange({ ...filing, appellateAuthority })} />
          <Choice label={t('tracker.form.government')} value={filing.government} options={governments} onChange={(g) => onChange({ ...filing, government: g ?? 'central' })} />
          <Choice label={t('tracker.form.mode')} value={filing.mode} options={modes} onChange={(m) => onChange({ ...filing, mode: m ?? 'rti-online' })} />
          <Text label={t('tracker.form.registrationNumber')} value={filing.registrationNumber} onChange={(registrationNumber) => onChange({ ...filing, registrationNumber })} />
          {common}
        </div>
      );
    case 'rti-second-appeal':
    case 'rti-complaint':
      return (
        <div className="filing-form__grid">
          <Choice label={t('tracker.form.application')} value={filing.applicationId} options={applications} none={t('tracker.form.noApplication')} onChange={(applicationId) => onChange({ ...filing, applicationId })} />
          <Text label={t('tracker.form.commission')} value={filing.commission} onChange={(commission) => onChange({ ...filing, commission })} hint={t('tracker.form.commissionHint')} />
          <Choice label={t('tracker.form.government')} value={filing.government} options={governments} onChange={(g) => onChange({ ...filing, government: g ?? 'central' })} />
          <Choice label={t('tracker.form.mode')} value={filing.mode} options={modes} onChange={(m) => onChange({ ...filing, mode: m ?? 'rti-online' })} />
          <Text label={t('tracker.form.diaryNumber')} value={filing.diaryNumber} onChange={(diaryNumber) => onChange({ ...filing, diaryNumber })} />
          {common}
        </div>
      );
    case 'question-notice':
      return (
        <div className="filing-form__grid">
          <Choice label={t('tracker.form.house')} value={filing.house} options={houses} none="—" onChange={(house) => onChange({ ...filing, house })} />
          <Choice
            label={t('tracker.form.questionKind')}
            value={filing.questionKind}
            options={QuestionKindSchema.options.map((k) => ({ value: k, label: t(`tracker.questionKind.${k}`) }))}
            none="—"
            onChange={(questionKind) => onChange({ ...filing, questionKind })}
          />
          <Text label={t('tracker.form.ministry')} value={filing.ministry} onChange={(ministry) => onChange({ ...filing, ministry })} />
          <DateField label={t('tracker.form.noticeDate')} value={filing.noticeDate} onChange={(noticeDate) => onChange({ ...filing, noticeDate })} />
          <Text label={t('tracker.form.questionNumber')} value={filing.questionNumber} onChange={(questionNumber) => onChange({ ...filing, questionNumber })} />
          <DateField label={t('tracker.form.dateOfAnswer')} value={filing.dateOfAnswer} onChange={(dateOfAnswer) => onChange({ ...filing, dateOfAnswer })} />
          {common}
        </div>
      );
    case 'assurance':
      return (
        <div className="filing-form__grid">
          <Text label={t('tracker.form.phrase')} value={filing.phrase} onChange={(phrase) => onChange({ ...filing, phrase })} />
          <Choice label={t('tracker.form.house')} value={filing.house} options={houses} none="—" onChange={(house) => onChange({ ...filing, house })} />
          <DateField label={t('tracker.form.givenOn')} value={filing.dateOfAnswer} onChange={(dateOfAnswer) => onChange({ ...filing, dateOfAnswer })} />
          <Text label={t('tracker.form.questionRef')} value={filing.questionRef} onChange={(questionRef) => onChange({ ...filing, questionRef })} />
          {common}
        </div>
      );
    default: {
      const never: never = filing;
      throw new Error(`Unknown filing: ${JSON.stringify(never)}`);
    }
  }
}
