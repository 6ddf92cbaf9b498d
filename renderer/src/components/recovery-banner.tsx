import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { formatDateTime } from '../../../shared/lib/dates/index.ts';

type Recovery = NonNullable<ChannelOutput<'app:bootstrap'>['recovery']>;

/** Shown after a crash or forced quit: what had been saved, and when, so the user knows what to check. */
export function RecoveryBanner({ recovery, onOpen }: { readonly recovery: Recovery; readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('app.recovery.heading')}</h2>
      <p>{recovery.cases.length > 0 ? t('app.recovery.saved') : t('app.recovery.nothing')}</p>
      {recovery.cases.length > 0 && (
        <ul>
          {recovery.cases.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onOpen(c.id)}>{c.title}</button>: {t('app.recovery.savedAt', { time: formatDateTime(c.savedAt) })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('app.recovery.dismiss')}</button>
    </section>
  );
}
