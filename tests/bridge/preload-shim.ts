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
    const events = new EventSource('/__events');
    const subscription = (name) => {
      const listeners = new Set();
      events.addEventListener(name, (message) => {
        let data;
        try { data = JSON.parse(message.data); } catch { return; }
        for (const listener of listeners) listener(data);
      });
      return (listener) => {
        listeners.add(listener);
        return () => { listeners.delete(listener); };
      };
    };
    api.onTaskProgress = subscription(${JSON.stringify(TASK_PROGRESS_EVENT)});
    // Cases changed in the workspace folder (the folder watcher in main's services).
    api.onWorkspaceChanged = subscription(${JSON.stringify(WORKSPACE_CHANGED_EVENT)});
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  })();`;
}
