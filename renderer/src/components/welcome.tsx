import { useTranslation } from 'react-i18next';

type Props = {
  readonly workspace: string;
  readonly problem: string | null;
  readonly onOpenExample: () => void;
  readonly onImport: () => void;
  readonly onPaste: () => void;
  readonly onDismiss: () => void;
};

/**
 * The first-run welcome: what the app does in three lines, the three ways in (the worked example,
 * a reply from a file, a pasted reply), and where the data lives. Closed, it stays closed; Help
 * shows it again.
 */
export function Welcome({ workspace, problem, onOpenExample, onImport, onPaste, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('app.welcome.heading')}</h2>
      <p>{t('app.welcome.what1')}</p>
      <p>{t('app.welcome.what2')}</p>
      <p>{t('app.welcome.what3')}</p>
      <h3>{t('app.welcome.waysHeading')}</h3>
      <ul className="welcome__ways">
        <li><button type="button" onClick={onOpenExample}>{t('app.welcome.openExample')}</button></li>
        <li>
          <button type="button" onClick={onImport}>{t('app.welcome.importReply')}</button>
          <span className="muted small"> {t('app.welcome.importReplyHint')}</span>
        </li>
        <li><button type="button" onClick={onPaste}>{t('app.welcome.pasteReply')}</button></li>
      </ul>
      {problem && <p role="alert" className="error">{problem}</p>}
      <p className="muted small">{t('app.welcome.privacy', { path: workspace })}</p>
      <button type="button" className="welcome__close" onClick={onDismiss}>{t('app.welcome.dismiss')}</button>
    </section>
  );
}
