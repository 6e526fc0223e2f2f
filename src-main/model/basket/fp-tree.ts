/**
 * The frequent-pattern tree of Han, Pei & Yin (2000), "Mining frequent patterns without
 * candidate generation", SIGMOD, §2: a prefix tree of the transactions, each written in one
 * fixed item order, with a count per node and a node-link chain per item. Here in parallel
 * typed arrays; node 0 is the root.
 *
 * Items are local codes 0…k−1 whose order is the global frequency order (`labels[code]` is
 * the global rank, ascending). Conditional trees keep that order instead of re-sorting by
 * conditional frequency: any fixed order gives the same patterns, and a kept order lets a
 * conditional tree be built from its parent's paths without re-sorting each one.
 */
import type { WeightedPaths } from './encode-transactions.js';

export interface FpTree {
  /** Local item code → global rank, ascending. */
  readonly labels: Int32Array;
  /** Per local item: its count in this tree's database, and the first node of its chain. */
  readonly support: Int32Array;
  readonly head: Int32Array;
  /** Number of nodes, the root included. */
  readonly size: number;
  /** Per node: local item (−1 at the root), count, parent (−1 at the root), next node of the same item (−1 at the end). */
  readonly item: Int32Array;
  readonly count: Int32Array;
  readonly parent: Int32Array;
  readonly next: Int32Array;
}

/** Path indices in lexicographic order, so paths sharing a prefix are neighbours. */
function lexicographicOrder({ items, start }: WeightedPaths): Int32Array {
  const order = Int32Array.from({ length: start.length - 1 }, (_, p) => p);
  // compareCodeLists on the flat array, without a subarray per comparison.
  return order.sort((a, b) => {
    const aLength = start[a + 1] - start[a];
    const bLength = start[b + 1] - start[b];
    const n = Math.min(aLength, bLength);
    for (let i = 0; i < n; i++) {
      const d = items[start[a] + i] - items[start[b] + i];
      if (d !== 0) return d;
    }
    return aLength - bLength;
  });
}

/**
 * Builds the tree by inserting the paths in lexicographic order: a path shares with the
 * tree exactly its common prefix with the previous path, so insertion is a comparison with
 * the previous path and no per-node child lookup (a node can have thousands of children).
 */
export function buildFpTree(paths: WeightedPaths, labels: Int32Array): FpTree {
  const { items, start, weight } = paths;
  const capacity = items.length + 1;
  const item = new Int32Array(capacity);
  const count = new Int32Array(capacity);
  const parent = new Int32Array(capacity);
  item[0] = -1;
  parent[0] = -1;
  let longest = 0;
  for (let p = 0; p + 1 < start.length; p++) longest = Math.max(longest, start[p + 1] - start[p]);
  // stack[d] = the node at depth d of the previous path's branch (stack[0] the root).
  const stack = new Int32Array(longest + 1);
  let size = 1;
  let previous = -1;
  for (const p of lexicographicOrder(paths)) {
    const from = start[p];
    const length = start[p + 1] - from;
    let shared = 0;
    if (previous >= 0) {
      const previousFrom = start[previous];
      const previousLength = start[previous + 1] - previousFrom;
      while (shared < length && shared < previousLength && items[from + shared] === items[previousFrom + shared]) shared++;
    }
    for (let d = shared; d < length; d++) {
      item[size] = items[from + d];
      parent[size] = stack[d];
      stack[d + 1] = size++;
    }
    for (let d = 1; d <= length; d++) count[stack[d]] += weight[p];
    previous = p;
  }
  return withNodeLinks(labels, size, item.subarray(0, size), count.subarray(0, size), parent.subarray(0, size));
}

/** Adds the per-item chains (in node order) and supports. */
function withNodeLinks(labels: Int32Array, size: number, item: Int32Array, count: Int32Array, parent: Int32Array): FpTree {
  const head = new Int32Array(labels.length).fill(-1);
  const support = new Int32Array(labels.length);
  const next = new Int32Array(size).fill(-1);
  for (let node = size - 1; node >= 1; node--) {
    next[node] = head[item[node]];
    head[item[node]] = node;
    support[item[node]] += count[node];
  }
  return { labels, support, head, size, item, count, parent, next };
}

/** True when the tree is one chain; nodes are numbered depth-first, so each node's parent is the one before it. */
export function isSinglePath(tree: FpTree): boolean {
  for (let node = 2; node < tree.size; node++) if (tree.parent[node] !== node - 1) return false;
  return true;
}

/**
 * The conditional FP-tree of local item j (Han, Pei & Yin 2000, §3, Property 3.2 and
 * Lemma 3.1): the prefix paths of j's nodes, each weighted by the node's count, keeping only
 * items frequent among them. Null when no item stays.
 */
export function conditionalTree(tree: FpTree, j: number, minCount: number): FpTree | null {
  const { head, next, parent, item, count } = tree;
  // Prefix paths hold only items ordered before j: count them, and size the path buffer.
  const conditionalCount = new Int32Array(j);
  let nodes = 0;
  let ancestors = 0;
  for (let node = head[j]; node !== -1; node = next[node]) {
    nodes++;
    for (let p = parent[node]; p !== 0; p = parent[p]) {
      conditionalCount[item[p]] += count[node];
      ancestors++;
    }
  }
  const newCode = new Int32Array(j);
  let kept = 0;
  for (let i = 0; i < j; i++) newCode[i] = conditionalCount[i] >= minCount ? kept++ : -1;
  if (kept === 0) return null;
  const labels = new Int32Array(kept);
  for (let i = 0; i < j; i++) if (newCode[i] >= 0) labels[newCode[i]] = tree.labels[i];

  const items = new Int32Array(ancestors);
  const start = new Int32Array(nodes + 1);
  const weight = new Int32Array(nodes);
  let paths = 0;
  let k = 0;
  for (let node = head[j]; node !== -1; node = next[node]) {
    const from = k;
    for (let p = parent[node]; p !== 0; p = parent[p]) if (newCode[item[p]] >= 0) items[k++] = newCode[item[p]];
    if (k === from) continue;
    items.subarray(from, k).reverse();
    weight[paths++] = count[node];
    start[paths] = k;
  }
  return buildFpTree({ items: items.subarray(0, k), start: start.subarray(0, paths + 1), weight: weight.subarray(0, paths) }, labels);
}
