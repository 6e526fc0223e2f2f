/**
 * Customers with identical summaries contribute identical likelihood terms, so the fits
 * evaluate each distinct summary once, weighted by its count. Real order logs measure time
 * in whole days, so a million customers collapse to far fewer distinct rows, and the
 * distinct times are few enough that their logarithms are computed once per evaluation.
 */

/** Distinct values of a column, ascending, and for each entry the index of its value. */
export interface InternedColumn {
  unique: Float64Array;
  index: Int32Array;
}

export function internValues(values: ArrayLike<number>): InternedColumn {
  const positions = new Map<number, number>();
  const seen: number[] = [];
  const firstIndex = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = positions.get(v);
    if (at === undefined) {
      at = seen.length;
      positions.set(v, at);
      seen.push(v);
    }
    firstIndex[i] = at;
  }
  // Ascending order, so that sorting keys built from indices sorts by value.
  const unique = Float64Array.from(seen).sort();
  const rank = new Int32Array(seen.length);
  unique.forEach((v, r) => (rank[positions.get(v)!] = r));
  const index = new Int32Array(firstIndex.length);
  for (let i = 0; i < index.length; i++) index[i] = rank[firstIndex[i]];
  return { unique, index };
}

/**
 * Distinct (x, t_x, T) rows, ordered by x, then t_x, then T: x itself, indices into the
 * distinct t_x and T values, weights.
 */
export interface AggregatedSummaries {
  x: Float64Array;
  txIndex: Int32Array;
  tIndex: Int32Array;
  uniqueTx: Float64Array;
  uniqueT: Float64Array;
  weights: Float64Array;
  size: number;
}

/**
 * Aggregates (x, t_x, T) summaries into weighted distinct rows: each summary becomes one
 * number (its three value ranks in mixed radix), and a native sort of those numbers brings
 * equal summaries together — no hash map of a million keys, no comparator calls.
 */
export function aggregateSummaries(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): AggregatedSummaries {
  const xCol = internValues(x);
  const txCol = internValues(tx);
  const tCol = internValues(T);
  const nTx = txCol.unique.length;
  const nT = tCol.unique.length;
  const nX = xCol.unique.length;
  // The key is exact while the product of the three cardinalities stays below 2^53 (always,
  // short of a million distinct values in each column).
  if (nTx * nT * nX >= Number.MAX_SAFE_INTEGER) throw new RangeError('aggregateSummaries: too many distinct values to key');
  const keys = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) keys[i] = (xCol.index[i] * nTx + txCol.index[i]) * nT + tCol.index[i];
  keys.sort();
  let size = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) size++;
  const rows: AggregatedSummaries = {
    x: new Float64Array(size),
    txIndex: new Int32Array(size),
    tIndex: new Int32Array(size),
    uniqueTx: txCol.unique,
    uniqueT: tCol.unique,
    weights: new Float64Array(size),
    size,
  };
  let row = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (i === 0 || key !== keys[i - 1]) {
      row++;
      const t = key % nT;
      const rest = (key - t) / nT;
      const txAt = rest % nTx;
      rows.x[row] = xCol.unique[(rest - txAt) / nTx];
      rows.txIndex[row] = txAt;
      rows.tIndex[row] = t;
    }
    rows.weights[row]++;
  }
  return rows;
}
