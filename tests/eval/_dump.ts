import { writeFileSync } from 'node:fs';
import { loadCorpus } from './corpus.ts';
import { FEATURE_NAMES } from '../../shared/analysis/features.ts';
import { observe } from '../../shared/analysis/analyze.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const c = loadCorpus()!;
const texts = new Map<string, string[]>();
for (const t of c.texts) {
  const o = observe({ kind: 'combined', text: readFileSync(join(c.dir, 'texts', t.file), 'utf8') });
  texts.set(t.file, o.output.question.parts.map((p) => p.text));
}
writeFileSync('/work/scratch/feat.json', JSON.stringify({ names: FEATURE_NAMES, parts: c.parts.map((p) => ({ file: p.file, source: p.source, ministry: p.ministry, label: p.label, status: p.status, reason: p.reason, x: p.x, rule: p.observation?.rule.status ?? null, ruleReason: p.observation?.rule.reason ?? null, part: texts.get(p.file)?.[p.label.charCodeAt(0) - 97] ?? null })) }));
