/**
 * Least squares with a ridge penalty where some coefficients must be ≥ 0 (media effects
 * never negative) and the rest are free (intercept, trend, seasonality, controls), solved
 * exactly by the active-set method of Lawson & Hanson ("Solving Least Squares Problems",
 * 1974, ch. 23, NNLS), here on the normal equations: minimise ½·bᵀGb − cᵀb subject to
 * b_j ≥ 0 for the constrained j. G = XᵀWX + penalty is small (one row per column), so
 * each step is a Cholesky solve on the passive set. The answer is the unique KKT point
 * (G positive definite), independent of the order of operations: deterministic.
 */

/** Solves A·x = b for the symmetric positive definite A (row-major, size n) by Cholesky. */
export function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        // A ridge keeps G positive definite; a tiny floor guards columns that are all zero.
        l[i * n + i] = Math.sqrt(Math.max(sum, 1e-12 * Math.max(1, Math.abs(a[i * n + i]))));
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
    y[i] = sum / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
    x[i] = sum / l[i * n + i];
  }
  return x;
}

/** The unconstrained minimiser restricted to the passive set (other coefficients 0). */
function solvePassive(g: Float64Array, c: Float64Array, p: number, passive: Uint8Array): Float64Array {
  const index: number[] = [];
  for (let j = 0; j < p; j++) if (passive[j]) index.push(j);
  const m = index.length;
  const sub = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    rhs[a] = c[index[a]];
    for (let b = 0; b < m; b++) sub[a * m + b] = g[index[a] * p + index[b]];
  }
  const solved = choleskySolve(sub, rhs, m);
  const out = new Float64Array(p);
  for (let a = 0; a < m; a++) out[index[a]] = solved[a];
  return out;
}

/**
 * argmin ½·bᵀGb − cᵀb with b_j ≥ 0 where `nonNegative[j]` (Lawson–Hanson active set).
 * @param g symmetric positive definite, row-major p × p
 */
export function solvePartlyNonNegative(g: Float64Array, c: Float64Array, p: number, nonNegative: Uint8Array): Float64Array {
  const passive = new Uint8Array(p);
  for (let j = 0; j < p; j++) passive[j] = nonNegative[j] ? 0 : 1;
  let x = solvePassive(g, c, p, passive);
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(c[j]));
  const tol = 1e-11 * Math.max(scale, 1e-300);
  for (let iteration = 0; iteration < 4 * p + 10; iteration++) {
    // Negative gradient; a constrained zero with a positive one would lower the objective.
    let best = -1;
    let bestValue = tol;
    for (let j = 0; j < p; j++) {
      if (!nonNegative[j] || passive[j]) continue;
      let w = c[j];
      for (let k = 0; k < p; k++) w -= g[j * p + k] * x[k];
      if (w > bestValue) {
        bestValue = w;
        best = j;
      }
    }
    if (best < 0) break;
    passive[best] = 1;
    for (let inner = 0; inner <= p; inner++) {
      const s = solvePassive(g, c, p, passive);
      let alpha = Infinity;
      for (let j = 0; j < p; j++) {
        if (nonNegative[j] && passive[j] && s[j] <= 0) alpha = Math.min(alpha, x[j] / (x[j] - s[j]));
      }
      if (alpha === Infinity) {
        x = s;
        break;
      }
      for (let j = 0; j < p; j++) x[j] += alpha * (s[j] - x[j]);
      for (let j = 0; j < p; j++) {
        if (nonNegative[j] && passive[j] && x[j] <= 1e-15) {
          passive[j] = 0;
          x[j] = 0;
        }
      }
    }
  }
  for (let j = 0; j < p; j++) if (nonNegative[j] && x[j] < 0) x[j] = 0;
  return x;
}
