// ESLint flat config. The rules that matter most here are the boundaries:
// shared/ and templates/ are pure (no Node, DOM or Electron), raw IPC lives in
// exactly two files, and only renderer/src/api.ts touches window.api.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const domGlobals = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch',
  'XMLHttpRequest', 'location', 'history', 'alert', 'HTMLElement', 'Blob', 'File',
  'process', 'Buffer', 'require', '__dirname', '__filename', 'global',
].map((name) => ({ name, message: 'shared/ and templates/ are pure: no DOM or Node globals.' }));

const namedExportsOnly = [
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only (GitHub Desktop style).' },
  { selector: 'TSEnumDeclaration', message: 'Use `as const` objects or unions, not enums.' },
];
// "Today" is read once, through the injected clock (shared/lib/dates/india.ts `systemClock`).
const readsTheClock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time through the injected clock (shared/lib/dates: systemClock, or renderer/src/clock.ts).' },
  { selector: "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']", message: 'A date from toISOString() is Greenwich\'s: use indiaDate() from shared/lib/dates.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', '.tmp/**', 'dist/**', 'release/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...namedExportsOnly, ...readsTheClock],
    },
  },
  {
    // The clock itself, and tests and benches, which time themselves or fix their own clocks.
    files: ['shared/lib/dates/clock.ts', 'shared/lib/dates/india.ts', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...namedExportsOnly] },
  },
  {
    files: ['**/*.config.{js,ts}', 'eslint.config.js', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The pure core. Expected failures are values; nothing here may reach the platform.
    files: ['shared/**/*.ts', 'templates/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'shared/ and templates/ import no Node module.' })),
          { name: 'electron', message: 'shared/ and templates/ import no Electron module.' },
          { name: 'react', message: 'shared/ and templates/ are UI-free.' },
          { name: 'react-dom', message: 'shared/ and templates/ are UI-free.' },
        ],
        patterns: [
          { group: ['node:*'], message: 'shared/ and templates/ import no Node module.' },
          { group: ['electron/*', '**/electron/**', '**/renderer/**'], message: 'The pure core depends on nothing above it.' },
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // Raw IPC only behind the typed wrappers (GitHub Desktop .eslintrc.yml no-restricted-imports).
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/preload/index.ts', 'electron/main/ipc/handle.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcRenderer', 'ipcMain'], message: 'Use the typed IPC wrappers.' }],
      }],
    },
  },
  {
    // Services and the CLI are plain Node: Electron stays in electron/main and electron/preload.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services are plain Node so vitest and the CLI can run them.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error',
        { object: 'window', property: 'api', message: 'Only renderer/src/api.ts touches window.api.' },
        { object: 'window', property: 'dispatchEvent', message: 'Messages between components go through renderer/src/app-messages.ts, typed.' },
      ],
      'no-restricted-syntax': ['error', ...namedExportsOnly, ...readsTheClock,
        { selector: "NewExpression[callee.name='CustomEvent']", message: 'Messages between components go through renderer/src/app-messages.ts, typed.' },
        { selector: "MemberExpression[property.value=/^cases:(save|open|create|list|save-copy)$/]", message: 'Cases are read and written through renderer/src/case-repository.ts.' },
      ],
    },
  },
  {
    files: ['renderer/src/api.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The case repository is the one place the renderer calls the case channels.
    files: ['renderer/src/case-repository.ts'],
    rules: { 'no-restricted-syntax': ['error', ...namedExportsOnly, ...readsTheClock] },
  },
);
