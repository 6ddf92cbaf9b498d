import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A screen loaded on demand (issue 12): its code is a chunk of its own that the browser fetches
 * the first time the screen is shown, so the first screen (the case and its analysis) paints
 * without the drafting, tracker, settings and help code.
 */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

/** What shows for the moment a screen's chunk takes to load (a local file: a frame or two). */
export function ScreenLoading({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="muted" aria-busy="true">{t('app.loading')}</p>}>{children}</Suspense>;
}
