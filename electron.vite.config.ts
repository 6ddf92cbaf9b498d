import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, `${out}/renderer`),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the window loads it on every start (issue 12).
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        // Start-up's requests to main (renderer/src/startup.ts) in a chunk of their own, which
        // needs only zod and the dates below it: evaluated first, it sends them before React and
        // the screens are evaluated, instead of after (issue 12).
        output: { codeSplitting: { groups: [{ name: 'startup', test: /renderer[\\/]src[\\/](startup|api|case-repository|clock)\.ts$/ }] } },
      },
    },
  },
});
