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

/** An objective that also writes its gradient at `point` into `gradient`. */
export type ObjectiveWithGradient = (point: readonly number[], gradient: number[]) => number;

export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when every component of the gradient is at most this in absolute value. */
  gradientTolerance?: number;
  /** Longest step along any axis (the fits work in log-parameters: e-fold changes at most). */
  maxStep?: number;
}

const BFGS_DEFAULTS: Required<BfgsOptions> = { maxIterations: 200, gradientTolerance: 1e-9, maxStep: 1 };

const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((s, ui, i) => s + ui * v[i], 0);
const maxAbs = (u: readonly number[]): number => u.reduce((m, ui) => Math.max(m, Math.abs(ui)), 0);

/**
 * Quasi-Newton minimisation with analytic gradients: BFGS with the inverse-Hessian update,
 * the first-step scaling sᵀy/yᵀy of the identity and a backtracking Armijo line search
 * (Nocedal & Wright 2006, "Numerical Optimization", Algorithm 6.1 and eq. 6.20). From a
 * point near the optimum it needs tens of evaluations where Nelder–Mead needs hundreds;
 * non-finite values count as infinitely bad, so the line search steps back from them.
 * Every accepted step lowers the value: the result is never worse than the start.
 */
export function minimizeBfgs(f: ObjectiveWithGradient, start: readonly number[], options: BfgsOptions = {}): MinimizeResult {
  const o = { ...BFGS_DEFAULTS, ...options };
  const dim = start.length;
  let point = start.slice();
  let gradient = new Array<number>(dim).fill(0);
  let value = f(point, gradient);
  let evaluations = 1;
  if (!Number.isFinite(value)) return { point, value: Infinity, evaluations, converged: false };
  const identity = (): number[][] => Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? 1 : 0)));
  let inverseHessian = identity();
  let scaled = false;
  let stalled = false;
  let restarted = false;
  for (let iteration = 0; iteration < o.maxIterations && maxAbs(gradient) > o.gradientTolerance; iteration++) {
    let direction = inverseHessian.map((row) => -dot(row, gradient));
    if (!(dot(direction, gradient) < 0)) {
      inverseHessian = identity();
      scaled = false;
      direction = gradient.map((g) => -g);
    }
    const longest = maxAbs(direction);
    if (longest > o.maxStep) direction = direction.map((d) => (d * o.maxStep) / longest);
    const slope = dot(direction, gradient);
    let step = 1;
    let next: number[] = point;
    const nextGradient = new Array<number>(dim).fill(0);
    let nextValue = Infinity;
    // Steps shorter than this move no coordinate by more than rounding: the value is at its floor.
    const shortest = 1e-13 * Math.max(1, maxAbs(point));
    for (; step * maxAbs(direction) > shortest; step /= 2) {
      next = point.map((v, i) => v + step * direction[i]);
      nextValue = f(next, nextGradient);
      evaluations++;
      if (nextValue < value && nextValue <= value + 1e-4 * step * slope) break;
      nextValue = Infinity;
    }
    if (!(nextValue < value)) {
      // A stale curvature estimate can point where no step helps: retry along −gradient, once
      // (near the floor of a stiff problem further retries cost tens of evaluations for 1e-9).
      if (restarted) {
        stalled = true;
        break;
      }
      inverseHessian = identity();
      scaled = false;
      restarted = true;
      continue;
    }
    const s = next.map((v, i) => v - point[i]);
    const y = nextGradient.map((g, i) => g - gradient[i]);
    const sy = dot(s, y);
    point = next;
    gradient = nextGradient;
    value = nextValue;
    // The update keeps the inverse Hessian positive definite only when sᵀy > 0.
    if (!(sy > 0)) continue;
    if (!scaled) {
      const scale = sy / dot(y, y);
      inverseHessian = inverseHessian.map((row) => row.map((h) => h * scale));
      scaled = true;
    }
    const rho = 1 / sy;
    const hy = inverseHessian.map((row) => dot(row, y));
    const yhy = dot(y, hy);
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        inverseHessian[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }
  // A line search that cannot improve at a near-zero gradient stands at the floating-point floor.
  const converged = maxAbs(gradient) <= o.gradientTolerance || (stalled && maxAbs(gradient) <= 1e3 * o.gradientTolerance);
  return { point, value, evaluations, converged };
}

/**
 * The maximum-likelihood fits on many customers: Nelder–Mead restarts on the likelihood of a
 * seeded subsample (cheap, and robust to poor starting points) find the basin, then BFGS
 * with the analytic gradient of the full likelihood polishes the best point to the full-data
 * optimum in tens of evaluations. Without a subsample (`search` null: the data are small)
 * the restarts run on the full objective itself, to the requested tolerances, and BFGS then
 * only confirms the optimum.
 */
export function minimizeStaged(
  search: Objective | null,
  full: ObjectiveWithGradient,
  starts: readonly (readonly number[])[],
  options: RestartOptions & BfgsOptions = {},
): MinimizeResult {
  const scratch = new Array<number>(starts[0]?.length ?? 0).fill(0);
  const rough: RestartOptions = { ...options, pointTolerance: 1e-3, valueTolerance: 1e-6, maxPolishRounds: 1 };
  const found = search ? minimizeWithRestarts(search, starts, rough) : minimizeWithRestarts((p) => full(p, scratch), starts, options);
  const polished = minimizeBfgs(full, found.point, options);
  const best = Number.isFinite(polished.value) ? polished : { ...found, converged: false };
  return { ...best, evaluations: found.evaluations + polished.evaluations };
}
