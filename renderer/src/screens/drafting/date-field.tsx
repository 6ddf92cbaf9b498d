import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseTypedDate } from '../../../../shared/lib/dates/index.ts';

type Props = {
  readonly id: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (next: string) => void;
  readonly describedBy?: string | undefined;
};

/**
 * A date in a draft (issue 11: "Date fields that are date pickers. They accept dd.mm.yyyy and
 * dd/mm/yyyy"). A text field keeps typing fast and works from the keyboard alone; it accepts
 * 15.12.2026, 15/12/2026 and 2026-12-15 and, on leaving it, writes the date as documents print it
 * (dd.mm.yyyy). Beside it the browser's own calendar, for the pointer, writes the same form. A value that is not a
 * date stays as typed, marked, with a line saying what is expected, so nothing typed is lost.
 */
export function DateField({ id, value, invalid, onChange, describedBy }: Props): ReactNode {
  const { t } = useTranslation();
  // While the field has focus it shows exactly what is typed; otherwise the stored date as dd.mm.yyyy.
  const [editing, setEditing] = useState<string | null>(null);
  const iso = parseTypedDate(value);
  const shown = editing ?? (iso ? formatDate(iso) : value);
  const notADate = value.trim() !== '' && iso === null;
  const hintId = `${id}-date-hint`;
  return (
    <span className="date-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('drafts.datePlaceholder')}
        value={shown}
        aria-invalid={invalid || notADate}
        aria-describedby={[describedBy, notADate ? hintId : undefined].filter(Boolean).join(' ') || undefined}
        onFocus={() => setEditing(shown)}
        onChange={(e) => {
          setEditing(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => {
          const typed = editing ?? value;
          const parsed = parseTypedDate(typed);
          if (parsed && formatDate(parsed) !== typed) onChange(formatDate(parsed));
          setEditing(null);
        }}
      />
      {/* The calendar is for the pointer: the keyboard types the date in the text field, so the
          picker takes no Tab stop and adds nothing to the field's spoken name. */}
      <input
        type="date"
        className="date-field__calendar"
        tabIndex={-1}
        aria-hidden="true"
        title={t('drafts.pickDate')}
        value={iso ?? ''}
        onChange={(e) => {
          const picked = parseTypedDate(e.target.value);
          onChange(picked ? formatDate(picked) : '');
        }}
      />
      {notADate && <span id={hintId} className="error small">{t('drafts.notADate')}</span>}
    </span>
  );
}
