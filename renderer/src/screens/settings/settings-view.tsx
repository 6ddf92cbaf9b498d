import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HindiFormSchema, type HindiForm, type Profile } from '../../../../shared/domain/profile.ts';
import { useSettings } from '../../hooks/use-settings.tsx';

/**
 * Settings set once and used by every template: the applicant, the Member, the letterhead, the
 * interface language, and the tracker's one configurable (UNCONFIRMED) fact.
 */
export function SettingsView() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const profile = settings.profile;

  const save = async (change: Parameters<typeof update>[0]) => {
    const error = await update(change);
    setMessage(error ? { ok: false, text: t('settings.notSaved', { message: error }) } : { ok: true, text: t('settings.saved') });
  };
  const setProfile = (next: Profile) => void save({ profile: next });

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <fieldset>
        <legend>{t('settings.language.legend')}</legend>
        <label className="field">
          {t('settings.language.label')}
          <select value={settings.language} onChange={(e) => void save({ language: e.target.value === 'hi' ? 'hi' : 'en' })}>
            <option value="en">{t('settings.language.en')}</option>
            <option value="hi" lang="hi">{t('settings.language.hi')}</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.applicant.legend')}</legend>
        <TextField label={t('settings.applicant.name')} value={profile.applicant.name} onCommit={(v) => setProfile({ ...profile, applicant: { ...profile.applicant, name: v } })} />
        <TextField label={t('settings.applicant.address')} value={profile.applicant.address} multiline onCommit={(v) => setProfile({ ...profile, applicant: { ...profile.applicant, address: v } })} />
        <TextField label={t('settings.applicant.phone')} value={profile.applicant.phone} onCommit={(v) => setProfile({ ...profile, applicant: { ...profile.applicant, phone: v } })} />
        <TextField label={t('settings.applicant.email')} value={profile.applicant.email} onCommit={(v) => setProfile({ ...profile, applicant: { ...profile.applicant, email: v } })} />
        <label className="field field--check">
          <input type="checkbox" checked={profile.applicant.isBpl} onChange={(e) => setProfile({ ...profile, applicant: { ...profile.applicant, isBpl: e.target.checked } })} />
          {t('settings.applicant.isBpl')}
        </label>
        {profile.applicant.isBpl && (
          <TextField label={t('settings.applicant.bplCertificate')} value={profile.applicant.bplCertificate} onCommit={(v) => setProfile({ ...profile, applicant: { ...profile.applicant, bplCertificate: v } })} />
        )}
        <HindiFormField value={profile.applicant.hindiForm} onChange={(hindiForm) => setProfile({ ...profile, applicant: withForm(profile.applicant, hindiForm) })} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.member.legend')}</legend>
        <TextField label={t('settings.member.name')} value={profile.member.name} onCommit={(v) => setProfile({ ...profile, member: { ...profile.member, name: v } })} />
        <label className="field">
          {t('settings.member.house')}
          <select
            value={profile.member.house ?? ''}
            onChange={(e) => setProfile({ ...profile, member: { ...profile.member, house: e.target.value === 'Lok Sabha' || e.target.value === 'Rajya Sabha' ? e.target.value : null } })}
          >
            <option value="">{t('settings.member.houseNone')}</option>
            <option value="Lok Sabha">{t('common.house.Lok Sabha')}</option>
            <option value="Rajya Sabha">{t('common.house.Rajya Sabha')}</option>
          </select>
        </label>
        <TextField label={t('settings.member.divisionNumber')} value={profile.member.divisionNumber} onCommit={(v) => setProfile({ ...profile, member: { ...profile.member, divisionNumber: v } })} />
        <HindiFormField value={profile.member.hindiForm} onChange={(hindiForm) => setProfile({ ...profile, member: withForm(profile.member, hindiForm) })} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.letterhead.legend')}</legend>
        <TextField label={t('settings.letterhead.organisation')} value={profile.letterhead.organisation} onCommit={(v) => setProfile({ ...profile, letterhead: { ...profile.letterhead, organisation: v } })} />
        <TextField label={t('settings.letterhead.lines')} value={profile.letterhead.lines.join('\n')} multiline onCommit={(v) => setProfile({ ...profile, letterhead: { ...profile.letterhead, lines: v.split('\n').map((l) => l.trim()).filter(Boolean) } })} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.tracker.legend')}</legend>
        <label className="field">
          {t('settings.tracker.postalDays')}
          <input
            type="number"
            min={0}
            max={60}
            value={settings.tracker.postalDeliveryDays}
            aria-describedby="postal-note"
            onChange={(e) => {
              const days = Number.parseInt(e.target.value, 10);
              if (Number.isInteger(days) && days >= 0 && days <= 60) void save({ tracker: { postalDeliveryDays: days } });
            }}
          />
        </label>
        <p id="postal-note" className="muted small unconfirmed">{t('settings.tracker.postalNote')}</p>
      </fieldset>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>{message.text}</p>}
    </section>
  );
}

type TextFieldProps = { readonly label: string; readonly value: string; readonly multiline?: boolean; readonly onCommit: (value: string) => void };

/** A text field that saves when the user leaves it; it starts afresh when the stored value changes. */
function TextField(props: TextFieldProps) {
  return <EditableText key={props.value} {...props} />;
}

function EditableText({ label, value, multiline = false, onCommit }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => { if (draft !== value) onCommit(draft); };
  return (
    <label className="field">
      {label}
      {multiline
        ? <textarea rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
        : <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />}
    </label>
  );
}

/** The signer's object with the form set, or without it when "not chosen" is picked (the schema's field is optional). */
function withForm<T extends { readonly hindiForm?: HindiForm }>(signer: T, form: HindiForm | undefined): Omit<T, 'hindiForm'> & { readonly hindiForm?: HindiForm } {
  const { hindiForm: _dropped, ...rest } = signer;
  return form === undefined ? rest : { ...rest, hindiForm: form };
}

/**
 * How Hindi documents speak of their signer: "करता हूँ … भवदीय" or "करती हूँ … भवदीया". Until it is
 * chosen a Hindi document keeps both forms and is not exported as final (`hindi-forms.ts`).
 */
function HindiFormField({ value, onChange }: { readonly value: HindiForm | undefined; readonly onChange: (form: HindiForm | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('settings.hindiForm.label')}
      <select value={value ?? ''} onChange={(e) => onChange(HindiFormSchema.safeParse(e.target.value).data)}>
        <option value="">{t('settings.hindiForm.none')}</option>
        <option value="masculine">{t('settings.hindiForm.masculine')}</option>
        <option value="feminine">{t('settings.hindiForm.feminine')}</option>
      </select>
    </label>
  );
}
