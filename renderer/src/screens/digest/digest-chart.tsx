import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinistryShare } from '../../../../shared/digest/digest-entry.ts';
import { ministryOnScreen } from '../../../../shared/workflows/ministry-names.ts';

/**
 * A bar per ministry: the share of its question parts left open. The bar is drawing only
 * (aria-hidden); the same figure is written beside it, so it is read, not just seen.
 */
export function DigestChart({ shares }: { readonly shares: ReadonlyArray<MinistryShare> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const percent = new Intl.NumberFormat(i18n.language === 'hi' ? 'hi-IN' : 'en-IN', { style: 'percent', maximumFractionDigits: 0, numberingSystem: 'latn' });
  if (shares.length === 0) return null;
  return (
    <figure className="digest-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{t('digest.chartHeading')}</figcaption>
      <ul>
        {shares.map((s) => (
          <li key={s.ministry} className="digest-chart__row">
            <span className="digest-chart__name">{ministryOnScreen(s.ministry, i18n.language === 'hi' ? 'hi' : 'en')}</span>
            <span className="digest-chart__track" aria-hidden="true">
              <span className="digest-chart__bar" style={{ width: `${Math.round(s.openShare * 100)}%` }} />
            </span>
            <span className="digest-chart__value">{t('digest.chartRow', { open: s.open, parts: s.parts, percent: percent.format(s.openShare) })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
