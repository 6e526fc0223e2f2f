/**
 * Customers with identical summaries contribute identical likelihood terms, so the fits
 * evaluate each distinct summary once, weighted by its count. Real order logs measure time
 * in whole days, so a million customers collapse to far fewer distinct rows, and the
 * distinct times are few enough that their logarithms are computed once per evaluation.
 */

/** Distinct values of a column and, for each entry, the index of its value. */
export interface InternedColumn {
  unique: Float64Array;
  index: Int32Array;
}

export function internValues(values: ArrayLike<number>): InternedColumn {
  const positions = new Map<number, number>();
  const unique: number[] = [];
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = positions.get(v);
    if (at === undefined) {
      at = unique.length;
      positions.set(v, at);
      unique.push(v);
    }
    index[i] = at;
  }
  return { unique: Float64Array.from(unique), index };
}

/** Distinct (x, t_x, T) rows: x itself, indices into the distinct t_x and T values, weights. */
export interface AggregatedSummaries {
  x: Float64Array;
  txIndex: Int32Array;
  tIndex: Int32Array;
  uniqueTx: Float64Array;
  uniqueT: Float64Array;
  weights: Float64Array;
  size: number;
}

/** Aggregates (x, t_x, T) summaries into weighted distinct rows. */
export function aggregateSummaries(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): AggregatedSummaries {
  const txCol = internValues(tx);
  const tCol = internValues(T);
  const xCol = internValues(x);
  const nTx = txCol.unique.length;
  const nT = tCol.unique.length;
  const nX = xCol.unique.length;
  // A numeric key is exact while the product of the three cardinalities stays below 2^53.
  const numericKeys = nTx * nT * nX < Number.MAX_SAFE_INTEGER;
  const rowOf = new Map<number | string, number>();
  const first: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const key = numericKeys
      ? (xCol.index[i] * nTx + txCol.index[i]) * nT + tCol.index[i]
      : `${xCol.index[i]}|${txCol.index[i]}|${tCol.index[i]}`;
    const at = rowOf.get(key);
    if (at === undefined) {
      rowOf.set(key, first.length);
      first.push(i);
      counts.push(1);
    } else counts[at]++;
  }
  return {
    x: Float64Array.from(first, (i) => x[i]),
    txIndex: Int32Array.from(first, (i) => txCol.index[i]),
    tIndex: Int32Array.from(first, (i) => tCol.index[i]),
    uniqueTx: txCol.unique,
    uniqueT: tCol.unique,
    weights: Float64Array.from(counts),
    size: first.length,
  };
}
