/**
 * Procedure FP-growth(Tree, α) of Han, Pei & Yin (2000), §3: if the tree is a single path,
 * every combination of its nodes is frequent, with the count of its deepest node; otherwise
 * each item a_i of the tree gives the pattern a_i ∪ α and, through a_i's conditional tree,
 * all longer patterns ending in it. Patterns reach the caller as global ranks.
 */
import { conditionalTree, isSinglePath, type FpTree } from './fp-tree.js';

/** Receives each frequent itemset (global ranks, in no particular order; shared, so read it, do not keep or change it) and its count. */
export type ItemsetSink = (ranks: readonly number[], count: number) => void;

/** The single-path case: every non-empty node combination of at most `room` nodes, with the count of its deepest node. */
function emitPathCombinations(tree: FpTree, suffix: readonly number[], room: number, emit: ItemsetSink): void {
  const chosen: number[] = [];
  // Chooses the deepest node first (it fixes the count), then any nodes above it.
  const extend = (below: number, count: number): void => {
    emit([...chosen, ...suffix], count);
    if (chosen.length >= room) return;
    for (let node = below - 1; node >= 1; node--) {
      chosen.push(tree.labels[tree.item[node]]);
      extend(node, count);
      chosen.pop();
    }
  };
  for (let deepest = tree.size - 1; deepest >= 1; deepest--) {
    chosen.push(tree.labels[tree.item[deepest]]);
    extend(deepest, tree.count[deepest]);
    chosen.pop();
  }
}

/**
 * Emits every itemset `β ∪ suffix` with β a non-empty pattern of `tree` of count ≥ minCount
 * (every item of the tree already is frequent) and at most maxLength items in all.
 */
export function mineFpTree(tree: FpTree, suffix: readonly number[], minCount: number, maxLength: number, emit: ItemsetSink): void {
  const room = maxLength - suffix.length;
  if (isSinglePath(tree)) {
    emitPathCombinations(tree, suffix, room, emit);
    return;
  }
  for (let j = tree.labels.length - 1; j >= 0; j--) {
    const itemset = [tree.labels[j], ...suffix];
    emit(itemset, tree.support[j]);
    if (room <= 1) continue;
    const conditional = conditionalTree(tree, j, minCount);
    if (conditional !== null) mineFpTree(conditional, itemset, minCount, maxLength, emit);
  }
}
