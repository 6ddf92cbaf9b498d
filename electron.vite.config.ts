import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The app proper (renderer/src/mount.tsx) is imported by the first chunk only once main has
 * answered start-up's request (renderer/src/main.tsx). Its files are named in index.html's head
 * all the same, so the browser fetches and compiles them meanwhile instead of after (issue 12).
 * The open case's screen (case-view.tsx) is not named: it renders only once the case list has
 * painted (app.tsx), and fetching and compiling its 210 kB beside the app's on a 2-core machine
 * held the list back (bench, 4 rounds of 5 starts: list painted at a median ~470 ms with it
 * named, ~432 ms without; the case view ready no later).
 */
function preloadTheApp(entries: ReadonlyArray<string>): Plugin {
  return {
    name: 'unanswered:preload-the-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        const bundle = ctx.bundle;
        const first = ctx.chunk;
        if (!bundle || !first) return [];
        const chunkFor = (module: string): string => {
          const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(module)));
          if (!chunk || chunk.type !== 'chunk') throw new Error(`preloadTheApp: no chunk for ${module}`);
          return chunk.fileName;
        };
        const named = new Set([first.fileName, ...first.imports, ...(first.viteMetadata?.importedCss ?? [])]);
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (file: string): void => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || scripts.includes(file)) return;
          scripts.push(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          chunk.imports.forEach(visit);
        };
        entries.forEach((entry) => visit(chunkFor(entry)));
        return [
          // Vite's loader sees these links when the app is imported and adds none of its own.
          ...scripts.filter((f) => !named.has(f)).map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' })),
          // crossorigin as Vite's loader adds the stylesheet later, so the two requests match.
          ...[...styles].filter((f) => !named.has(f)).map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}

/**
 * The first screen's code in one chunk per entry: every module the app (mount.tsx) imports
 * statically in one ('app'), and what the open case (case-view.tsx) adds to that in another
 * ('case'), less what the first chunk (main.tsx) imports, which goes in a small chunk of its own
 * ('start') so that the first chunk never waits for the app. Left to itself the bundler cuts the
 * same code into a dozen chunks shared with the lazy screens, down to 52-byte ones, each fetched
 * and linked before the app can start (issue 12). The case view has a chunk of its own because
 * it is evaluated only once the case list has painted (app.tsx): in the app's chunk, its code was
 * evaluated before the list could paint. The module graph is read once it is complete
 * (buildEnd), before the chunks are made.
 */
function firstScreenChunk(entries: ReadonlyArray<string>, first: string): { plugin: Plugin; testFor: (entry: number) => (id: string) => boolean; startTest: (id: string) => boolean } {
  const groups = entries.map(() => new Set<string>());
  const start = new Set<string>();
  const plugin: Plugin = {
    name: 'unanswered:first-screen-chunk',
    buildEnd() {
      const closure = (root: string): Set<string> => {
        const seen = new Set<string>();
        const top = [...this.getModuleIds()].find((id) => id.endsWith(root));
        if (!top) throw new Error(`firstScreenChunk: no module ${root}`);
        const stack = [top];
        while (stack.length > 0) {
          const id = stack.pop() ?? '';
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const held = closure(first);
      start.clear();
      for (const id of held) if (!id.endsWith(first)) start.add(id);
      // Each entry's group: what it needs that the first chunk and the entries before it do not.
      const taken = new Set(held);
      entries.forEach((entry, i) => {
        const group = groups[i];
        if (!group) return;
        group.clear();
        for (const id of closure(entry)) if (!taken.has(id)) group.add(id);
        for (const id of group) taken.add(id);
      });
    },
  };
  return { plugin, testFor: (entry) => (id) => groups[entry]?.has(id) ?? false, startTest: (id) => start.has(id) };
}
/** The first screen: the app and the open case, both loaded after the first chunk (main.tsx), in this order (firstScreen.testFor's numbers). */
const FIRST_SCREEN = ['renderer/src/mount.tsx', 'renderer/src/screens/case-view.tsx'] as const;
const firstScreen = firstScreenChunk(FIRST_SCREEN, 'renderer/src/main.tsx');

// Custom inputs for our fixed layout (electron/main, electron/preload, renderer/), as the
// electron-vite docs show under "Project Structure -> Customizing".
// UNANSWERED_OUT lets several people build and run the end-to-end suite in one checkout at once.
const out = process.env.UNANSWERED_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      // The digest's worker thread is its own entry, beside index.js (electron/services/digest/digest-pool.ts finds it there).
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts'), 'digest-worker': resolve(import.meta.dirname, 'electron/services/digest/digest-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // Sandboxed preload scripts can't use ESM imports (Electron docs/tutorial/esm.md).
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), firstScreen.plugin, preloadTheApp(FIRST_SCREEN.slice(0, 1))],
    build: {
      outDir: resolve(import.meta.dirname, `${out}/renderer`),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the window loads it on every start (issue 12).
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        output: { codeSplitting: { groups: [{ name: 'start', test: firstScreen.startTest, priority: 2 }, { name: 'app', test: firstScreen.testFor(0), priority: 1 }, { name: 'case', test: firstScreen.testFor(1) }] } },
      },
    },
  },
});
