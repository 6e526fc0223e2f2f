/**
 * Value typing for the spreadsheet import: raw (trimmed) string cells → typed values.
 * Pure; no I/O. See each module for the exact rules it applies.
 */
export { makeCellTyper, withinMagnitude } from './cell-typer.js';
export type { CellTyper, CellValue, Typed } from './cell-typer.js';
export { parseNumber, isPlainNumber, plainDecimalBytes, plainDecimalValue } from '@shared/values/number.js';
export type { ParsedNumber } from '@shared/values/number.js';
export { detectDecimalComma } from '@shared/values/decimal-comma.js';
export { detectDateOrder, inspectDateOrder } from './date-order.js';
export type { DateOrder, DateOrderEvidence } from './date-order.js';
export { isoDateTimeLength, parseDate, parseDateTime } from './date.js';
export { excelSerialToParts } from './calendar.js';
export { normaliseChannel } from '@shared/values/channel.js';
export { parseEvent } from '@shared/values/event.js';
export { isMissingToken } from '@shared/values/missing-token.js';
