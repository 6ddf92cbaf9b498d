import type { EngineLanguage } from '../../shared/messages/catalogue.ts';

/**
 * What the services tell the shell about, as typed events: the shell (main's menu, notifications)
 * listens instead of wrapping handlers. A listener that throws is a bug in the listener; it is
 * reported and the others still run.
 */
export type ServiceEvent =
  | { readonly kind: 'case-opened'; readonly caseId: string }
  /** The interface language setting changed: main rebuilds its menu in the new language. */
  | { readonly kind: 'language-changed'; readonly language: EngineLanguage };

export type ServiceEvents = {
  readonly emit: (event: ServiceEvent) => void;
  /** Returns the function that stops listening. */
  readonly on: (listener: (event: ServiceEvent) => void) => () => void;
};

export function createServiceEvents(report: (error: unknown) => void = (e) => console.error('A service event listener failed', e)): ServiceEvents {
  const listeners = new Set<(event: ServiceEvent) => void>();
  return {
    emit: (event) => {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (e) {
          report(e);
        }
      }
    },
    on: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}
