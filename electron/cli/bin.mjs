#!/usr/bin/env node
// The package's bin: the bundled command line (out/cli, made by `npm run build`) when it has been
// built, else the TypeScript source, which Node 24 runs as it is. So `npx unanswered` works from
// a fresh clone straight after `npm ci`, and starts at once after a build.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const bundled = resolve(root, process.env.UNANSWERED_OUT ?? 'out', 'cli/unanswered.mjs');
await import(pathToFileURL(existsSync(bundled) ? bundled : resolve(import.meta.dirname, 'unanswered.ts')).href);
