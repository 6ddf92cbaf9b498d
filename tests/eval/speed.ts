/**
 * `node tests/eval/speed.ts`: how fast the reply analyser is, against its targets (a 2,000-word
 * text in under 20 ms, cold first call included; 50,000 words in under 500 ms, growing linearly;
 * 1 MB of random text returns).
 *
 * Texts are built from the labelled corpus: a question with its reply, the reply's paragraphs
 * repeated (as long annexures and statements are) until the word count is reached. The cold figure
 * is the first call in a fresh Node process, after the module has loaded. Each figure is the
 * median of several runs, in wall time and in CPU time of this process (CPU time is steadier on a
 * machine shared with other work). Corpus directory: $UNANSWERED_CORPUS, else ../shared/corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../shared/analysis/analyze.ts';

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), '..', '..');
const corpus = process.env['UNANSWERED_CORPUS'] ?? resolve(repoRoot, '..', 'shared', 'corpus');
const sample = join(corpus, 'texts', 'q026.txt');
if (!existsSync(sample)) {
  console.error(`Corpus text not found: ${sample} (set UNANSWERED_CORPUS to the corpus directory).`);
  process.exit(2);
}

const countWords = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;

/** The corpus text grown to `words` words by repeating its reply body. */
function textOf(words: number): string {
  const base = readFileSync(sample, 'utf8');
  const body = base.slice(Math.max(0, base.indexOf('\n(a) and (b):')));
  const parts = [base];
  let n = countWords(base);
  const step = countWords(body);
  while (n < words) {
    parts.push(body);
    n += step;
  }
  return parts.join('\n');
}

function randomText(chars: number): string {
  let seed = 7;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ()\n.:;,-0123456789*#|';
  const out: string[] = [];
  for (let k = 0; k < chars; k++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out.push(alphabet[seed % alphabet.length] ?? ' ');
  }
  return out.join('');
}

type Timing = { readonly wall: number; readonly cpu: number };

function time(text: string): Timing {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  analyze({ kind: 'combined', text });
  const wall = performance.now() - w0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const fmt = (t: Timing): string => `${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU`;

const words = Number(process.argv.find((a) => a.startsWith('--words='))?.slice(8) ?? '2000');
if (process.argv.includes('--cold-child')) {
  // One first call in this fresh process; the parent collects the figure.
  console.log(JSON.stringify(time(textOf(words))));
  process.exit(0);
}

const colds: Timing[] = [];
for (let k = 0; k < 5; k++) {
  const out = execFileSync(process.execPath, [here, '--cold-child', `--words=${words}`], { encoding: 'utf8' });
  colds.push(JSON.parse(out) as Timing);
}
const cold = { wall: median(colds.map((t) => t.wall)), cpu: median(colds.map((t) => t.cpu)) };

const text2k = textOf(2000);
for (let k = 0; k < 5; k++) time(text2k);
const warmRuns = Array.from({ length: 15 }, () => time(text2k));
const warm = { wall: median(warmRuns.map((t) => t.wall)), cpu: median(warmRuns.map((t) => t.cpu)) };

const sizes = [10_000, 25_000, 50_000];
const big = sizes.map((n) => {
  const t = textOf(n);
  const runs = Array.from({ length: 3 }, () => time(t));
  return { n: countWords(t), t: { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) } };
});
const random = time(randomText(1_000_000));

console.log(`2,000 words (${countWords(text2k)}), cold first call: ${fmt(cold)}   target < 20 ms`);
console.log(`2,000 words, warm:                      ${fmt(warm)}   target < 20 ms`);
for (const b of big) console.log(`${String(b.n).padStart(6)} words:                          ${fmt(b.t)}${b.n >= 50_000 ? '   target < 500 ms' : ''}`);
const first = big[0];
const last = big[big.length - 1];
if (first && last) {
  const perWord = (x: { n: number; t: Timing }): number => x.t.cpu / x.n;
  console.log(`Growth: CPU per word at ${last.n} words is ${(perWord(last) / perWord(first)).toFixed(2)}x that at ${first.n} (1.0 = linear)`);
}
console.log(`1 MB of random text:                    ${fmt(random)}`);
