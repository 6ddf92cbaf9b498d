import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderGraph, folderOf, importGraph, type ImportEdge } from '../../arch/import-graph.ts';
import { layerProblems } from '../../arch/layers.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly });

describe('the folder graph', () => {
  it('finds a cycle through three folders, and none in a chain', () => {
    const loop = folderGraph([edge('shared/a/x.ts', 'shared/b/y.ts'), edge('shared/b/y.ts', 'shared/c/z.ts'), edge('shared/c/z.ts', 'shared/a/w.ts')]);
    expect(folderCycles(loop)).toEqual([['shared/a', 'shared/b', 'shared/c']]);
    const chain = folderGraph([edge('shared/a/x.ts', 'shared/b/y.ts'), edge('shared/b/y.ts', 'shared/c/z.ts')]);
    expect(folderCycles(chain)).toEqual([]);
  });

  it('reads type-only imports apart from value imports', () => {
    const edges = importGraph(root, ['templates/models']);
    const shape = edges.find((e) => e.from === 'templates/models/verdict-model.ts' && e.to === 'templates/models/model-shape.ts');
    expect(shape?.typeOnly).toBe(true);
  });
});

describe('the order of layers', () => {
  it('refuses an import up the order, a value import into data, and the renderer reaching templates/', () => {
    const problems = layerProblems([
      edge('shared/domain/case.ts', 'shared/analysis/analyze.ts'),
      edge('templates/rules/x.ts', 'shared/domain/case.ts'),
      edge('templates/rules/y.ts', 'shared/domain/case.ts', true),
      edge('templates/rules/z.ts', 'shared/lib/result.ts'),
      edge('renderer/src/screens/a.tsx', 'templates/rules/x.ts'),
      edge('shared/analysis/judge.ts', 'shared/domain/case.ts'),
    ], folderOf).map((p) => p.message);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/shared\/domain\/case.ts \(domain\) imports shared\/analysis\/analyze.ts \(engines\)/);
    expect(problems[1]).toMatch(/types only/);
    expect(problems[2]).toMatch(/renderer reaches templates\/ only through shared\/workflows/);
  });

  it('names a folder that no layer holds', () => {
    expect(layerProblems([edge('shared/new-thing/a.ts', 'shared/lib/result.ts')], folderOf).map((p) => p.message)).toEqual([expect.stringMatching(/shared\/new-thing is in no layer/)]);
  });

  it('holds on the tree as it is: no folder cycle and no import against the order', () => {
    const edges = importGraph(root, ['shared', 'templates', 'renderer/src', 'electron']);
    expect(folderCycles(folderGraph(edges))).toEqual([]);
    expect(layerProblems(edges, folderOf)).toEqual([]);
  });
});
