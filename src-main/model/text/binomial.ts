/**
 * P(X ≥ k) for X ~ Binomial(n, p), summed exactly in log space (terms from the log of
 * the binomial coefficient via the log-gamma of Lanczos, g = 7, n = 9 coefficients).
 */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logNFact = logGamma(n + 1);
  let total = 0;
  for (let i = k; i <= n; i++) {
    const term = logNFact - logGamma(i + 1) - logGamma(n - i + 1) + i * logP + (n - i) * logQ;
    total += Math.exp(term);
    if (i > n * p && term < -40) break; // the remaining terms shrink geometrically
  }
  return Math.min(1, total);
}
