/**
 * Dense linear solve by Gaussian elimination with partial pivoting (Golub & Van Loan,
 * "Matrix Computations", 4th ed., §3.4). The absorbing-chain systems of the Markov model
 * are tiny (one row per channel) and diagonally dominant, so this is exact to rounding.
 */

/**
 * Solves `a · x = b` for square `a` (row-major, size × size). Inputs are copied, not changed.
 * @throws RangeError when `a` is singular to working precision.
 */
export function solveLinearSystem(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < size; col++) {
    let pivotRow = col;
    let pivotAbs = Math.abs(m[col * size + col]);
    for (let r = col + 1; r < size; r++) {
      const v = Math.abs(m[r * size + col]);
      if (v > pivotAbs) {
        pivotAbs = v;
        pivotRow = r;
      }
    }
    if (!(pivotAbs > 1e-300)) throw new RangeError('singular linear system');
    if (pivotRow !== col) {
      for (let c = col; c < size; c++) {
        const t = m[col * size + c];
        m[col * size + c] = m[pivotRow * size + c];
        m[pivotRow * size + c] = t;
      }
      const t = x[col];
      x[col] = x[pivotRow];
      x[pivotRow] = t;
    }
    const pivot = m[col * size + col];
    for (let r = col + 1; r < size; r++) {
      const factor = m[r * size + col] / pivot;
      if (factor === 0) continue;
      for (let c = col; c < size; c++) m[r * size + c] -= factor * m[col * size + c];
      x[r] -= factor * x[col];
    }
  }
  for (let r = size - 1; r >= 0; r--) {
    let sum = x[r];
    for (let c = r + 1; c < size; c++) sum -= m[r * size + c] * x[c];
    x[r] = sum / m[r * size + r];
  }
  return x;
}
