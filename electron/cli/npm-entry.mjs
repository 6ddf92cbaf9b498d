#!/usr/bin/env node
// `npm run example` and `npm run analyze -- FILE`: the headless main job straight after `npm ci`,
// on any machine, with no Electron and no build (the bin runs the TypeScript source).
//
// Plain JavaScript that any Node parses, because it is what a newcomer runs first: on a Node older
// than 24 it installs Node 24 into .tools/node24 (once, from the npm registry, as .ci/run does)
// and runs the command line with it. Paths are the ones the user typed, from the folder npm was
// run in. `example` without --out writes to example-output/ there, or, when that already holds
// files, to the first free example-output-N/: an earlier run's documents, or the user's edits of
// them, are never overwritten.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 24;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// npm runs scripts in the package folder; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();

/** The folder `example` writes to when not told: `base`, else the first `base-N` that is missing or empty. */
function freshFolder(base) {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(candidate) || readdirSync(candidate).length === 0) return candidate;
  }
}

/** A Node 24 to run the command line with: this one, else .tools/node24, installed when missing. */
function node24() {
  if (Number(process.versions.node.split('.')[0]) >= NODE_MAJOR) return process.execPath;
  const local = join(root, '.tools/node24/node_modules/.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (!existsSync(local)) {
    process.stderr.write(
      `Unanswered needs Node ${NODE_MAJOR}; this is Node ${process.version}. ` +
        `Installing Node ${NODE_MAJOR} into .tools/node24 (once, from the npm registry)...\n`,
    );
    const npm = process.env.npm_execpath;
    const install = ['install', '--prefix', join(root, '.tools/node24'), '--no-audit', '--no-fund', `node@${NODE_MAJOR}`];
    const done = npm
      ? spawnSync(process.execPath, [npm, ...install], { stdio: 'inherit' })
      : spawnSync('npm', install, { stdio: 'inherit', shell: process.platform === 'win32' });
    if (done.status !== 0 || !existsSync(local)) {
      process.stderr.write(
        `Could not install Node ${NODE_MAJOR}. Install it yourself (nvm install ${NODE_MAJOR}, or https://nodejs.org), then run this again.\n`,
      );
      process.exit(1);
    }
  }
  return local;
}

function main() {
  const args = process.argv.slice(2);
  let out;
  if (args[0] === 'example' && !args.some((a) => a === '--out' || a.startsWith('--out='))) {
    out = freshFolder(join(cwd, 'example-output'));
    args.push('--out', out);
  }
  const node = node24();
  const run = spawnSync(node, [join(root, 'electron/cli/bin.mjs'), ...args], { cwd, stdio: 'inherit', shell: node.endsWith('.cmd') });
  if (run.error) throw run.error;
  if (out && run.status === 0 && existsSync(out)) process.stderr.write(`\nThe CoWIN example's documents are in ${out}\n`);
  process.exit(run.status ?? 1);
}

main();
