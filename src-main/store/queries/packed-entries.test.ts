/**
 * Matching two packed columns' entries in their bytes (findEntries) gives the answer a
 * map of the texts gives: the same entry for equal texts, −1 for texts the other lacks —
 * on ids that differ by a space, by case, in Chinese, empty, and enough of them that the
 * table is full of hash collisions.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../project.js';
import { canPackColumns, decodeEntries, findEntries, unpackEntries } from './packed.js';
import { mulberry32 } from '../../model/random.js';
import { tempDir } from '../../../test/helpers/cli.js';

/** The column's entries as the native packer stores them (its own dictionary, in order of first appearance). */
function packed(texts: readonly string[]) {
  const db = openProject(join(tempDir('roi-entries-'), 'p.roi'), { create: true });
  try {
    expect(canPackColumns(db)).toBe(true);
    db.exec('CREATE TEMP TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => texts.forEach((x) => insert.run(x)))();
    const [blob] = db.prepare('SELECT roi_pack_text(x) FROM t').raw().get() as Buffer[];
    return unpackEntries(blob).entries;
  } finally {
    db.close();
  }
}

function byMap(within: readonly string[], sought: readonly string[]): number[] {
  const at = new Map(within.map((text, entry) => [text, entry]));
  return sought.map((text) => at.get(text) ?? -1);
}

describe('entries matched in their bytes', () => {
  it('find what a map of the texts finds', () => {
    const random = mulberry32(21);
    const odd = ['', ' ', 'a', 'a ', ' a', 'A', '客户1', '客户1 ', '顧客', 'é', 'e\u0301', '🙂', 'C1', 'C01'];
    const touches = [...odd.filter((_, i) => i % 2 === 0), ...Array.from({ length: 30_000 }, () => `C${Math.floor(random() * 50_000)}`)];
    const orders = [...odd.filter((_, i) => i % 3 !== 1), ...Array.from({ length: 30_000 }, () => `C${Math.floor(random() * 50_000)}`)];
    const within = packed(touches);
    const sought = packed(orders);
    const withinTexts = decodeEntries(within);
    const soughtTexts = decodeEntries(sought);
    const found = Array.from(findEntries(within, sought));
    expect(found).toEqual(byMap(withinTexts, soughtTexts));
    // Both kinds of answer are there, the odd ids among them.
    expect(found.filter((e) => e >= 0).length).toBeGreaterThan(10_000);
    expect(found.filter((e) => e < 0).length).toBeGreaterThan(5_000);
    expect(found[soughtTexts.indexOf('客户1')]).toBe(withinTexts.indexOf('客户1'));
    expect(found[soughtTexts.indexOf('a ')]).toBe(-1);
  });

  it('of an empty side find nothing', () => {
    const some = packed(['a', 'b']);
    const none = { count: 0, offsets: new Int32Array(1), bytes: new Uint8Array(0) };
    expect(Array.from(findEntries(none, some))).toEqual([-1, -1]);
    expect(Array.from(findEntries(some, none))).toEqual([]);
  });
});
