import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../hooks/use-shortcuts.ts';

/** The in-app help: the journey in four steps, the keyboard shortcuts, and where data stays. */
export function HelpView({ onShowWelcome }: { readonly onShowWelcome: () => void }) {
  const { t } = useTranslation();
  const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
  return (
    <section className="help" aria-labelledby="help-heading">
      <h1 id="help-heading">{t('help.heading')}</h1>
      <p><button type="button" onClick={onShowWelcome}>{t('app.welcome.again')}</button></p>
      <ol>
        {(['one', 'two', 'three', 'four'] as const).map((step) => <li key={step}>{t(`help.steps.${step}`)}</li>)}
      </ol>
      <h2>{t('help.shortcutsHeading')}</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.command}>
            <dt><kbd>{s.label(isMac)}</kbd></dt>
            <dd>{t(`help.shortcuts.${s.help}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('help.privacy')}</p>
    </section>
  );
}
