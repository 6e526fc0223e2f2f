/**
 * Delimiter of a text table guessed from its first records, not from the file name:
 * ".csv" files saved by European Excel use `;`, ".txt" exports use tabs. The same idea as
 * Python's csv.Sniffer and papaparse's guessDelimiter: the right delimiter splits every
 * record into the same number of fields (more than one).
 */
import { DelimitedTokenizer, UnclosedQuoteError } from './delimited-tokenizer.js';

/** Candidates, in the order that wins a tie. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Records looked at; enough to see a pattern, few enough to stay instant. */
const SAMPLE_RECORDS = 200;
/** Consistency within this margin of the best counts as a tie, then more fields win. */
const CONSISTENCY_MARGIN = 0.05;

interface Score {
  delimiter: Delimiter;
  consistency: number;
  fields: number;
}

/**
 * Picks the delimiter whose field count per record is most consistent (the share of
 * records having the most common count), preferring more fields among near-ties.
 * `sample` is the start of the file; `complete` says whether it is the whole file.
 * Falls back to `,` (a one-column file).
 */
export function sniffDelimiter(sample: string, newline: '\n' | '\r', complete: boolean): Delimiter {
  const scores = DELIMITERS.map((d) => scoreDelimiter(sample, d, newline, complete)).filter((s) => s.fields > 1);
  if (scores.length === 0) return ',';
  const best = Math.max(...scores.map((s) => s.consistency));
  const contenders = scores.filter((s) => s.consistency >= best - CONSISTENCY_MARGIN);
  contenders.sort((a, b) => b.fields - a.fields || b.consistency - a.consistency);
  return contenders[0].delimiter;
}

/**
 * Excel's `sep=;` first line, which declares the delimiter and is not part of the table
 * (Excel hides it). Returns the declared delimiter, or null without such a line.
 */
export function declaredDelimiter(sample: string): Delimiter | null {
  const match = /^sep=(.)[ \t]*\r?(\n|\r|$)/i.exec(sample);
  const declared = match?.[1];
  return DELIMITERS.find((d) => d === declared) ?? null;
}

function scoreDelimiter(sample: string, delimiter: Delimiter, newline: '\n' | '\r', complete: boolean): Score {
  const counts: number[] = [];
  const tokenizer = new DelimitedTokenizer(delimiter, newline, {
    record: (cells) => {
      if (counts.length < SAMPLE_RECORDS) counts.push(cells.length);
    },
  });
  try {
    tokenizer.push(sample);
    if (complete) tokenizer.end();
  } catch (e) {
    if (!(e instanceof UnclosedQuoteError)) throw e;
  }
  const frequency = new Map<number, number>();
  for (const c of counts) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  let fields = 0;
  let hits = 0;
  for (const [count, times] of frequency) {
    if (times > hits || (times === hits && count > fields)) {
      fields = count;
      hits = times;
    }
  }
  return { delimiter, consistency: counts.length > 0 ? hits / counts.length : 0, fields };
}
