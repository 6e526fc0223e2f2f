import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 of a file, streamed: the same file imported twice is recognised by it. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A 53-bit hash of a row's cells (two 32-bit FNV-1a lanes): duplicates are found by
 * hash in constant memory per row, and confirmed by comparing the stored values, so a
 * hash collision can never drop a row that differs.
 */
export function hashCells(cells: readonly string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ cells.length;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995);
    }
    a = Math.imul(a ^ CELL_END, 0x01000193);
    b = Math.imul(b ^ CELL_END, 0x5bd1e995);
  }
  return joinHalves(a, b);
}

/** Mixed in after each cell, so `ab|c` and `a|bc` differ. (The byte lane hashes the same way.) */
export const CELL_END = 0x1f;

/** The two lanes as one 53-bit number: all of `a`, 21 bits of `b`. */
export function joinHalves(a: number, b: number): number {
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
