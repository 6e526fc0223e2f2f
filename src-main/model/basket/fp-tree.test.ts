import { describe, expect, it } from 'vitest';
import { encodeTransactions } from './encode-transactions.js';
import { buildFpTree, conditionalTree, isSinglePath, type FpTree } from './fp-tree.js';

/** Han, Pei & Yin (2000), Table 1: the transaction database DB, minimum support count ξ = 3. */
const TABLE_1 = ['facdgimp', 'abcflmo', 'bfhjo', 'bcksp', 'afcelpmn'].map((t) => [...t]);

/** A tree as text: `item:count(children…)`, children in node order. */
function render(tree: FpTree, names: readonly string[]): string {
  const children = (node: number): string => {
    const parts: string[] = [];
    for (let child = 1; child < tree.size; child++) {
      if (tree.parent[child] !== node) continue;
      const below = children(child);
      parts.push(`${names[tree.labels[tree.item[child]]]}:${tree.count[child]}${below === '' ? '' : `(${below})`}`);
    }
    return parts.join(',');
  };
  return children(0);
}

function textbookTree() {
  const encoded = encodeTransactions(TABLE_1, 3);
  const tree = buildFpTree(encoded.paths, Int32Array.from(encoded.itemOfRank, (_, rank) => rank));
  return { encoded, tree };
}

describe('FP-tree (Han, Pei & Yin 2000, §2)', () => {
  it('finds the frequent items of Table 1: f:4, c:4, a:3, b:3, m:3, p:3', () => {
    const { encoded } = textbookTree();
    // Ties are broken in canonical item order, so c comes before f (the paper lists f first).
    expect(encoded.itemOfRank).toEqual(['c', 'f', 'a', 'b', 'm', 'p']);
    expect([...encoded.countOfRank]).toEqual([4, 4, 3, 3, 3, 3]);
  });

  it('builds the tree of Figure 1 (with c and f in canonical order)', () => {
    // Ordered transactions: cfamp, cfabm, fb, cbp, cfamp. In the paper's order f, c, … the
    // tree is f:4(c:3(a:3(m:2(p:2),b:1(m:1))),b:1),c:1(b:1(p:1)); with c first the shared
    // prefix moves to c:4.
    const { encoded, tree } = textbookTree();
    expect(render(tree, encoded.itemOfRank)).toBe('c:4(f:3(a:3(b:1(m:1),m:2(p:2))),b:1(p:1)),f:1(b:1)');
    expect(isSinglePath(tree)).toBe(false);
    // Node-links reach every node of an item; the item's support is their total.
    expect([...tree.support]).toEqual([4, 4, 3, 3, 3, 3]);
    const mNodes: number[] = [];
    for (let node = tree.head[4]; node !== -1; node = tree.next[node]) mNodes.push(tree.count[node]);
    expect(mNodes.sort()).toEqual([1, 2]);
  });

  it("gives m's conditional tree: the single path ⟨c:3, f:3, a:3⟩ (the paper's ⟨f:3, c:3, a:3⟩)", () => {
    // m's conditional pattern base: (c, f, a):2 and (c, f, a, b):1; b (count 1) drops out.
    const { encoded, tree } = textbookTree();
    const m = conditionalTree(tree, 4, 3);
    expect(m).not.toBeNull();
    expect(render(m as FpTree, encoded.itemOfRank)).toBe('c:3(f:3(a:3))');
    expect(isSinglePath(m as FpTree)).toBe(true);
  });

  it("gives p's conditional tree ⟨c:3⟩ and none for b", () => {
    // p's base: (c, f, a, m):2 and (c, b):1, so only c is frequent; b's base (c,f,a):1, f:1, c:1 has nothing at 3.
    const { encoded, tree } = textbookTree();
    expect(render(conditionalTree(tree, 5, 3) as FpTree, encoded.itemOfRank)).toBe('c:3');
    expect(conditionalTree(tree, 3, 3)).toBeNull();
  });

  it('merges equal transactions into one branch', () => {
    const encoded = encodeTransactions([['x', 'y'], ['y', 'x', 'x'], ['y', 'x']], 1);
    const tree = buildFpTree(encoded.paths, Int32Array.from(encoded.itemOfRank, (_, rank) => rank));
    expect(render(tree, encoded.itemOfRank)).toBe('x:3(y:3)');
    expect(isSinglePath(tree)).toBe(true);
  });
});
