/**
 * One encoder per stored column: types the raw cells of a batch straight into the packed
 * batch's column (store/batch/layout.ts) — numbers into a Float64Array, everything else
 * into codes of a per-batch dictionary. The cell typers (values/) decide every value;
 * the encoders only add the fast paths that make a million rows cheap: plain numbers
 * without a regex, and each distinct text typed once per batch.
 */
import type { BatchColumn } from '../store/batch/layout.js';
import { makeCellTyper, plainDecimalValue } from './values/index.js';
import type { CellTyper, Typed } from './values/index.js';
import type { RoleType } from '@shared/kinds.js';
import { detectDecimalComma } from './values/decimal-comma.js';

/** What `put` found: a value, an empty cell, or a problem (then see `problem`). */
export const FILLED = 0;
export const EMPTY = 1;
export const PROBLEM = 2;
export type PutResult = typeof FILLED | typeof EMPTY | typeof PROBLEM;

export interface ColumnEncoder {
  /** Starts a batch of `rows` rows. */
  reset(rows: number): void;
  put(i: number, raw: string): PutResult;
  /** The failed typing of the last PROBLEM. */
  readonly problem: Typed;
  column(): BatchColumn;
}

const NO_PROBLEM: Typed = { ok: true, value: null };

export function makeColumnEncoder(type: RoleType, samples: readonly string[]): ColumnEncoder {
  const typer = makeCellTyper(type, samples);
  if (type === 'number' || type === 'integer') return new NumberEncoder(typer, detectDecimalComma(samples), type === 'integer');
  return new DictionaryEncoder(typer);
}

class NumberEncoder implements ColumnEncoder {
  problem = NO_PROBLEM;
  private values = new Float64Array(0);

  constructor(
    private readonly typer: CellTyper,
    private readonly decimalComma: boolean,
    private readonly integral: boolean,
  ) {}

  reset(rows: number): void {
    this.values = new Float64Array(rows);
  }

  put(i: number, raw: string): PutResult {
    const fast = plainDecimalValue(raw, this.decimalComma);
    if (fast === fast && (!this.integral || Number.isInteger(fast))) {
      this.values[i] = fast === 0 ? 0 : fast; // no −0
      return FILLED;
    }
    const typed = this.typer(raw);
    if (!typed.ok) {
      this.problem = typed;
      return PROBLEM;
    }
    if (typed.value === null) {
      this.values[i] = NaN;
      return EMPTY;
    }
    this.values[i] = typed.value as number;
    return FILLED;
  }

  column(): BatchColumn {
    return { type: 'real', values: this.values };
  }
}

/** Dates, channels, events and free text: stored as text, typed once per distinct cell. */
class DictionaryEncoder implements ColumnEncoder {
  problem = NO_PROBLEM;
  private codes = new Int32Array(0);
  private dictionary: string[] = [];
  private readonly codeOf = new Map<string, number>();
  /** The previous cell and its code: sorted exports repeat a date row after row. */
  private lastRaw: string | undefined;
  private lastCode = -1;

  constructor(private readonly typer: CellTyper) {}

  reset(rows: number): void {
    this.codes = new Int32Array(rows);
    this.dictionary = [];
    this.codeOf.clear();
    this.lastRaw = undefined;
  }

  put(i: number, raw: string): PutResult {
    let code = raw === this.lastRaw ? this.lastCode : this.codeOf.get(raw);
    if (code === undefined) {
      const typed = this.typer(raw);
      if (!typed.ok) {
        this.problem = typed;
        return PROBLEM;
      }
      code = typed.value === null ? -1 : this.dictionary.push(String(typed.value)) - 1;
      this.codeOf.set(raw, code);
    }
    this.lastRaw = raw;
    this.lastCode = code;
    this.codes[i] = code;
    return code < 0 ? EMPTY : FILLED;
  }

  column(): BatchColumn {
    return { type: 'text', codes: this.codes, dictionary: this.dictionary };
  }
}

/** A text column whose values are computed, not typed (the customers' `extra` JSON). */
export class ComputedTextColumn {
  private codes = new Int32Array(0);
  private dictionary: string[] = [];

  reset(rows: number): void {
    this.codes = new Int32Array(rows);
    this.dictionary = [];
  }

  set(i: number, value: string | null): void {
    this.codes[i] = value === null ? -1 : this.dictionary.push(value) - 1;
  }

  column(): BatchColumn {
    return { type: 'text', codes: this.codes, dictionary: this.dictionary };
  }
}
