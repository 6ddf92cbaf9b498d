// The import graph of the source tree, at file and at folder level, read with the TypeScript
// parser (so `import type` is told apart from a value import). Used by the layer check that
// `npm run lint` runs (tests/arch/check-layers.ts) and by its unit test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  readonly from: string; // repo-relative file, forward slashes
  readonly to: string; // repo-relative file it resolves to
  readonly typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(['node_modules', 'out', 'dist', 'release', '.tools', '.tmp', 'test-results']);

export function listSources(root: string, dirs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(toPosix(relative(root, path)));
    }
  };
  for (const d of dirs) walk(join(root, d));
  return files.sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every relative import and re-export of one file, with whether it is type-only. */
export function importsOf(root: string, file: string, known: ReadonlySet<string>): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: ImportEdge[] = [];
  const add = (spec: string, typeOnly: boolean): void => {
    if (!spec.startsWith('.')) return;
    const target = resolveSpecifier(root, file, spec, known);
    if (target !== null) edges.push({ from: file, to: target, typeOnly });
  };
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || allNamedTypeOnly(clause));
      add(st.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      add(st.moduleSpecifier.text, st.isTypeOnly);
    }
  }
  // Dynamic import('…') of a relative module is a dependency too (workers, lazy screens).
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

function allNamedTypeOnly(clause: ts.ImportClause): boolean {
  if (clause.name) return false;
  const named = clause.namedBindings;
  if (!named || !ts.isNamedImports(named)) return false;
  return named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function resolveSpecifier(root: string, file: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = toPosix(relative(root, resolve(root, dirname(file), spec)));
  const stem = base.replace(/\.(js|ts|tsx)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

export function importGraph(root: string, dirs: readonly string[]): ImportEdge[] {
  const files = listSources(root, dirs);
  const known = new Set(files);
  return files.flatMap((f) => importsOf(root, f, known));
}

/** The folder a file belongs to for the layer rules: the first two path segments (shared/analysis). */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0] ?? file;
}

export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly example: ImportEdge;
}

export function folderGraph(edges: readonly ImportEdge[]): FolderEdge[] {
  const map = new Map<string, { count: number; example: ImportEdge }>();
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    const seen = map.get(key);
    if (seen) seen.count += 1;
    else map.set(key, { count: 1, example: e });
  }
  return [...map.entries()]
    .map(([key, v]) => {
      const [from = '', to = ''] = key.split('\u0000');
      return { from, to, count: v.count, example: v.example };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Strongly connected components with more than one folder (Tarjan): each one is a cycle. */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) strong(v);
  return out;
}
