/**
 * The quality report of an import, accumulated batch by batch in constant memory:
 * per role how many cells were filled, empty or rejected, their range, and counts per
 * problem and per channel.
 */
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { ChannelSpelling, ColumnQuality, QualityReport } from '@shared/datasets.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { BatchView, Section } from '../store/batch/layout.js';
import type { RowIssue } from './batch-typer.js';

/** Up to this many (file spelling, channel) pairs a batch counts them in an array. */
const PAIRS_IN_AN_ARRAY = 1 << 16;

/** Entries a and b of a text section in the order of their bytes (a shorter prefix first), as memcmp would. */
function compareEntries({ offsets, bytes }: Extract<Section, { type: 'text' }>, a: number, b: number): number {
  const aStart = offsets[a];
  const aLength = offsets[a + 1] - aStart;
  const bStart = offsets[b];
  const bLength = offsets[b + 1] - bStart;
  const shared = Math.min(aLength, bLength);
  for (let k = 0; k < shared; k++) {
    const d = bytes[aStart + k] - bytes[bStart + k];
    if (d !== 0) return d;
  }
  return aLength - bLength;
}

export class QualityAccumulator {
  private readonly columns: ColumnQuality[];
  private readonly channelAt: number;
  private readonly issuesByCode: Partial<Record<MessageKey, number>> = {};
  private readonly channels = new Map<string, number>();
  private readonly byHeader = new Map<string, ColumnQuality>();
  /** Per column: whether its range is tracked as dates (strings) — decided once, not per cell. */
  private readonly isDate: boolean[];
  /** Stored columns of the channel and of its file spelling (`channel_raw`), −1 when absent. */
  private readonly spelledAt: { channel: number; raw: number };
  /** Rows per (file spelling, channel) the importer respelled, keyed `raw\u0000channel`. */
  private readonly spellings = new Map<string, number>();
  /** Per role: the running sum of its numbers and its compensation (see addNumbers). */
  private readonly sums: Float64Array;
  private readonly compensations: Float64Array;

  constructor(
    kind: DatasetKind,
    mapping: ColumnMapping,
    private readonly headers: readonly string[],
    storedColumns: readonly string[] = [],
  ) {
    const specs = KIND_ROLES[kind];
    this.columns = specs.map((s) => ({ role: s.role, header: mapping[s.role] ?? '', filled: 0, empty: 0, issues: 0 }));
    for (const c of this.columns) if (c.header) this.byHeader.set(c.header, c);
    this.channelAt = specs.findIndex((s) => s.type === 'channel');
    this.isDate = specs.map((s) => s.type === 'date' || s.type === 'datetime');
    this.sums = new Float64Array(specs.length);
    this.compensations = new Float64Array(specs.length);
    this.spelledAt = { channel: this.channelAt < 0 ? -1 : storedColumns.indexOf(specs[this.channelAt].role), raw: storedColumns.indexOf('channel_raw') };
  }

  /**
   * Counts the rows a batch stores, column by column. `roles[j]` is the role index of
   * column j (−1: not a role). Text is counted per dictionary entry, not per cell.
   */
  addStored(batch: BatchView, roles: readonly number[]): void {
    for (let j = 0; j < batch.columns; j++) {
      const r = roles[j];
      if (r < 0) continue;
      const section = batch.section(j);
      if (section.type === 'real') this.addNumbers(this.columns[r], r, section.values, batch.keepList, batch.kept);
      else this.addTexts(this.columns[r], section, batch.keepList, batch.kept, r);
    }
    if (this.spelledAt.channel >= 0 && this.spelledAt.raw >= 0) this.addSpellings(batch);
  }

  /**
   * Counts each file spelling the importer respelled (a `channel_raw` beside its channel)
   * as the rows are stored: the whole file's list without reading the table back.
   */
  private addSpellings(batch: BatchView): void {
    const channel = batch.section(this.spelledAt.channel);
    const raw = batch.section(this.spelledAt.raw);
    if (channel.type !== 'text' || raw.type !== 'text') return;
    // Counted in an array where the pairs are few (a batch's channels are), else in a map.
    const pairCount = raw.words * channel.words;
    const counts = pairCount <= PAIRS_IN_AN_ARRAY ? new Int32Array(pairCount) : undefined;
    const pairs = new Map<number, number>();
    const { keepList, kept } = batch;
    for (let k = 0; k < kept; k++) {
      const i = keepList[k];
      const r = raw.codes[i];
      const c = channel.codes[i];
      if (r < 0 || c < 0) continue;
      const key = r * channel.words + c;
      if (counts) counts[key]++;
      else pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    if (counts) for (let key = 0; key < pairCount; key++) if (counts[key] > 0) pairs.set(key, counts[key]);
    for (const [key, rows] of pairs) {
      const name = `${raw.entry(Math.floor(key / channel.words))}\u0000${channel.entry(key % channel.words)}`;
      this.spellings.set(name, (this.spellings.get(name) ?? 0) + rows);
    }
  }

  /** Every respelled spelling of the rows stored so far, with its channel and rows. */
  channelSpellings(): ChannelSpelling[] {
    return [...this.spellings].map(([key, rows]) => {
      const [raw, channel] = key.split('\u0000');
      return { raw, channel, rows };
    });
  }

  /**
   * Sums are compensated (Neumaier) and carried from batch to batch in row order: the same
   * file gives the same sum however its rows were batched (the lanes of the reader cut
   * batches differently), and money columns add up without float noise (499995000, not
   * 499994999.9999997).
   */
  private addNumbers(c: ColumnQuality, role: number, values: Float64Array, at: Int32Array, count: number): void {
    let filled = 0;
    let sum = this.sums[role];
    let compensation = this.compensations[role];
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < count; k++) {
      const v = values[at[k]];
      if (v !== v) continue; // NaN: empty
      filled++;
      const t = sum + v;
      compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
      sum = t;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.sums[role] = sum;
    this.compensations[role] = compensation;
    c.empty += count - filled;
    c.filled += filled;
    if (filled === 0) return;
    c.sum = sum + compensation;
    if (c.min === undefined || min < (c.min as number)) c.min = min;
    if (c.max === undefined || max > (c.max as number)) c.max = max;
  }

  private addTexts(c: ColumnQuality, section: Extract<Section, { type: 'text' }>, at: Int32Array, count: number, role: number): void {
    const { codes, words, entry } = section;
    const isDate = this.isDate[role];
    const isChannel = role === this.channelAt;
    if (!isDate && !isChannel) {
      let empty = 0;
      for (let k = 0; k < count; k++) if (codes[at[k]] < 0) empty++;
      c.empty += empty;
      c.filled += count - empty;
      return;
    }
    // Dates and channels: counted per dictionary entry, then each distinct value once.
    const uses = new Int32Array(words);
    let filled = 0;
    for (let k = 0; k < count; k++) {
      const code = codes[at[k]];
      if (code < 0) continue;
      uses[code]++;
      filled++;
    }
    c.empty += count - filled;
    c.filled += filled;
    if (isChannel) {
      for (let code = 0; code < uses.length; code++) {
        if (uses[code] === 0) continue;
        const v = entry(code);
        this.channels.set(v, (this.channels.get(v) ?? 0) + uses[code]);
      }
    }
    if (isDate) {
      // Stored dates are ISO text in ASCII, whose byte order is their string order: the
      // batch's range is found on the bytes, and only its two ends are decoded (a column of
      // distinct timestamps decoded every entry).
      let first = -1;
      let last = -1;
      for (let code = 0; code < uses.length; code++) {
        if (uses[code] === 0) continue;
        if (first < 0 || compareEntries(section, code, first) < 0) first = code;
        if (last < 0 || compareEntries(section, code, last) > 0) last = code;
      }
      if (first < 0) return;
      const min = entry(first);
      const max = entry(last);
      if (c.min === undefined || min < (c.min as string)) c.min = min;
      if (c.max === undefined || max > (c.max as string)) c.max = max;
    }
  }

  addRejected(issues: readonly RowIssue[]): void {
    for (const issue of issues) {
      this.issuesByCode[issue.code] = (this.issuesByCode[issue.code] ?? 0) + 1;
      const c = this.byHeader.get(issue.column);
      if (c) c.issues++;
    }
  }

  report(dateOrders: Record<string, string>, seconds: number): QualityReport {
    const mapped = new Set(this.columns.map((c) => c.header).filter(Boolean));
    const report: QualityReport = {
      headers: [...this.headers],
      columns: this.columns,
      unmappedHeaders: this.headers.filter((h) => !mapped.has(h)),
      issuesByCode: this.issuesByCode,
      dateOrders,
      seconds,
    };
    if (this.channelAt >= 0) report.channels = Object.fromEntries([...this.channels].sort((a, b) => b[1] - a[1]));
    return report;
  }
}
