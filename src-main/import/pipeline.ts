/**
 * One import, start to finish, on two threads: the parse thread reads, plans, types and
 * spots duplicates (parse-table.ts) while this one writes — all inside ONE transaction,
 * so a failed, cancelled or killed import leaves the project as it was. Runs wherever
 * it is called; jobs/ runs it in a worker thread.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { DatasetSummary, ImportIssue } from '@shared/datasets.js';
import { openProject } from '../store/project.js';
import { countIssues, deleteDataset, finishDataset, findDatasetBySha, getDataset, insertDataset, listIssues } from '../store/datasets.js';
import { prepareInsert } from '../store/tables.js';
import { sha256File } from './fingerprint.js';
import { ParserClient } from './parser-client.js';
import { cellOf } from './parse-protocol.js';
import type { ParsedBatch, ParsedHead } from './parse-protocol.js';
import type { RowIssue } from './row-typer.js';

export interface ImportRequest {
  project: string;
  file: string;
  kind?: DatasetKind;
  sheet?: string;
  /** Role → header overrides of the automatic mapping ('' unmaps a role). */
  mapping?: ColumnMapping;
  /** Import a file again in place of the dataset it produced before. */
  replace?: boolean;
}

export interface ImportProgress {
  phase: 'reading' | 'saving';
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

export interface ImportHooks {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface ImportOutcome {
  dataset: DatasetSummary;
  /** The first problems, for display; all of them are in the project. */
  issues: ImportIssue[];
  issueCount: number;
  /** Workbooks: all sheet names (one was imported). */
  sheets: string[];
}

const ROWS_PER_INSERT = 64;
const SHOWN_ISSUES = 100;

export async function importFile(req: ImportRequest, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const name = basename(req.file);
  if (!existsSync(req.file)) throw new AppError('error.fileNotFound', { file: req.file });
  const parser = new ParserClient({ file: req.file, sheet: req.sheet, kind: req.kind, mapping: req.mapping }, hooks.signal);
  try {
    const fingerprint = sha256File(req.file);
    const head = await parser.head(); // bad files and mappings fail here, before the project is touched
    const sha256 = await fingerprint;
    const created = !existsSync(req.project);
    const db = openProject(req.project, { create: true });
    try {
      const id = await importInTransaction(db, parser, head, { sha256, name, replace: Boolean(req.replace) }, hooks);
      const dataset = getDataset(db, id)!;
      return { dataset, issues: listIssues(db, id, SHOWN_ISSUES), issueCount: countIssues(db, id), sheets: head.sheets };
    } catch (e) {
      db.close();
      if (created) removeProjectFiles(req.project);
      throw e;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    await parser.close();
  }
}

interface Target {
  sha256: string;
  name: string;
  replace: boolean;
}

async function importInTransaction(db: Database, parser: ParserClient, head: ParsedHead, t: Target, hooks: ImportHooks): Promise<number> {
  const previous = findDatasetBySha(db, t.sha256);
  if (previous && !t.replace) {
    throw new AppError('error.duplicateImport', { file: t.name, id: previous.id, date: previous.importedAt.slice(0, 10) });
  }
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  try {
    if (previous) for (const d of db.prepare('SELECT id FROM datasets WHERE sha256 = ?').all(t.sha256) as { id: number }[]) deleteDataset(db, d.id);
    const id = insertDataset(db, { kind: head.kind, file: t.name, sha256: t.sha256, format: head.format, encoding: head.encoding, sheet: head.sheet, mapping: head.mapping });
    const writer = new DatasetWriter(db, id, head);
    for (;;) {
      const m = await parser.next();
      if (m.type === 'end') {
        writer.flush();
        writer.assertSomethingImported(t.name, m.rowsRead);
        hooks.onProgress?.({ phase: 'saving', bytesRead: head.bytesTotal, bytesTotal: head.bytesTotal, rows: m.rowsRead });
        const quality = { ...m.quality, seconds: (performance.now() - started) / 1000 };
        finishDataset(db, id, { ...writer.counts(m.rowsRead), encoding: m.encoding }, quality);
        break;
      }
      if (m.type === 'head') throw new AppError('error.workerFailed', { detail: 'second head' });
      writer.write(m);
      hooks.onProgress?.({ phase: 'reading', bytesRead: m.bytesRead, bytesTotal: head.bytesTotal, rows: m.rowsRead });
    }
    if (hooks.signal?.aborted) throw new AppError('error.cancelled');
    db.exec('COMMIT');
    return id;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

/** Stores the typed rows of one dataset, batch by batch, and keeps what was rejected. */
class DatasetWriter {
  private rowsImported = 0;
  private rowsRejected = 0;
  private duplicatesRemoved = 0;
  private readonly bulk: Statement;
  private readonly single: Statement;
  private readonly issueInsert: Statement;
  private readonly rejectInsert: Statement;
  private readonly storedRow: Statement;
  private readonly width: number;
  /** Indexes (into the parsed columns) of the columns this file fills. */
  private readonly bound: number[];
  /** Arguments of the next multi-row INSERT, filled in place (no per-row allocation). */
  private readonly pending: (string | number | null)[];
  private pendingRows = 0;
  private firstIssue: { row: number; issue: RowIssue } | undefined;

  constructor(
    db: Database,
    private readonly id: number,
    private readonly head: ParsedHead,
  ) {
    this.bound = head.columns.map((c, i) => (c in head.mapping || c === 'extra' ? i : -1)).filter((i) => i >= 0);
    const columns = this.bound.map((i) => head.columns[i]);
    this.bulk = prepareInsert(db, head.kind, id, columns, ROWS_PER_INSERT);
    this.single = prepareInsert(db, head.kind, id, columns, 1);
    this.issueInsert = db.prepare('INSERT INTO import_issues (dataset_id, row, column_name, code, value) VALUES (?, ?, ?, ?, ?)');
    this.rejectInsert = db.prepare('INSERT INTO rejected_rows (dataset_id, row, cells) VALUES (?, ?, ?)');
    this.storedRow = db.prepare(`SELECT ${head.columns.join(',')} FROM ${head.kind} WHERE dataset_id = ? AND row = ?`).raw();
    this.width = this.bound.length + 1;
    this.pending = new Array<string | number | null>(this.width * ROWS_PER_INSERT);
  }

  write(batch: ParsedBatch): void {
    for (const r of batch.rejected) this.reject(r.row, r.cells, r.issues);
    const { rows, duplicateOf, values } = batch;
    for (let i = 0; i < rows.length; i++) {
      if (duplicateOf[i] >= 0 && this.isStored(duplicateOf[i], values, i)) {
        this.duplicatesRemoved++;
        continue;
      }
      this.rowsImported++;
      const args = this.pending;
      let at = this.pendingRows * this.width;
      args[at++] = rows[i];
      for (const c of this.bound) args[at++] = cellOf(values[c], i);
      if (++this.pendingRows === ROWS_PER_INSERT) {
        this.bulk.run(args);
        this.pendingRows = 0;
      }
    }
  }

  flush(): void {
    for (let r = 0; r < this.pendingRows; r++) this.single.run(this.pending.slice(r * this.width, (r + 1) * this.width));
    this.pendingRows = 0;
  }

  counts(rowsRead: number) {
    return { rowsRead, rowsImported: this.rowsImported, rowsRejected: this.rowsRejected, duplicatesRemoved: this.duplicatesRemoved };
  }

  assertSomethingImported(file: string, rowsRead: number): void {
    if (this.rowsImported === 0 && this.firstIssue) {
      const { row, issue } = this.firstIssue;
      throw new AppError('error.allRowsRejected', { file, rows: rowsRead, row, column: issue.column, reason: issue.code, value: issue.value ?? '' });
    }
  }

  private reject(row: number, cells: readonly string[], issues: readonly RowIssue[]): void {
    this.rowsRejected++;
    this.firstIssue ??= { row, issue: issues[0] };
    for (const issue of issues) this.issueInsert.run(this.id, row, issue.column, issue.code, issue.value);
    this.rejectInsert.run(this.id, row, JSON.stringify(cells));
  }

  /**
   * A duplicate candidate (same hash of the raw cells as an earlier row) is dropped only
   * if the earlier row is stored with the very same values: a hash collision can never
   * lose a row that differs.
   */
  private isStored(earlierRow: number, values: ParsedBatch['values'], i: number): boolean {
    this.flush();
    const stored = this.storedRow.get(this.id, earlierRow) as (string | number | null)[] | undefined;
    if (!stored) return false;
    return stored.every((s, c) => s === cellOf(values[c], i));
  }
}

function removeProjectFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
