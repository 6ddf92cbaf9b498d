import { useTranslation } from 'react-i18next';

/**
 * Whether a rule or legal fact shown in the UI is confirmed by the docs (`templates/rules/fact.ts`:
 * `confirmed` is false where /work/shared/docs mark it UNCONFIRMED). Unconfirmed facts stand out.
 */
export function FactBadge({ confirmed }: { readonly confirmed: boolean }) {
  const { t } = useTranslation();
  return confirmed
    ? <span className="fact fact--confirmed">{t('drafting.fact.confirmed')}</span>
    : <span className="fact fact--unconfirmed" title={t('drafting.fact.unconfirmedHint')}>{t('drafting.fact.unconfirmed')}</span>;
}
