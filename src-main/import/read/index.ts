/** Spreadsheet readers of the import pipeline: raw, trimmed string cells, streamed. */
export type { TableFormat, TextEncoding, RowBatch, TableSource, OpenTableOptions, PreviewOptions, TablePreview } from './types.js';
export { openTable, previewTable } from './open-table.js';
export { detectEncoding } from './detect-encoding.js';
