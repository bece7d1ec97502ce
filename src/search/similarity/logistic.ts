/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS). With ~25 standardised
 * features the Hessian is tiny, Newton converges in a handful of exact, deterministic steps
 * (no learning rate or epoch count to tune), and per-sample weights let the trainer balance the
 * MEDIQA pairs against the constructed hard pairs.
 */

export interface LogisticModel {
  /** Standardisation applied before the dot product (training-set mean and deviation). */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export function predict(m: LogisticModel, x: readonly number[]): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += (m.weights[j] ?? 0) * (((x[j] ?? 0) - (m.mean[j] ?? 0)) / (m.scale[j] ?? 1));
  return 1 / (1 + Math.exp(-z));
}

/** Solves A x = b for symmetric positive definite A (Cholesky); A is n × n row-major. */
function solve(a: number[], b: number[], n: number): number[] {
  const l = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / (l[j * n + j] ?? 1);
    }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (l[i * n + k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (l[i * n + i] ?? 1);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (l[i * n + i] ?? 1);
  }
  return x;
}

export function fitLogistic(xs: readonly number[][], ys: readonly number[], sampleWeights: readonly number[], l2: number): LogisticModel {
  const d = xs[0]?.length ?? 0;
  const totalW = sampleWeights.reduce((s, w) => s + w, 0) || 1;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  xs.forEach((x, i) => x.forEach((v, j) => (mean[j] = (mean[j] ?? 0) + ((sampleWeights[i] ?? 0) * v) / totalW)));
  xs.forEach((x, i) => x.forEach((v, j) => (scale[j] = (scale[j] ?? 0) + ((sampleWeights[i] ?? 0) * (v - (mean[j] ?? 0)) ** 2) / totalW)));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] ?? 0) || 1;
  const z = xs.map((x) => [1, ...x.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1))]);
  const n = d + 1;
  let w = new Array<number>(n).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Array<number>(n).fill(0);
    const hess = new Array<number>(n * n).fill(0);
    z.forEach((zi, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) s += (w[j] ?? 0) * (zi[j] ?? 0);
      const p = 1 / (1 + Math.exp(-s));
      const sw = (sampleWeights[i] ?? 0) / totalW;
      const r = sw * (p - (ys[i] ?? 0));
      const h = sw * p * (1 - p);
      for (let j = 0; j < n; j++) {
        grad[j] = (grad[j] ?? 0) + r * (zi[j] ?? 0);
        for (let k = 0; k <= j; k++) hess[j * n + k] = (hess[j * n + k] ?? 0) + h * (zi[j] ?? 0) * (zi[k] ?? 0);
      }
    });
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < j; k++) hess[k * n + j] = hess[j * n + k] ?? 0;
      if (j > 0) {
        // The bias is not penalised.
        grad[j] = (grad[j] ?? 0) + l2 * (w[j] ?? 0);
        hess[j * n + j] = (hess[j * n + j] ?? 0) + l2;
      }
      hess[j * n + j] = (hess[j * n + j] ?? 0) + 1e-9;
    }
    const step = solve(hess, grad, n);
    w = w.map((v, j) => v - (step[j] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { mean, scale, weights: w.slice(1), bias: w[0] ?? 0 };
}
