/**
 * Day-first or month-first, decided per column. `03/01/2025` is 3 January in most of the
 * world and 1 March in the US; a single cell cannot say, but a column usually can: a
 * first number above 12 can only be a day (dmy), a second number above 12 only a day
 * (mdy).
 *
 * Rule:
 * - Only cells shaped `a/b/yyyy` or `a/b/yy` (`/`, `-` or `.`; a and b of 1–2 digits)
 *   vote. Year-first cells (`2025/1/3`, ISO, `2025年1月3日`), serials and month names
 *   never depend on the order and are read the same whatever it is.
 * - No such cell at all → 'ymd' (the column is year-first; nothing to decide).
 * - More dmy votes than mdy → 'dmy'; more mdy → 'mdy' (a minority of cells in the other
 *   order then fails typing and shows up as issues rather than being silently swapped).
 * - Undecidable (every a and b ≤ 12, or a tie) → 'dmy'. Day-first is the written
 *   convention of the UK, Europe and most of Asia outside year-first China, and the
 *   project design reads `03/01/2025` as 3 January. inspectDateOrder reports `decided:
 *   false` so the caller can tell the user the order was assumed.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export interface DateOrderEvidence {
  order: DateOrder;
  /** Cells whose first number is above 12 (so day-first). */
  dayFirstVotes: number;
  /** Cells whose second number is above 12 (so month-first). */
  monthFirstVotes: number;
  /** Cells shaped a/b/y that needed an order at all. */
  shapedCells: number;
  decided: boolean;
}

const SHAPED = /^(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/;

export function inspectDateOrder(samples: readonly string[]): DateOrderEvidence {
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let shapedCells = 0;
  for (const raw of samples) {
    const s = /[^\x20-\x7e]/.test(raw) ? raw.normalize('NFKC').trim() : raw.trim();
    const m = SHAPED.exec(s);
    if (!m) continue;
    shapedCells++;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && a <= 31 && b <= 12) dayFirstVotes++;
    else if (b > 12 && b <= 31 && a <= 12) monthFirstVotes++;
  }
  if (shapedCells === 0) return { order: 'ymd', dayFirstVotes, monthFirstVotes, shapedCells, decided: true };
  const decided = dayFirstVotes !== monthFirstVotes;
  const order: DateOrder = monthFirstVotes > dayFirstVotes ? 'mdy' : 'dmy';
  return { order, dayFirstVotes, monthFirstVotes, shapedCells, decided };
}

/** The order for a column's `a/b/y` dates; see the module comment for the rule. */
export function detectDateOrder(samples: readonly string[]): DateOrder {
  return inspectDateOrder(samples).order;
}
