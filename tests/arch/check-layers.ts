// `npm run lint` runs this: it fails on an import against the order of layers (tests/arch/layers.ts)
// and on any cycle between folders. `--graph` prints the folder graph (for notes and reviews).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderCycles, folderGraph, folderOf, importGraph } from './import-graph.ts';
import { describeCycles, layerProblems } from './layers.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const edges = importGraph(root, ['shared', 'templates', 'renderer/src', 'electron']);
const folders = folderGraph(edges);
if (process.argv.includes('--graph')) {
  for (const e of folders) console.log(`${e.from} -> ${e.to} (${e.count})`);
}
const problems = [
  ...describeCycles(folderCycles(folders), folders),
  ...layerProblems(edges, folderOf).map((p) => p.message),
];
if (problems.length > 0) {
  console.error(`Layers: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Layers: ${edges.length} imports between ${new Set(edges.map((e) => folderOf(e.from))).size} folders, no cycle, none against the order.`);
