import { useCallback, useEffect, useState } from 'react';
import type { DeadlineOptions } from '../../../../shared/deadlines/types.ts';
import type { TrackerSettings } from '../../../../shared/ipc/channels/tracker.ts';
import { api } from '../../api.ts';

export type TrackerSettingsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly settings: TrackerSettings; readonly options: Partial<DeadlineOptions> };

/**
 * Today (as main's clock has it, in India) and the user's postal allowance: what every deadline
 * in the renderer is reckoned with, so the Filings tab, the dashboard, the .ics export and the
 * notifications give the same dates.
 */
export function useTrackerSettings(): { state: TrackerSettingsState; reload: () => Promise<void> } {
  const [state, setState] = useState<TrackerSettingsState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    const settings = await api['tracker:settings-get']({});
    setState({ kind: 'ready', settings, options: deadlineOptionsOf(settings) });
  }, []);
  useEffect(() => {
    let live = true;
    void api['tracker:settings-get']({}).then((settings) => {
      if (live) setState({ kind: 'ready', settings, options: deadlineOptionsOf(settings) });
    });
    return () => { live = false; };
  }, []);
  return { state, reload };
}

export function deadlineOptionsOf(settings: TrackerSettings): Partial<DeadlineOptions> {
  return { postalDeliveryDays: settings.postalDeliveryDays };
}
