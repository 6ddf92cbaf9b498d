import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17: the README's two commands, a newcomer's way in, stay true. The main-job and test
 * commands sit at the top, marked for .ci/smoke-readme.sh, and name scripts that exist; the
 * fresh-machine test command runs .ci/run, which runs the set-up machine's `npm test` (never
 * itself again) and the smoke test that runs the main-job command literally.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const README = read('README.md');
const SCRIPTS = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const CI_RUN = read('.ci/run');
const SMOKE = read('.ci/smoke-readme.sh');

/** The lines of the ```sh block between <!-- readme:NAME --> and <!-- /readme:NAME -->. */
function marked(name: string): string[] {
  const block = new RegExp(`^<!-- readme:${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- /readme:${name} -->$`, 'm').exec(README);
  return block?.[1]?.split('\n').filter((line) => line.trim() !== '') ?? [];
}

/** The npm scripts a command line runs (`npm run X`, `npm test`, `npm start`). */
function npmScripts(line: string): string[] {
  return [...line.matchAll(/\bnpm (?:run ([\w:-]+)|(test|start))\b/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('the README top', () => {
  const top = README.slice(0, README.indexOf('\n## What it does'));

  it('marks one main-job command and one test command, with npm start beside them', () => {
    expect(marked('main-job')).toEqual(['npm ci && npm run example']);
    expect(marked('test')).toEqual(['npm run test:fresh']);
    expect(top).toContain('<!-- readme:main-job -->');
    expect(top).toContain('<!-- readme:test -->');
    expect(top).toContain('npm ci && npm start');
  });

  it('names only scripts package.json has', () => {
    const named = [...top.matchAll(/`([^`]*\bnpm [^`]*)`/g), ...top.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => npmScripts(m[1] ?? ''));
    expect(named).toEqual(expect.arrayContaining(['example', 'test:fresh', 'start', 'analyze', 'test']));
    for (const script of named) expect(SCRIPTS, script).toHaveProperty([script]);
  });

  it('says where the example goes, as the script that writes it does', () => {
    expect(top).toContain('`example-output/`');
    expect(SCRIPTS['example']).toBe('node electron/cli/npm-entry.mjs example');
    expect(read('electron/cli/npm-entry.mjs')).toContain("join(cwd, 'example-output')");
  });
});

describe('the test commands', () => {
  it('runs .ci/run on a fresh machine, and .ci/run ends in npm test, not in itself', () => {
    expect(SCRIPTS['test:fresh']).toBe('bash .ci/run');
    const commands = CI_RUN.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(commands).toContain('npm test');
    expect(commands.join('\n')).not.toMatch(/test:fresh|\.ci\/run/);
  });

  it('runs the README smoke test, which reads the markers the README has', () => {
    expect(CI_RUN).toMatch(/^bash \.ci\/smoke-readme\.sh$/m);
    expect(SMOKE).toContain('readme_command main-job');
    expect(SMOKE).toContain('readme_command test');
    expect(SMOKE).toContain(`"$test_command" != "${marked('test')[0] ?? ''}"`);
  });
});

describe('npm ci', () => {
  it('downloads no Electron binary, so the main job needs none', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    expect(lock.packages['node_modules/electron']).toBeDefined();
    expect(lock.packages['node_modules/electron']?.hasInstallScript).not.toBe(true);
  });
});
