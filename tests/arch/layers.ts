// The order of layers (README, "Layout"). A folder may import from its own layer and the ones
// below it, never from above; the data layer imports the layers below it for types only. `npm run
// lint` runs tests/arch/check-layers.ts, which fails on any import against this order and on any
// cycle between folders.
import type { FolderEdge, ImportEdge } from './import-graph.ts';

export type Layer = {
  readonly name: string;
  readonly folders: readonly string[];
  /** Imports from lower layers, lib apart, must be `import type` (data declares shapes, never behaviour). */
  readonly typeOnlyBelow?: boolean;
};

export const LAYERS: readonly Layer[] = [
  { name: 'lib', folders: ['shared/lib', 'shared/security'] },
  { name: 'domain', folders: ['shared/domain', 'shared/messages'] },
  { name: 'data', folders: ['templates/rules', 'templates/phrases', 'templates/authorities', 'templates/deadlines', 'templates/models'], typeOnlyBelow: true },
  { name: 'engines', folders: ['shared/analysis', 'shared/deadlines', 'shared/lint', 'shared/drafting', 'shared/import'] },
  { name: 'documents', folders: ['shared/documents', 'templates/documents'] },
  { name: 'features', folders: ['shared/filings', 'shared/calendar', 'shared/search', 'shared/digest', 'shared/example', 'shared/workflows'] },
  { name: 'contract', folders: ['shared/ipc'] },
  { name: 'app', folders: ['electron/services', 'electron/cli', 'electron/main', 'electron/preload', 'renderer/src'] },
];

export function layerOf(folder: string): number {
  const i = LAYERS.findIndex((l) => l.folders.includes(folder));
  return i;
}

export type LayerProblem = { readonly message: string };

/**
 * Imports that go up the order, data importing values from below, a folder no layer names, and
 * the renderer reaching into templates/ (it calls shared/workflows instead).
 */
export function layerProblems(edges: readonly ImportEdge[], folderOf: (file: string) => string): LayerProblem[] {
  const problems: LayerProblem[] = [];
  const unknown = new Set<string>();
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    if (from === to) continue;
    const a = layerOf(from);
    const b = layerOf(to);
    if (a < 0) unknown.add(from);
    if (b < 0) unknown.add(to);
    if (a < 0 || b < 0) continue;
    const layer = LAYERS[a];
    if (b > a) problems.push({ message: `${e.from} (${layer?.name}) imports ${e.to} (${LAYERS[b]?.name}), a layer above it.` });
    else if (b < a && b > 0 && layer?.typeOnlyBelow && !e.typeOnly) problems.push({ message: `${e.from} (${layer.name}) imports a value from ${e.to}: data imports the layers below it for types only.` });
    if (from.startsWith('renderer/') && to.startsWith('templates/')) problems.push({ message: `${e.from} imports ${e.to}: the renderer reaches templates/ only through shared/workflows.` });
  }
  for (const f of [...unknown].sort()) problems.push({ message: `The folder ${f} is in no layer: add it to LAYERS in tests/arch/layers.ts.` });
  return problems;
}

export function describeCycles(cycles: readonly string[][], edges: readonly FolderEdge[]): string[] {
  return cycles.map((c) => {
    const inside = edges.filter((e) => c.includes(e.from) && c.includes(e.to));
    return `Cycle between ${c.join(', ')}:\n${inside.map((e) => `  ${e.from} -> ${e.to} (${e.count}, e.g. ${e.example.from})`).join('\n')}`;
  });
}
