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
  seconds: number;
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
