/**
 * Types a batch of raw spreadsheet rows into the columns a dataset stores, or into the
 * reasons a row cannot be stored. A row with any problem is rejected whole (and kept
 * with its reasons): storing half a row would make totals silently wrong. Only the
 * columns this file fills are produced (mapped roles, then `extra` for customers); the
 * others stay NULL in the project.
 */
import { KIND_ROLES, keepsExtra } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { BatchColumn } from '../store/batch/layout.js';
import { ComputedTextColumn, FILLED, makeColumnEncoder, makeRawChannelEncoder, PROBLEM } from './column-encoders.js';
import type { CellText, ColumnEncoder, PutResult } from './column-encoders.js';
import { CELL_END, hashCells, hashGbkCell, hashUtf8Cell, hashUtf8Units, joinHalves } from './fingerprint.js';
import { decodeLine, isAsciiSpace, utf8Text } from './read/byte-lines.js';
import type { GbkCells } from './read/gbk-cells.js';
import { SPACE_BYTES, trimEndOf, trimStartOf } from './read/utf8-chars.js';
import type { ByteLines } from './read/types.js';
import { mayBeWholeFile, wholeFileValue } from '@shared/whole-file-value.js';

/** The source of a role filled by one value for the whole file (a platform export's channel), not a column. */
export const WHOLE_FILE = -2;

const wholeFileOf = (role: string, mapping: ColumnMapping, headers: readonly string[]): string | null => (mayBeWholeFile(role) ? wholeFileValue(mapping[role], headers) : null);

export interface RowIssue {
  column: string;
  code: MessageKey;
  value: string | null;
}

export interface TypedBatch {
  /** One per filled column, `rows` entries each (rejected rows hold nothing useful). */
  columns: BatchColumn[];
  /** Per row: 1 when it has problems (listed in `rejected`), else 0. */
  bad: Uint8Array;
  /** Per row that typed cleanly: hashCells of its raw cells (for the duplicate check). */
  hashes: Float64Array;
  /** The rows with problems, in row order: index into the batch, problems and cells. */
  rejected: { index: number; issues: RowIssue[]; cells: string[] }[];
}

export interface BatchTyper {
  /** The stored columns this file fills, in order. */
  readonly columns: readonly string[];
  /** For each of them: its role's index in KIND_ROLES, or −1 for `extra` and `channel_raw`. */
  readonly roles: readonly number[];
  /** For each role: the header index feeding it, WHOLE_FILE for one value for the whole file, or −1 when unmapped. */
  readonly sources: readonly number[];
  type(rows: readonly string[][]): TypedBatch;
  /** The same for byte lines: identical values, problems and hashes, fewer strings. */
  typeLines(lines: ByteLines): TypedBatch;
}

export function makeBatchTyper(
  kind: DatasetKind,
  headers: readonly string[],
  mapping: ColumnMapping,
  sampleRows: readonly (readonly string[])[],
): BatchTyper {
  const specs = KIND_ROLES[kind];
  const { columns, roles, sources } = filledColumns(kind, headers, mapping);
  const mapped = roles.filter((r) => r >= 0);
  /** Per role: the value every row takes where one is given for the whole file. */
  const constant = specs.map((s) => wholeFileOf(s.role, mapping, headers));
  const encoders: ColumnEncoder[] = mapped.map((r) => {
    const at = sources[r];
    const samples = at === WHOLE_FILE ? [constant[r]!] : sampleRows.map((row) => row[at] ?? '').filter((v) => v !== '').slice(0, 1000);
    return makeColumnEncoder(specs[r].type, samples);
  });
  const from = mapped.map((r) => sources[r]);
  const required = mapped.map((r) => specs[r].required);
  // `channel_raw` is typed from the channel's own cell, like a column of its own (never a problem).
  const channelRole = mapped.find((r) => specs[r].type === 'channel');
  if (channelRole !== undefined) {
    encoders.push(makeRawChannelEncoder());
    from.push(sources[channelRole]);
    required.push(false);
    mapped.push(channelRole);
  }
  const names = mapped.map((r) => (sources[r] === WHOLE_FILE ? mapping[specs[r].role] : headers[sources[r]]));
  /** Per encoder: its whole-file value, or undefined when a column feeds it. */
  const fixed = mapped.map((r) => (sources[r] === WHOLE_FILE ? constant[r]! : undefined));
  // Required roles left unmapped are refused by the plan; checked here too, whatever calls this.
  const missing = specs.findIndex((s, r) => s.required && sources[r] === -1);
  if (missing >= 0) throw new Error(`required role ${specs[missing].role} is not mapped`);

  const used = new Set(from);
  const extraColumns = keepsExtra(kind) ? headers.map((_, i) => i).filter((i) => !used.has(i)) : [];
  const extra = keepsExtra(kind) ? new ComputedTextColumn() : undefined;
  const width = headers.length;

  let bad = new Uint8Array(0);
  let hashes = new Float64Array(0);
  let rejected: TypedBatch['rejected'] = [];

  function begin(n: number): void {
    for (const e of encoders) e.reset(n);
    extra?.reset(n);
    bad = new Uint8Array(n);
    hashes = new Float64Array(n);
    rejected = [];
  }

  function end(): TypedBatch {
    const columns = encoders.map((e) => e.column());
    if (extra) columns.push(extra.column());
    return { columns, bad, hashes, rejected };
  }

  function reject(i: number, issues: RowIssue[], cells: string[]): void {
    bad[i] = 1;
    rejected.push({ index: i, issues, cells });
  }

  function typeCells(i: number, cells: string[]): void {
    if (cells.length !== width && !onlyEmptyTail(cells, width)) {
      reject(i, [{ column: '', code: 'issue.ragged', value: `${width}/${cells.length}` }], cells);
      return;
    }
    let problems: RowIssue[] | undefined;
    for (let c = 0; c < encoders.length; c++) {
      // Rows are at least `width` long here, so every mapped cell exists.
      const result = encoders[c].put(i, fixed[c] ?? cells[from[c]]);
      if (result !== FILLED) problems = noteProblem(problems, c, result);
    }
    if (problems) return reject(i, problems, cells);
    extra?.set(i, extraJson(headers, cells, extraColumns));
    hashes[i] = hashCells(cells);
  }

  function noteProblem(problems: RowIssue[] | undefined, c: number, result: PutResult): RowIssue[] | undefined {
    if (result === PROBLEM) {
      const p = encoders[c].problem as { code: MessageKey; value: string };
      (problems ??= []).push({ column: names[c], code: p.code, value: p.value });
    } else if (required[c]) {
      (problems ??= []).push({ column: names[c], code: 'issue.required', value: null });
    }
    return problems;
  }

  const cellStart = new Int32Array(width);
  const cellEnd = new Int32Array(width);
  const rehashed = new Int32Array(2);
  const lanes = new Int32Array(2);
  /** How the batch being typed turns cell bytes into text: UTF-8, or GB18030 (gbk-cells.ts). */
  let text: CellText = utf8Text;

  /** One line of the byte lane: split, trimmed and hashed like hashCells, typed from the bytes. */
  function typeLine(i: number, bytes: Buffer, start: number, stop: number, delimiter: number, gbk: GbkCells | undefined): void {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ width;
    let count = 0;
    let at = start;
    for (;;) {
      // Scan to the delimiter and hash on the way (the UTF-16 units hashCells sees); trim
      // (and hash again) only when the cell may start or end with space (Unicode spaces
      // too), which plain exports never do.
      let e = at;
      let ca = a;
      let cb = b;
      for (; e < stop; e++) {
        const ch = bytes[e];
        if (ch === delimiter || ch >= 0x80) break;
        ca = Math.imul(ca ^ ch, 0x01000193);
        cb = Math.imul(cb ^ ch, 0x5bd1e995);
      }
      if (e < stop && bytes[e] >= 0x80 && bytes[e] !== delimiter) {
        // Beyond ASCII (a sheet's delimiter, 0xFF, is not): the rest of the cell in a function of its own (decoding characters
        // inside this loop made it half again as slow on plain ASCII files).
        lanes[0] = ca;
        lanes[1] = cb;
        e = gbk ? hashGbkCell(bytes, e, stop, delimiter, lanes, gbk.units) : hashUtf8Cell(bytes, e, stop, delimiter, lanes);
        // GB18030 beyond plain two-byte characters: the string way (gbk-cells.ts).
        if (e < 0) return typeCells(i, decodeLine(bytes, start, stop, delimiter, gbk));
        ca = lanes[0];
        cb = lanes[1];
      }
      let cs = at;
      let ce = e;
      if (gbk) {
        // Its only spaces here are ASCII ones (no byte of a character is below 0x40); a
        // padded cell of a GBK file is rare enough to take the string way.
        if (cs < ce && (isAsciiSpace(bytes[cs]) || isAsciiSpace(bytes[ce - 1]))) return typeCells(i, decodeLine(bytes, start, stop, delimiter, gbk));
      } else if (cs < ce && (SPACE_BYTES.first[bytes[cs]] === 1 || SPACE_BYTES.last[bytes[ce - 1]] === 1)) {
        cs = trimStartOf(bytes, cs, ce);
        ce = trimEndOf(bytes, cs, ce);
        if (cs !== at || ce !== e) {
          hashUtf8Units(bytes, cs, ce, a, b, rehashed);
          ca = rehashed[0];
          cb = rehashed[1];
        }
      }
      if (count < width) {
        cellStart[count] = cs;
        cellEnd[count] = ce;
      }
      a = Math.imul(ca ^ CELL_END, 0x01000193);
      b = Math.imul(cb ^ CELL_END, 0x5bd1e995);
      count++;
      if (e >= stop) break;
      at = e + 1;
    }
    // Other widths (ragged rows, trailing empty cells) and customers' extra take the string way.
    if (count !== width || extra) return typeCells(i, decodeLine(bytes, start, stop, delimiter, gbk));
    let problems: RowIssue[] | undefined;
    for (let c = 0; c < encoders.length; c++) {
      const at = from[c];
      const value = fixed[c];
      const result = value === undefined ? encoders[c].putBytes(i, bytes, cellStart[at], cellEnd[at], text) : encoders[c].put(i, value);
      if (result !== FILLED) problems = noteProblem(problems, c, result);
    }
    if (problems) return reject(i, problems, decodeLine(bytes, start, stop, delimiter, gbk));
    hashes[i] = joinHalves(a, b);
  }

  function type(rows: readonly string[][]): TypedBatch {
    begin(rows.length);
    for (let i = 0; i < rows.length; i++) typeCells(i, rows[i]);
    return end();
  }

  function typeLines(lines: ByteLines): TypedBatch {
    begin(lines.count);
    const { bytes, starts, ends, delimiter, gbk } = lines;
    text = gbk ? gbk.text : utf8Text;
    for (let i = 0; i < lines.count; i++) typeLine(i, bytes, starts[i], ends[i], delimiter, gbk);
    return end();
  }

  return { columns, roles, sources, type, typeLines };
}

/** The stored columns a file fills: its mapped roles in role order, then `channel_raw` where a channel is mapped, or `extra` for customers. */
export function filledColumns(kind: DatasetKind, headers: readonly string[], mapping: ColumnMapping): Pick<BatchTyper, 'columns' | 'roles' | 'sources'> {
  const specs = KIND_ROLES[kind];
  const sources = specs.map((s) => (!mapping[s.role] ? -1 : wholeFileOf(s.role, mapping, headers) !== null ? WHOLE_FILE : headers.indexOf(mapping[s.role])));
  const roles = specs.map((_, r) => r).filter((r) => sources[r] >= 0 || sources[r] === WHOLE_FILE);
  const columns = roles.map((r) => specs[r].role);
  if (columns.includes('channel')) {
    columns.push('channel_raw');
    roles.push(-1);
  }
  if (keepsExtra(kind)) {
    columns.push('extra');
    roles.push(-1);
  }
  return { columns, roles, sources };
}

/** Excel often writes trailing empty cells; a longer row whose extra cells are all empty is fine. */
function onlyEmptyTail(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

function extraJson(headers: readonly string[], cells: readonly string[], columns: readonly number[]): string | null {
  if (columns.length === 0) return null;
  const extra: Record<string, string> = {};
  let any = false;
  for (const i of columns) {
    const v = cells[i] ?? '';
    if (v !== '') {
      extra[headers[i]] = v;
      any = true;
    }
  }
  return any ? JSON.stringify(extra) : null;
}
