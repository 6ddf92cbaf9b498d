/**
 * The labelled corpus read once: each labelled part with its source group, its ministry, its
 * label and the analyser's features for it. Two folders of the same shape (labels.json, texts/,
 * sources.tsv): the shared corpus (../shared/corpus, or $UNANSWERED_CORPUS), and the texts this
 * project added (tests/eval/corpus, labelled twice independently and adjudicated; its README).
 *
 * Source groups follow the origin named in sources.tsv: texts from one origin share extraction
 * debris, a House, a year and often a ministry, so cross-validation keeps each origin whole.
 * The four single texts from other origins form one group of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { observe, type PartObservation } from '../../shared/analysis/analyze.ts';
import type { PartStatus } from '../../shared/domain/part-status.ts';
import { PartStatusSchema } from '../../shared/domain/part-status-schema.ts';
import { featureVector } from '../../shared/analysis/features.ts';

const LabelsSchema = z.record(z.string(), z.object({
  parts: z.array(z.object({ label: z.string(), status: PartStatusSchema, reason: z.string() })),
}));

export type CorpusPart = {
  readonly file: string;
  /** True for a text this project added (tests/eval/corpus), false for the shared corpus. */
  readonly added: boolean;
  readonly source: string;
  readonly ministry: string;
  readonly label: string;
  readonly status: PartStatus;
  readonly reason: string;
  /** Null when the analyser did not find this part in the question. */
  readonly observation: PartObservation | null;
  readonly x: readonly number[] | null;
};

export type CorpusText = {
  readonly file: string;
  /** The text's full path. */
  readonly path: string;
  readonly added: boolean;
  readonly source: string;
  readonly labelsWanted: string;
  readonly labelsGot: string;
};

export type Corpus = { readonly dirs: readonly string[]; readonly parts: readonly CorpusPart[]; readonly texts: readonly CorpusText[]; readonly missing: readonly string[] };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = process.env['UNANSWERED_CORPUS'] ?? resolve(repoRoot, '..', 'shared', 'corpus');
export const ADDED_CORPUS_DIR = resolve(repoRoot, 'tests', 'eval', 'corpus');

/** The origin a text came from, read from its SOURCE field. */
export function sourceGroup(sourceField: string): string {
  if (/livelifelively\/pipeline\.loksabha-qna/i.test(sourceField)) return 'LS 2025, PDF to Markdown';
  if (/Vidura|rajyasabha_questions_and_answers/i.test(sourceField)) return 'RS 2009, CSV run-in';
  if (/LokSabha-RAG-QA-System/i.test(sourceField)) return 'LS 2021, pdftotext -layout';
  return 'other single texts';
}

export function ministryKey(field: string): string {
  return field.replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim().toUpperCase()
    .replace(/^AGRICULTURE$/, 'AGRICULTURE AND FARMERS WELFARE') || 'UNKNOWN';
}

function readSources(dir: string): Map<string, { source: string; ministry: string }> {
  const out = new Map<string, { source: string; ministry: string }>();
  const path = join(dir, 'sources.tsv');
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [file, field = ''] = line.split('\t');
    if (!file) continue;
    const src = /SOURCE:\s*([^|]*)/.exec(field)?.[1] ?? field;
    const ministry = /MINISTRY:\s*([^|]*)/.exec(field)?.[1] ?? 'UNKNOWN';
    out.set(file.trim(), { source: sourceGroup(src), ministry: ministryKey(ministry) });
  }
  return out;
}

/** The shared corpus and the added one; null when the shared corpus is missing. */
export function loadCorpus(dir = CORPUS_DIR, addedDir: string | null = ADDED_CORPUS_DIR): Corpus | null {
  const shared = loadFolder(dir, false);
  if (shared === null) return null;
  const added = addedDir === null ? null : loadFolder(addedDir, true);
  if (added === null) return shared;
  return { dirs: [...shared.dirs, ...added.dirs], parts: [...shared.parts, ...added.parts], texts: [...shared.texts, ...added.texts], missing: [...shared.missing, ...added.missing] };
}

function loadFolder(dir: string, added: boolean): Corpus | null {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) return null;
  const labels = LabelsSchema.parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
  const sources = readSources(dir);
  const parts: CorpusPart[] = [];
  const texts: CorpusText[] = [];
  const missing: string[] = [];
  for (const [file, expected] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir, 'texts', file);
    if (!existsSync(path)) {
      missing.push(file);
      continue;
    }
    const { source, ministry } = sources.get(file) ?? { source: 'other single texts', ministry: 'UNKNOWN' };
    const { observations } = observe({ kind: 'combined', text: readFileSync(path, 'utf8') });
    texts.push({ file, path, added, source, labelsWanted: expected.parts.map((p) => p.label).join(','), labelsGot: observations.map((o) => o.label).join(',') });
    for (const e of expected.parts) {
      const observation = observations.find((o) => o.label === e.label) ?? null;
      parts.push({ file, added, source, ministry, label: e.label, status: e.status, reason: e.reason, observation, x: observation ? featureVector(observation.features) : null });
    }
  }
  return { dirs: [dir], parts, texts, missing };
}
