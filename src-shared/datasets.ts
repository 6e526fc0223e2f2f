/** What the app knows about an imported dataset: its catalogue entry and quality report. */
import type { ColumnMapping, DatasetKind } from './kinds.js';
import type { MessageKey } from './i18n/index.js';

export interface ColumnQuality {
  role: string;
  header: string;
  filled: number;
  empty: number;
  issues: number;
  /** Numbers: min/max/sum; dates: min/max as ISO strings. */
  min?: number | string;
  max?: number | string;
  sum?: number;
}

export interface QualityReport {
  /** The source headers, in file order. */
  headers: string[];
  columns: ColumnQuality[];
  unmappedHeaders: string[];
  issuesByCode: Partial<Record<MessageKey, number>>;
  /** Date columns: the order detected for ambiguous forms like 03/01/2025. */
  dateOrders: Record<string, string>;
  /** Row counts per normalised channel, when the kind has one. */
  channels?: Record<string, number>;
  /**
   * The file's channel spellings the importer counted as another channel (淘宝直通车 →
   * Taobao), over the whole file, most rows first (imports since migration 005).
   */
  channelSpellings?: ChannelSpelling[];
  seconds: number;
  /** Identical rows in the file and what was done with them (imports since overlap checks). */
  duplicates?: DuplicateReport;
  /** What this import shared with stored datasets and the choice applied (null: nothing). */
  overlap?: OverlapReport | null;
}

/** A channel name as a file spelled it, the channel the importer counted it as, and the rows (path rows for paths) that carry it. */
export interface ChannelSpelling {
  raw: string;
  channel: string;
  rows: number;
}

/** What an import does with rows identical to an earlier row of the same file. */
export const DUPLICATE_POLICIES = ['keep', 'drop'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/**
 * What happens to identical rows unless the user says otherwise. Aggregated paths repeat
 * legitimately (two journeys with the same channels and counts) and are always kept (the
 * writer does not even offer to drop them). An orders export without order ids cannot
 * tell a second identical purchase (same customer, day, product, amount) from a doubled
 * line, and dropping loses real revenue without a trace, so those are kept; with order
 * ids an identical line is a repeat. Reviews repeat short texts ("好评") legitimately.
 * Spend, touchpoints and customers: an identical line is a doubled export or event.
 */
export function defaultDuplicatePolicy(kind: DatasetKind, mapping: ColumnMapping): DuplicatePolicy {
  switch (kind) {
    case 'paths':
    case 'reviews':
      return 'keep';
    // Two identical weeks are a duplicate week, which the marketing-mix analysis names.
    case 'weekly':
      return 'keep';
    case 'orders':
      return mapping.order_id ? 'drop' : 'keep';
    case 'spend':
    case 'touchpoints':
    case 'customers':
      return 'drop';
  }
}

export interface DuplicateReport {
  policy: DuplicatePolicy;
  /** Rows identical to an earlier row (all of them, kept or dropped). */
  count: number;
  /** The first few: the row and the earlier row it repeats (spreadsheet row numbers). */
  sample: { row: number; sameAs: number }[];
}

/** What an import does with rows whose natural key a stored dataset has already. */
export const OVERLAP_POLICIES = ['replace', 'new-only', 'keep-both'] as const;
export type OverlapPolicy = (typeof OVERLAP_POLICIES)[number];

/** The role whose sum an overlap reports as its money, per kind (none for the others). */
export const MONEY_ROLE: Partial<Record<DatasetKind, string>> = { spend: 'spend', orders: 'revenue', touchpoints: 'value' };

export interface OverlapSpan {
  rows: number;
  /** The days the overlapping rows cover (null for kinds without dates). */
  from: string | null;
  to: string | null;
  /** Their spend, revenue or value (null for kinds without money). */
  money: number | null;
}

export interface OverlapReport extends OverlapSpan {
  policy: OverlapPolicy;
  /** The stored datasets it overlaps, with their overlapping rows. */
  stored: (OverlapSpan & { id: number; file: string })[];
  /** Rows the policy removed (stored rows for replace, new rows for new-only). */
  removed: number;
  /**
   * Stored datasets a replace left without a row (a newer export of all their days):
   * removed from the project with the import, so the list shows no empty dataset.
   * Absent in reports saved before.
   */
  emptied?: { id: number; file: string }[];
}

/** "2025-01-01 – 2025-01-20, 1,234.50": the days and money of an overlap, for messages in either language. */
export function describeSpan(span: OverlapSpan): string {
  const parts: string[] = [];
  if (span.from && span.to) parts.push(span.from === span.to ? span.from : `${span.from} – ${span.to}`);
  if (span.money !== null) parts.push(span.money.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  return parts.join(', ') || String(span.rows);
}

/** Rows of one kind that more than one dataset holds (counted twice in every figure). */
export interface StoredOverlap extends OverlapSpan {
  kind: DatasetKind;
  datasets: number[];
}

export interface DatasetSummary {
  id: number;
  kind: DatasetKind;
  file: string;
  sha256: string;
  format: string;
  encoding: string;
  sheet: string | null;
  mapping: ColumnMapping;
  importedAt: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  duplicatesRemoved: number;
  quality: QualityReport;
}

export interface ImportIssue {
  row: number;
  column: string;
  code: MessageKey;
  value: string | null;
}
