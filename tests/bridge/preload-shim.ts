import { CHANNELS } from '../../shared/ipc/contract.ts';
import { TASK_PROGRESS_EVENT, WORKSPACE_CHANGED_EVENT } from '../../shared/ipc/events.ts';

/**
 * What the preload is in the app, the shim is in the browser: `window.api` with one method per
 * channel, each a POST to the bridge. A refused payload rejects, as ipcRenderer.invoke does.
 * Returned as source text for Playwright's `page.addInitScript`.
 */
export function preloadShimSource(): string {
  return `(() => {
    const channels = ${JSON.stringify(CHANNELS)};
    const api = {};
    for (const channel of channels) {
      api[channel] = async (input) => {
        const res = await fetch('/ipc/' + encodeURIComponent(channel), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input === undefined ? {} : input) });
        const body = await res.json();
        if (!res.ok) throw new Error(body.message);
        return body.value;
      };
    }
    // No native menu in a browser: the keyboard shortcuts run the same commands.
    api.onMenuCommand = () => () => {};
    // main's task:progress events arrive over one shared EventSource, opened at once so no event
    // of a task started early is missed (and so listeners never use up Chromium's six connections).
    const progressListeners = new Set();
    const events = new EventSource('/__events');
    events.addEventListener(${JSON.stringify(TASK_PROGRESS_EVENT)}, (message) => {
      let progress;
      try { progress = JSON.parse(message.data); } catch { return; }
      for (const listener of progressListeners) listener(progress);
    });
    api.onTaskProgress = (listener) => {
      progressListeners.add(listener);
      return () => { progressListeners.delete(listener); };
    };
    const workspaceListeners = new Set();
    events.addEventListener(${JSON.stringify(WORKSPACE_CHANGED_EVENT)}, (message) => {
      let change;
      try { change = JSON.parse(message.data); } catch { return; }
      for (const listener of workspaceListeners) listener(change);
    });
    api.onWorkspaceChanged = (listener) => {
      workspaceListeners.add(listener);
      return () => { workspaceListeners.delete(listener); };
    };
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  })();`;
}
