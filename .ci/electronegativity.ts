/**
 * Electronegativity (Doyensec's Electron security scanner) over the app's main side, offline.
 *
 *   node .ci/electronegativity.ts [--out DIR]   (DIR: the electron-vite build, default `out`)
 *
 * Exit 1 when a HIGH or MEDIUM finding is left that no `eng-disable` comment justifies at its
 * place (electronegativity honours `// eng-disable CHECK_ID` on the flagged line itself), when
 * the build is missing, or when a built file could not be parsed (then nothing was checked).
 *
 * Why this wrapper and not the `electronegativity` command:
 * - The command first fetches translations and Electron's release list over the network; with
 *   no network its `got` retry throws after the promise settled and kills the process
 *   (p-cancelable "onCancel handler was attached after the promise settled"). So we call the
 *   package's runner directly, set up its bundled English strings ourselves, and skip
 *   AvailableSecurityFixesGlobalCheck (the one check that needs the release list; the Electron
 *   version is pinned in package.json and upgraded on purpose).
 * - Its parser reads the TypeScript sources in electron/ with Babel's TypeScript plugin (TS 4.2's
 *   estree parser, also bundled, cannot read `satisfies`, but it is only the fallback); any file
 *   it cannot parse is listed as "not parsed".
 * - The built `out/main/index.js` and `out/preload/index.cjs` are scanned too, since they are
 *   what ships. The bundler drops line comments, so an `eng-disable` justification in the
 *   source does not reach the bundle: a finding in the bundle counts as justified when the
 *   source module it comes from (the bundle's `// electron/...ts` marker above it) has the same
 *   line with an `eng-disable` for the same check. The loader reads only .js/.ts/.html, so the
 *   preload's .cjs is staged as .js.
 * - The CSP global check looks for a CSP in HTML meta tags: renderer/index.html is staged too.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');

type Level = { readonly value: number; readonly name?: string };
type Issue = {
  readonly id: string;
  readonly file: string;
  readonly sample: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly description: string;
  readonly severity: Level;
  readonly confidence: Level;
  readonly manualReview?: boolean;
};
type RunnerResult = { readonly issues: ReadonlyArray<Issue>; readonly errors: ReadonlyArray<{ file: string; message: string; tolerable: boolean }>; readonly globalChecks: number; readonly atomicChecks: number };
type Runner = (options: object, forCli: boolean) => Promise<RunnerResult>;

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } } });
const outDir = resolve(ROOT, values.out);

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromPkg = createRequire(join(pkgDir, 'package.json'));

// The package's own dist/locales/i18n.js, less its network fetch: the bundled English strings,
// registered as the global `__` the checks call. Put in the require cache before the runner
// loads, so the runner's `await i18n()` never reaches for the network.
const i18n = fromPkg('i18n') as { configure: (o: object) => void; setLocale: (l: string) => void };
const offlineI18n = async (): Promise<void> => {
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(pkgDir, 'dist/locales'), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
  i18n.setLocale('en-US');
};
const i18nPath = fromPkg.resolve('./dist/locales/i18n.js');
const i18nModule = new Module(i18nPath);
i18nModule.filename = i18nPath;
i18nModule.loaded = true;
i18nModule.exports = Object.assign(offlineI18n, { default: offlineI18n });
fromPkg.cache[i18nPath] = i18nModule;
await offlineI18n();
const runner = fromPkg('./dist/runner.js') as Runner;
const { SEVERITY_NAMES, CONFIDENCE_NAMES } = { SEVERITY_NAMES: ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'], CONFIDENCE_NAMES: ['TENTATIVE', 'FIRM', 'CERTAIN'] };

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const built = { main: join(outDir, 'main/index.js'), preload: join(outDir, 'preload/index.cjs') };
for (const file of Object.values(built)) {
  if (!(await exists(file))) {
    process.stderr.write(`electronegativity: ${file} is missing; build first (npx electron-vite build).\n`);
    process.exit(1);
  }
}

// Staged paths -> the repository paths a reader should open.
const stage = await mkdtemp(join(tmpdir(), 'eneg-'));
const whereIs = (staged: string): string => {
  if (staged.startsWith('built/main/')) return `${values.out}/main/${staged.slice('built/main/'.length)}`;
  if (staged === 'built/preload/index.js') return `${values.out}/preload/index.cjs`;
  return staged;
};

/** Code of a line without an eng-disable comment, quotes and spacing, to match bundle and source lines. */
const codeOf = (line: string): string => line.replace(/\s*\/\/\s*eng-disable.*$/, '').replace(/"/g, "'").replace(/\s+/g, '');

/**
 * For a finding in the bundle: the `path:line` of the same line in its source module when that
 * line carries `eng-disable <the check's id>`, else null.
 */
async function justifiedInSource(bundle: string, issue: Issue): Promise<string | null> {
  const lines = (await readFile(bundle, 'utf8')).split('\n');
  let source: string | null = null;
  for (let i = issue.location.line - 1; i >= 0 && source === null; i--) {
    const marker = /^\/\/ ((?:electron|shared|templates)\/[\w./-]+\.ts)$/.exec(lines[i] ?? '');
    if (marker?.[1]) source = marker[1];
  }
  if (source === null) return null;
  const want = codeOf(issue.sample);
  const sourceLines = (await readFile(join(ROOT, source), 'utf8')).split('\n');
  const at = sourceLines.findIndex((l) => codeOf(l) === want && new RegExp(`eng-disable[\\w \\t]*\\b${issue.id}\\b`).test(l));
  return at < 0 ? null : `${source}:${at + 1}`;
}

let failed = false;
try {
  await cp(join(ROOT, 'electron'), join(stage, 'electron'), { recursive: true });
  await mkdir(join(stage, 'shared/security'), { recursive: true });
  await cp(join(ROOT, 'shared/security/csp.ts'), join(stage, 'shared/security/csp.ts'));
  await mkdir(join(stage, 'renderer'), { recursive: true });
  await cp(join(ROOT, 'renderer/index.html'), join(stage, 'renderer/index.html'));
  await mkdir(join(stage, 'built/main'), { recursive: true });
  await mkdir(join(stage, 'built/preload'), { recursive: true });
  await cp(built.main, join(stage, 'built/main/index.js'));
  await cp(built.preload, join(stage, 'built/preload/index.js'));
  await cp(join(ROOT, 'package.json'), join(stage, 'package.json'));

  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const electronVersion = pkg.devDependencies?.['electron'] ?? '';

  const result = await runner({
    input: stage,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  }, false);

  const level = (l: Level, names: ReadonlyArray<string>): string => names[l.value] ?? String(l.value);
  process.stdout.write(`electronegativity: ${result.globalChecks} global + ${result.atomicChecks} atomic checks, Electron ${electronVersion}, over electron/ (TS), ${values.out}/main + ${values.out}/preload (built JS), renderer/index.html\n`);

  const notParsed = result.errors.filter((e) => !e.tolerable);
  for (const e of result.errors) {
    const staged = e.file.startsWith(stage) ? e.file.slice(stage.length + 1) : e.file;
    process.stdout.write(`  ${e.tolerable ? 'parse warning' : 'not parsed'}: ${whereIs(staged)}: ${e.message.split('\n')[0] ?? ''}\n`);
  }
  const builtNotParsed = notParsed.filter((e) => e.file.includes(`${stage}/built/`));
  if (builtNotParsed.length > 0) {
    process.stdout.write('electronegativity: FAIL: a built file could not be parsed, so it was not checked.\n');
    failed = true;
  }

  const sorted = [...result.issues].sort((a, b) => b.severity.value - a.severity.value || a.id.localeCompare(b.id));
  const open: Issue[] = [];
  for (const issue of sorted) {
    const where = `${whereIs(issue.file)}:${issue.location.line}:${issue.location.column}`;
    const justified = issue.file.startsWith('built/') ? await justifiedInSource(join(stage, issue.file), issue) : null;
    const tag = justified === null ? '' : ` (justified at ${justified})`;
    process.stdout.write(`  ${level(issue.severity, SEVERITY_NAMES)}/${level(issue.confidence, CONFIDENCE_NAMES)} ${issue.id} ${where} ${issue.sample.slice(0, 90)}${tag}\n`);
    if (justified === null) {
      process.stdout.write(`      ${issue.description}\n`);
      open.push(issue);
    }
  }
  const blocking = open.filter((i) => i.severity.value >= 2);
  process.stdout.write(`electronegativity: ${open.length} finding(s) not justified by an eng-disable comment, ${blocking.length} of them HIGH/MEDIUM\n`);
  if (blocking.length > 0) failed = true;
} finally {
  await rm(stage, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
