/**
 * Derivative-free minimisation for the maximum-likelihood fits: Nelder–Mead with the
 * standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½) as analysed by
 * Lagarias, Reeds, Wright & Wright (1998), "Convergence properties of the Nelder–Mead
 * simplex method in low dimensions", SIAM J. Optim. 9(1). Robustness comes from restarts:
 * several starting points, then fresh simplices around the best point until a restart no
 * longer improves (a stalled, collapsed simplex is the classic Nelder–Mead failure).
 */

export type Objective = (point: readonly number[]) => number;

export interface NelderMeadOptions {
  /** Edge length of the initial simplex along each axis. */
  initialStep?: number;
  maxEvaluations?: number;
  /** Converged when the simplex's values differ by at most this much… */
  valueTolerance?: number;
  /** …and its vertices lie within this distance of the best one (max-norm). */
  pointTolerance?: number;
}

export interface MinimizeResult {
  point: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

const DEFAULTS: Required<NelderMeadOptions> = {
  initialStep: 0.5,
  maxEvaluations: 4000,
  valueTolerance: 1e-9,
  pointTolerance: 1e-5,
};

/** Non-finite values (overflow, log of a negative) count as infinitely bad. */
function safe(f: Objective, x: readonly number[]): number {
  const v = f(x);
  return Number.isFinite(v) ? v : Infinity;
}

/** One Nelder–Mead run from `start`. */
export function minimizeNelderMead(f: Objective, start: readonly number[], options: NelderMeadOptions = {}): MinimizeResult {
  const o = { ...DEFAULTS, ...options };
  const dim = start.length;
  const simplex: number[][] = [start.slice()];
  for (let i = 0; i < dim; i++) {
    const vertex = start.slice();
    vertex[i] += o.initialStep;
    simplex.push(vertex);
  }
  let values = simplex.map((x) => safe(f, x));
  let evaluations = simplex.length;
  let converged = false;
  const order = (): void => {
    const idx = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const s = idx.map((i) => simplex[i]);
    values = idx.map((i) => values[i]);
    for (let i = 0; i <= dim; i++) simplex[i] = s[i];
  };
  const along = (from: number[], to: number[], t: number): number[] => from.map((v, i) => v + t * (to[i] - v));

  while (evaluations < o.maxEvaluations) {
    order();
    const best = simplex[0];
    let spread = 0;
    for (let i = 1; i <= dim; i++) for (let j = 0; j < dim; j++) spread = Math.max(spread, Math.abs(simplex[i][j] - best[j]));
    if (values[dim] - values[0] <= o.valueTolerance && spread <= o.pointTolerance) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(dim).fill(0);
    for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) centroid[j] += simplex[i][j] / dim;
    const worst = simplex[dim];
    const reflected = along(centroid, worst, -1);
    const fr = safe(f, reflected);
    evaluations++;
    if (fr < values[0]) {
      const expanded = along(centroid, worst, -2);
      const fe = safe(f, expanded);
      evaluations++;
      if (fe < fr) [simplex[dim], values[dim]] = [expanded, fe];
      else [simplex[dim], values[dim]] = [reflected, fr];
      continue;
    }
    if (fr < values[dim - 1]) {
      [simplex[dim], values[dim]] = [reflected, fr];
      continue;
    }
    // Contract: outside when the reflection beat the worst vertex, inside otherwise.
    const outside = fr < values[dim];
    const contracted = outside ? along(centroid, reflected, 0.5) : along(centroid, worst, 0.5);
    const fc = safe(f, contracted);
    evaluations++;
    if (fc < (outside ? fr : values[dim])) {
      [simplex[dim], values[dim]] = [contracted, fc];
      continue;
    }
    for (let i = 1; i <= dim; i++) {
      simplex[i] = along(best, simplex[i], 0.5);
      values[i] = safe(f, simplex[i]);
    }
    evaluations += dim;
  }
  order();
  return { point: simplex[0], value: values[0], evaluations, converged };
}

export interface RestartOptions extends NelderMeadOptions {
  /** Fresh simplices around the best point, at most this many. */
  maxPolishRounds?: number;
  /** Edge of the first polishing simplex (default: half the initial step). */
  polishStep?: number;
}

/**
 * Best of Nelder–Mead runs from every start, then polished by restarting around the best
 * point until a restart improves the value by less than the value tolerance.
 */
export function minimizeWithRestarts(f: Objective, starts: readonly (readonly number[])[], options: RestartOptions = {}): MinimizeResult {
  const tolerance = options.valueTolerance ?? DEFAULTS.valueTolerance;
  let best: MinimizeResult | null = null;
  let evaluations = 0;
  for (const start of starts) {
    const run = minimizeNelderMead(f, start, options);
    evaluations += run.evaluations;
    if (!best || run.value < best.value) best = run;
  }
  if (!best) throw new RangeError('minimizeWithRestarts requires at least one starting point');
  const rounds = options.maxPolishRounds ?? 5;
  for (let round = 0; round < rounds; round++) {
    const step = (options.polishStep ?? (options.initialStep ?? DEFAULTS.initialStep) / 2) / (round + 1);
    const run = minimizeNelderMead(f, best.point, { ...options, initialStep: step });
    evaluations += run.evaluations;
    const improvement = best.value - run.value;
    if (run.value < best.value) best = run;
    if (!(improvement > tolerance)) break;
  }
  return { ...best, evaluations };
}

/**
 * Restarts on the cheapest objective (the likelihood of a small subsample), then polishes of
 * the best point on ever larger data, the last being the full objective: the subsample
 * finds the basin, each larger stage starts within its sampling error of the optimum and so
 * needs few evaluations of the expensive full-data likelihood. Only the last stage is
 * converged to the requested tolerances; earlier stages stop once their point is good to
 * 1e-3, far below the sampling error that separates them from the next stage.
 * `stages` runs from cheapest to full; with one stage this is minimizeWithRestarts.
 */
export function minimizeStaged(stages: readonly Objective[], starts: readonly (readonly number[])[], options: RestartOptions = {}): MinimizeResult {
  if (stages.length === 0) throw new RangeError('minimizeStaged requires at least one objective');
  const last = stages.length - 1;
  const rough: RestartOptions = { ...options, pointTolerance: 1e-3, valueTolerance: 1e-6, maxPolishRounds: 1 };
  let best = minimizeWithRestarts(stages[0], starts, last === 0 ? options : rough);
  let evaluations = best.evaluations;
  for (let s = 1; s <= last; s++) {
    const pointTolerance = s === last ? options.pointTolerance ?? DEFAULTS.pointTolerance : 1e-3;
    const stageOptions = s === last ? options : rough;
    best = minimizeWithRestarts(stages[s], [best.point], { ...stageOptions, initialStep: s === last ? 0.01 : 0.03, maxPolishRounds: 1, polishStep: pointTolerance * 10 });
    evaluations += best.evaluations;
  }
  return { ...best, evaluations };
}
