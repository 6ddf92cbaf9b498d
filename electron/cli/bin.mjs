#!/usr/bin/env node
// The package's bin: the bundled command line (out/cli, made by `npm run build`) when it has been
// built, else the TypeScript source, which Node 24 runs as it is. So `npx unanswered` works from
// a fresh clone straight after `npm ci`, and starts at once after a build.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

// Node keeps the compiled code of the modules it loads in a cache folder (os.tmpdir() by default),
// so from the second run on the CLI skips most of its parse and compile time.
enableCompileCache();
const root = resolve(import.meta.dirname, '../..');
const bundled = resolve(root, process.env.UNANSWERED_OUT ?? 'out', 'cli/unanswered.mjs');
await import(pathToFileURL(existsSync(bundled) ? bundled : resolve(import.meta.dirname, 'unanswered.ts')).href);
