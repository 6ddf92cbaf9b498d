import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { observe } from '../../../../shared/analysis/analyze.ts';
import { FEATURE_NAMES, type Features } from '../../../../shared/analysis/features.ts';
import { predictVerdict } from '../../../../shared/analysis/verdict-model.ts';
import { yardstickRule, YARDSTICK_RULES } from '../../../../shared/analysis/yardstick-rules.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';
import { VERDICT_MODEL } from '../../../../templates/models/verdict-model.ts';

const zero = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<(typeof FEATURE_NAMES)[number], number>;
const features = (over: Partial<Features>): Features => ({ ...zero, ...over });

describe('verdict model', () => {
  it('is data over exactly the features the analyser reads', () => {
    expect(VERDICT_MODEL.featureNames).toEqual(FEATURE_NAMES);
    expect(VERDICT_MODEL.weights).toHaveLength(VERDICT_MODEL.classes.length);
    for (const w of VERDICT_MODEL.weights) expect(w).toHaveLength(FEATURE_NAMES.length);
  });

  it('records the corpus it was fitted on, and that corpus is the one beside the checkout', () => {
    // The shared corpus's labels, then the project's own (tests/eval/corpus), as train.ts hashes them.
    const labels = resolve(process.env['UNANSWERED_CORPUS'] ?? resolve(import.meta.dirname, '../../../../../shared/corpus'), 'labels.json');
    if (!existsSync(labels)) return;
    const added = resolve(import.meta.dirname, '../../../eval/corpus/labels.json');
    const sha = [labels, added].reduce((h, f) => h.update(readFileSync(f)), createHash('sha256')).digest('hex');
    expect(VERDICT_MODEL.fittedOn.labelsSha256, 'a labels.json changed: run npm run train').toBe(sha);
  });

  it('gives probabilities that sum to one and a confidence that is the chosen group\'s', () => {
    const v = predictVerdict(VERDICT_MODEL, features({ exclusive: 1, coverage: 0.8, figures: 1 }));
    const total = Object.values(v.probabilities).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(v.confidence).toBeGreaterThanOrEqual(1 / 3);
    expect(v.confidence).toBeLessThanOrEqual(1);
  });

  it('never throws, even on features that are not numbers', () => {
    const v = predictVerdict(VERDICT_MODEL, features({ coverage: Number.NaN, passage_words: Number.POSITIVE_INFINITY }));
    expect(v.status).toBeTypeOf('string');
  });

  it('lets the yardstick decide a conditional part answered the other way', () => {
    const rule = yardstickRule(features({ rule_not_applicable: 1 }));
    expect(rule?.status).toBe('not_applicable');
    for (const r of YARDSTICK_RULES) expect(r.source).toMatch(/reply-analysis\.md/);
  });
});

describe('analyze: confidence', () => {
  it('gives every verdict a confidence, and marks the unsure ones "check this"', () => {
    const { output, observations } = observe({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });
    expect(output.parts).toHaveLength(4);
    for (const [i, p] of output.parts.entries()) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.needsCheck).toBe((p.confidence ?? 0) < VERDICT_MODEL.checkBelow);
      for (const n of FEATURE_NAMES) {
        const x = observations[i]?.features[n] ?? Number.NaN;
        expect(x, n).toBeGreaterThanOrEqual(0);
        expect(x, n).toBeLessThanOrEqual(1);
      }
    }
  });

  it('takes the corpus texts without a feature outside [0, 1]', () => {
    const dir = resolve(import.meta.dirname, '../../../../../shared/corpus/texts');
    if (!existsSync(dir)) return;
    for (const f of ['q001.txt', 'q073.txt', 'q135.txt']) {
      if (!existsSync(join(dir, f))) continue;
      for (const o of observe({ kind: 'combined', text: readFileSync(join(dir, f), 'utf8') }).observations) {
        for (const n of FEATURE_NAMES) expect(o.features[n], `${f} ${o.label} ${n}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
