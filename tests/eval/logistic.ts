/**
 * Multinomial logistic regression, fitted by full-batch gradient descent with L2 on the weights
 * (not the biases). Deterministic: zero start, a fixed number of steps, inputs in a fixed order,
 * so the same corpus always gives the same weights. Small and interpretable: one weight per
 * feature and status, read as "how much this fact moves the verdict towards this status".
 */
export type Sample = { readonly x: readonly number[]; readonly y: number; readonly weight?: number };

export type LogisticModel = {
  /** weights[c][k]: class c, feature k. */
  readonly weights: number[][];
  readonly bias: number[];
};

export type FitOptions = {
  readonly classes: number;
  /** L2 strength per sample. */
  readonly l2: number;
  readonly steps?: number;
  readonly rate?: number;
};

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function probabilities(model: LogisticModel, x: readonly number[]): number[] {
  return softmax(model.weights.map((w, c) => w.reduce((acc, wk, k) => acc + wk * (x[k] ?? 0), model.bias[c] ?? 0)));
}

export function fitLogistic(samples: readonly Sample[], opts: FitOptions): LogisticModel {
  const K = samples[0]?.x.length ?? 0;
  const C = opts.classes;
  const W = Array.from({ length: C }, () => new Array<number>(K).fill(0));
  const b = new Array<number>(C).fill(0);
  // Adam keeps the step size sensible for every feature scale without tuning a rate per corpus.
  const mW = W.map((r) => r.map(() => 0));
  const vW = W.map((r) => r.map(() => 0));
  const mb = b.map(() => 0);
  const vb = b.map(() => 0);
  const steps = opts.steps ?? 800;
  const rate = opts.rate ?? 0.05;
  const totalWeight = samples.reduce((a, s) => a + (s.weight ?? 1), 0);
  for (let t = 1; t <= steps; t++) {
    const gW = W.map((r) => r.map(() => 0));
    const gb = b.map(() => 0);
    for (const s of samples) {
      const p = probabilities({ weights: W, bias: b }, s.x);
      const sw = (s.weight ?? 1) / totalWeight;
      for (let c = 0; c < C; c++) {
        const err = ((p[c] ?? 0) - (c === s.y ? 1 : 0)) * sw;
        gb[c] = (gb[c] ?? 0) + err;
        const row = gW[c] ?? [];
        for (let k = 0; k < K; k++) row[k] = (row[k] ?? 0) + err * (s.x[k] ?? 0);
      }
    }
    for (let c = 0; c < C; c++) {
      const row = W[c] ?? [];
      const g = gW[c] ?? [];
      const m = mW[c] ?? [];
      const v = vW[c] ?? [];
      for (let k = 0; k < K; k++) {
        const grad = (g[k] ?? 0) + opts.l2 * (row[k] ?? 0);
        m[k] = 0.9 * (m[k] ?? 0) + 0.1 * grad;
        v[k] = 0.999 * (v[k] ?? 0) + 0.001 * grad * grad;
        const mh = (m[k] ?? 0) / (1 - 0.9 ** t);
        const vh = (v[k] ?? 0) / (1 - 0.999 ** t);
        row[k] = (row[k] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
      }
      const grad = gb[c] ?? 0;
      mb[c] = 0.9 * (mb[c] ?? 0) + 0.1 * grad;
      vb[c] = 0.999 * (vb[c] ?? 0) + 0.001 * grad * grad;
      b[c] = (b[c] ?? 0) - (rate * ((mb[c] ?? 0) / (1 - 0.9 ** t))) / (Math.sqrt((vb[c] ?? 0) / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return { weights: W, bias: b };
}
