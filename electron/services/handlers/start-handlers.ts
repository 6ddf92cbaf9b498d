import type { HandlersFor } from '../../../shared/ipc/contract.ts';

/**
 * `app:start` (shared/ipc/channels/start.ts), from the handlers of the three channels it brings
 * together: bootstrap first, since on a first start it seeds the example case the list must hold.
 */
export function startHandlers(cases: HandlersFor<'app:bootstrap' | 'cases:list'>, settings: HandlersFor<'settings:get'>): HandlersFor<'app:start'> {
  return {
    'app:start': async () => {
      const bootstrap = await cases['app:bootstrap']({});
      const [stored, listing] = await Promise.all([settings['settings:get']({}), cases['cases:list']({})]);
      return { settings: stored, bootstrap, listing };
    },
  };
}
