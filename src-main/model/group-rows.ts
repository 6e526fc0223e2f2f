/**
 * Rows grouped by an integer code, as the models read their logs: one stable counting
 * sort, no object per row. Rows of group g are `rows[start[g] .. start[g+1])`, in row
 * order, or by `key[row]` ascending (ties in row order) when a key is given.
 */
export function groupRows(code: Int32Array, groups: number, key?: Int32Array): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < code.length; i++) start[code[i] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groups);
  const rows = new Int32Array(code.length);
  for (let i = 0; i < code.length; i++) rows[fill[code[i]]++] = i;
  if (key) for (let g = 0; g < groups; g++) sortByKey(rows, start[g], start[g + 1], key);
  return { start, rows };
}

/** Stable sort of `rows[lo..hi)` by key: groups are short (a customer's orders), long ones go to the engine's sort. */
function sortByKey(rows: Int32Array, lo: number, hi: number, key: Int32Array): void {
  if (hi - lo > 32) {
    rows.set(Array.from(rows.subarray(lo, hi)).sort((x, y) => key[x] - key[y] || x - y), lo);
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const row = rows[i];
    let j = i - 1;
    while (j >= lo && key[rows[j]] > key[row]) {
      rows[j + 1] = rows[j];
      j--;
    }
    rows[j + 1] = row;
  }
}
