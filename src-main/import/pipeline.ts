/**
 * One import, start to finish: read → plan → type → deduplicate → store, inside ONE
 * transaction, so a failed, cancelled or killed import leaves the project as it was.
 * Runs wherever it is called; jobs/ runs it in a worker thread.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { DatasetSummary, ImportIssue } from '@shared/datasets.js';
import { openProject } from '../store/project.js';
import { countIssues, deleteDataset, finishDataset, findDatasetBySha, getDataset, insertDataset, listIssues } from '../store/datasets.js';
import { prepareInsert } from '../store/tables.js';
import { openTable } from './read/index.js';
import type { RowBatch, TableSource } from './read/index.js';
import { planImport } from './plan.js';
import { makeRowTyper } from './row-typer.js';
import type { RowIssue, RowTyper } from './row-typer.js';
import { QualityAccumulator } from './quality.js';
import { hashCells, sha256File } from './fingerprint.js';
import { RowHashSet } from './row-hash-set.js';
import { detectDateOrder } from './values/index.js';
import type { CellValue } from './values/index.js';

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
}

const ROWS_PER_INSERT = 64;
const SHOWN_ISSUES = 100;

export async function importFile(req: ImportRequest, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const name = basename(req.file);
  if (!existsSync(req.file)) throw new AppError('error.fileNotFound', { file: req.file });
  const source = await openTable(req.file, { sheet: req.sheet, signal: hooks.signal });
  try {
    const plan = planImport(name, source.headers, req.kind, req.mapping);
    const sha256 = await sha256File(req.file);
    const created = !existsSync(req.project);
    const db = openProject(req.project, { create: true });
    try {
      const id = await importInTransaction(db, source, { ...plan, sha256, name, replace: Boolean(req.replace) }, hooks);
      const dataset = getDataset(db, id)!;
      return { dataset, issues: listIssues(db, id, SHOWN_ISSUES), issueCount: countIssues(db, id) };
    } catch (e) {
      db.close();
      if (created) removeProjectFiles(req.project);
      throw e;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    await source.close();
  }
}

interface Target {
  kind: DatasetKind;
  mapping: ColumnMapping;
  sha256: string;
  name: string;
  replace: boolean;
}

async function importInTransaction(db: Database, source: TableSource, t: Target, hooks: ImportHooks): Promise<number> {
  const previous = findDatasetBySha(db, t.sha256);
  if (previous && !t.replace) {
    throw new AppError('error.duplicateImport', { file: t.name, id: previous.id, date: previous.importedAt.slice(0, 10) });
  }
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  try {
    if (previous) for (const d of db.prepare('SELECT id FROM datasets WHERE sha256 = ?').all(t.sha256) as { id: number }[]) deleteDataset(db, d.id);
    const id = insertDataset(db, {
      kind: t.kind,
      file: t.name,
      sha256: t.sha256,
      format: source.format,
      encoding: source.encoding,
      sheet: source.sheet ?? null,
      mapping: t.mapping,
    });
    const writer = new DatasetWriter(db, id, t, source);
    for await (const batch of source.batches()) {
      if (hooks.signal?.aborted) throw new AppError('error.cancelled');
      writer.write(batch);
      hooks.onProgress?.({ phase: 'reading', bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows: writer.rowsRead });
    }
    if (hooks.signal?.aborted) throw new AppError('error.cancelled');
    writer.flush();
    writer.assertSomethingImported();
    hooks.onProgress?.({ phase: 'saving', bytesRead: source.bytesTotal, bytesTotal: source.bytesTotal, rows: writer.rowsRead });
    // A text file that looked like ASCII at first may turn out GBK further down.
    finishDataset(db, id, { ...writer.counts(), encoding: source.encoding }, writer.quality.report(writer.dateOrders, (performance.now() - started) / 1000));
    db.exec('COMMIT');
    return id;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

/** Types, deduplicates and stores the rows of one dataset, batch by batch. */
class DatasetWriter {
  rowsRead = 0;
  rowsImported = 0;
  rowsRejected = 0;
  duplicatesRemoved = 0;
  readonly quality: QualityAccumulator;
  dateOrders: Record<string, string> = {};
  private typer: RowTyper | undefined;
  private readonly seen = new RowHashSet();
  private readonly bulk: Statement;
  private readonly single: Statement;
  private readonly issueInsert: Statement;
  private readonly rejectInsert: Statement;
  private readonly storedRow: Statement;
  private pending: (CellValue | number)[] = [];
  private pendingRows = 0;
  private firstIssue: { row: number; issue: RowIssue } | undefined;

  constructor(
    private readonly db: Database,
    private readonly id: number,
    private readonly target: Target,
    private readonly source: TableSource,
  ) {
    this.quality = new QualityAccumulator(target.kind, target.mapping, source.headers);
    this.bulk = prepareInsert(db, target.kind, ROWS_PER_INSERT);
    this.single = prepareInsert(db, target.kind, 1);
    this.issueInsert = db.prepare('INSERT INTO import_issues (dataset_id, row, column_name, code, value) VALUES (?, ?, ?, ?, ?)');
    this.rejectInsert = db.prepare('INSERT INTO rejected_rows (dataset_id, row, cells) VALUES (?, ?, ?)');
    this.storedRow = db.prepare(`SELECT * FROM ${target.kind} WHERE dataset_id = ? AND row = ?`);
  }

  write(batch: RowBatch): void {
    const typer = (this.typer ??= this.makeTyper(batch.rows));
    const { rows, firstRow } = batch;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      const rowNumber = firstRow + i;
      this.rowsRead++;
      const typed = typer.type(cells);
      if (!typed.ok) {
        this.reject(rowNumber, cells, typed.issues);
        continue;
      }
      if (this.isDuplicate(cells, rowNumber, typed.values)) {
        this.duplicatesRemoved++;
        continue;
      }
      this.quality.addImported(typed.values);
      this.store(rowNumber, typed.values);
    }
  }

  flush(): void {
    const width = this.typer ? this.typer.columns.length + 2 : 0;
    for (let at = 0; at < this.pending.length; at += width) this.single.run(this.pending.slice(at, at + width));
    this.pending = [];
    this.pendingRows = 0;
  }

  counts() {
    return { rowsRead: this.rowsRead, rowsImported: this.rowsImported, rowsRejected: this.rowsRejected, duplicatesRemoved: this.duplicatesRemoved };
  }

  assertSomethingImported(): void {
    if (this.rowsRead === 0) throw new AppError('error.headerOnly', { file: this.target.name });
    if (this.rowsImported === 0 && this.firstIssue) {
      const { row, issue } = this.firstIssue;
      throw new AppError('error.allRowsRejected', { file: this.target.name, rows: this.rowsRead, row, column: issue.column, reason: issue.code, value: issue.value ?? '' });
    }
  }

  private makeTyper(sampleRows: readonly (readonly string[])[]): RowTyper {
    const typer = makeRowTyper(this.target.kind, this.source.headers, this.target.mapping, sampleRows);
    KIND_ROLES[this.target.kind].forEach((spec, i) => {
      const at = typer.sources[i];
      if (at < 0 || (spec.type !== 'date' && spec.type !== 'datetime')) return;
      const samples = sampleRows.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000);
      this.dateOrders[this.source.headers[at]] = detectDateOrder(samples);
    });
    return typer;
  }

  private reject(row: number, cells: readonly string[], issues: readonly RowIssue[]): void {
    this.rowsRejected++;
    this.firstIssue ??= { row, issue: issues[0] };
    this.quality.addRejected(issues);
    for (const issue of issues) this.issueInsert.run(this.id, row, issue.column, issue.code, issue.value);
    this.rejectInsert.run(this.id, row, JSON.stringify(cells));
  }

  /** Exact duplicate rows: same hash of the raw cells, confirmed on the stored values. */
  private isDuplicate(cells: readonly string[], row: number, values: readonly CellValue[]): boolean {
    const earlier = this.seen.firstRowOr(hashCells(cells), row);
    if (earlier === undefined) return false;
    this.flush();
    const stored = this.storedRow.get(this.id, earlier) as Record<string, CellValue> | undefined;
    const columns = this.typer!.columns;
    return stored !== undefined && columns.every((c, i) => (stored[c] ?? null) === (values[i] ?? null));
  }

  private store(row: number, values: readonly CellValue[]): void {
    this.rowsImported++;
    this.pending.push(this.id, row);
    for (let i = 0; i < values.length; i++) this.pending.push(values[i] ?? null);
    if (++this.pendingRows === ROWS_PER_INSERT) {
      this.bulk.run(this.pending);
      this.pending.length = 0;
      this.pendingRows = 0;
    }
  }
}

function removeProjectFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
