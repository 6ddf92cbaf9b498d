import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The `unanswered` command line as bundled JavaScript (issue 12): one file for the command and
 * its cheap modules, one for each pool's worker, one for the importer, and a chunk per lazily
 * loaded command, all in out/cli. Packages stay outside the bundle (Vite's SSR default) and load from
 * node_modules only when a command needs them: pdf.js on the first PDF, docx on the first export.
 * electron/cli/bin.mjs runs the bundle when it has been built, the TypeScript source otherwise.
 */
const out = process.env.UNANSWERED_OUT ?? 'out';

export default defineConfig({
  // No public/ folder or index.html: only the two entries below.
  publicDir: false,
  // zod goes into the bundle: every command that reads a date or a case needs it, and one bundled
  // chunk loads faster than the dozens of files Node would resolve one by one from node_modules.
  ssr: { noExternal: ['zod'] },
  build: {
    ssr: true,
    target: 'node24',
    outDir: resolve(import.meta.dirname, `${out}/cli`),
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        unanswered: resolve(import.meta.dirname, 'electron/cli/unanswered.ts'),
        'analyze-worker': resolve(import.meta.dirname, 'electron/cli/commands/analyze-worker.ts'),
        'digest-worker': resolve(import.meta.dirname, 'electron/services/digest/digest-worker.ts'),
        // The importer as its own entry, with its export names kept: the pool's worker loads it as
        // a chunk anyway, and the bench reads PDFs through this same bundled file (tests/bench/speed.ts).
        'import-file': resolve(import.meta.dirname, 'electron/services/import/import-file.ts'),
      },
      // Every file side by side, so the pool finds analyze-worker.mjs beside the chunk that starts it.
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
});
