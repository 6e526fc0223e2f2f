/**
 * One import, start to finish, on two threads: the parse thread reads, plans, types and
 * spots duplicates (parse-table.ts) while this one writes — all inside ONE transaction,
 * so a failed, cancelled or killed import leaves the project as it was. Runs wherever
 * it is called; jobs/ runs it in a worker thread.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { TextEncoding } from '@shared/text-encodings.js';
import type { DatasetSummary, DuplicatePolicy, DuplicateReport, ImportIssue, OverlapPolicy, OverlapReport } from '@shared/datasets.js';
import { defaultDuplicatePolicy, describeSpan } from '@shared/datasets.js';
import { refreshOrderSummary } from '../store/order-summary.js';
import { backToWal, beginBulkWrite, endBulkWrite, removeIfStillEmpty, writeOnce } from '../store/bulk-write.js';
import { countIssues, datasetIdsBySha, deleteDataset, finishDataset, findDatasetBySha, getDataset, insertDataset, listIssues, setOverlapRemoved } from '../store/datasets.js';
import { storedRowReader } from '../store/dataset-rows.js';
import { problemWriter } from '../store/import-problems.js';
import type { ProblemWriter } from '../store/import-problems.js';
import { findOverlap, removeEmptied, resolveOverlap } from '../store/overlaps.js';
import { datasetSpellings, spellingsWorthTelling } from '../store/channel-map.js';
import { makeBatchInserter } from '../store/batch/insert.js';
import type { BatchInserter } from '../store/batch/insert.js';
import { BatchView } from '../store/batch/layout.js';
import { KIND_ROLES } from '@shared/kinds.js';
import { QualityAccumulator } from './quality.js';
import { RowHashSet } from './row-hash-set.js';
import { ParserClient } from './parser-client.js';
import type { ParsedBatch, ParsedHead } from './parse-protocol.js';
import type { RowIssue } from './batch-typer.js';

export interface ImportRequest {
  project: string;
  file: string;
  kind?: DatasetKind;
  sheet?: string;
  /** Text files: the encoding the user chose over the detected one. */
  encoding?: TextEncoding;
  /** Role → header overrides of the automatic mapping ('' unmaps a role). */
  mapping?: ColumnMapping;
  /** Import a file again in place of the dataset it produced before. */
  replace?: boolean;
  /**
   * What to do with rows a stored dataset of the same kind has already (store/overlaps.ts).
   * Left out, an import that overlaps is refused, saying what overlaps: never counted twice
   * unasked.
   */
  overlap?: OverlapPolicy;
  /** Rows identical to an earlier row of the file: kept or dropped (default per kind: `defaultDuplicatePolicy`). */
  duplicates?: DuplicatePolicy;
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

const SHOWN_ISSUES = 100;

export async function importFile(req: ImportRequest, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const name = basename(req.file);
  if (!existsSync(req.file)) throw new AppError('error.fileNotFound', { file: req.file });
  if (statSync(req.file).isDirectory()) throw new AppError('error.notAFile', { file: req.file });
  assertProjectPlace(req.project);
  const parser = new ParserClient({ file: req.file, sheet: req.sheet, encoding: req.encoding, kind: req.kind, mapping: req.mapping }, hooks.signal);
  // Loaded now rather than with this module: SQLite's native module then loads while the
  // parse thread starts, instead of before it.
  const store = import('../store/project.js');
  try {
    const head = await parser.head(); // bad files and mappings fail here, before the project is touched
    const { createProject, openProject } = await store;
    const created = createProject(req.project);
    const db = openProject(req.project);
    if (created) writeOnce(db);
    try {
      const target = { project: basename(req.project), name, replace: Boolean(req.replace), overlap: req.overlap, duplicates: req.duplicates };
      const id = await importInTransaction(db, parser, head, target, hooks);
      if (created) backToWal(db);
      const dataset = getDataset(db, id)!;
      return { dataset, issues: listIssues(db, id, SHOWN_ISSUES), issueCount: countIssues(db, id), sheets: head.sheets };
    } catch (e) {
      if (created) removeIfStillEmpty(db, req.project);
      db.close();
      throw e;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    await parser.close();
  }
}

interface Target {
  project: string;
  name: string;
  replace: boolean;
  overlap?: OverlapPolicy;
  duplicates?: DuplicatePolicy;
}

async function importInTransaction(db: Database, parser: ParserClient, head: ParsedHead, t: Target, hooks: ImportHooks): Promise<number> {
  const started = performance.now();
  beginBulkWrite(db, t.project);
  let committed = false;
  try {
    const id = insertDataset(db, { kind: head.kind, file: t.name, sha256: '', format: head.format, encoding: head.encoding, sheet: head.sheet, mapping: head.mapping });
    // The same file imported again is recognised by its sha256, checked under the write lock
    // (imported twice at the same moment, it lands once) as soon as the parse thread has
    // hashed it — after the first batches, not after the whole file — while the rows are
    // already being written.
    let sha256: string | undefined;
    let checked = false;
    const checkFingerprint = (): void => {
      if (checked || sha256 === undefined) return;
      checked = true;
      refuseOrReplacePrevious(db, sha256, t);
    };
    const writer = new DatasetWriter(db, id, head, t.duplicates ?? defaultDuplicatePolicy(head.kind, head.mapping));
    for (;;) {
      const m = await parser.next();
      if (m.type === 'fingerprint') {
        sha256 = m.sha256;
        checkFingerprint();
        continue;
      }
      if (m.type === 'end') {
        if (sha256 === undefined) throw new AppError('error.workerFailed', { detail: 'no fingerprint' });
        checkFingerprint();
        writer.assertSomethingImported(t.name, m.rowsRead);
        hooks.onProgress?.({ phase: 'saving', bytesRead: head.bytesTotal, bytesTotal: head.bytesTotal, rows: m.rowsRead });
        const found = findOverlap(db, head.kind, id);
        if (found && !t.overlap) {
          const stored = found.stored.map((s) => `${s.file} (${s.rows})`).join(', ');
          // The CLI reads `span`; the wizard lays out the parts in its own words.
          const parts = { kind: head.kind, from: found.from ?? '', to: found.to ?? '', money: found.money ?? '' };
          throw new AppError('error.importOverlaps', { file: t.name, rows: found.rows, span: describeSpan(found), stored, ...parts });
        }
        const overlap: OverlapReport | null = found && t.overlap ? { ...found, policy: t.overlap, removed: 0 } : null;
        // Paths store whole sequences: their spellings are read back; other kinds counted them as they were stored.
        const spellings = head.kind === 'paths' ? datasetSpellings(db, head.kind, id) : spellingsWorthTelling(writer.quality.channelSpellings());
        const quality = {
          ...writer.quality.report(m.dateOrders, (performance.now() - started) / 1000),
          ...(spellings.length > 0 ? { channelSpellings: spellings } : {}),
          duplicates: writer.duplicates(),
          overlap,
        };
        finishDataset(db, id, { ...writer.counts(m.rowsRead), encoding: m.encoding, sha256 }, quality);
        if (overlap) {
          overlap.removed = resolveOverlap(db, head.kind, id, overlap, overlap.policy);
          // A newer export of all of a dataset's days leaves it empty: it goes with this import (one transaction).
          overlap.emptied = overlap.policy === 'replace' ? removeEmptied(db, overlap) : [];
          setOverlapRemoved(db, id, overlap.removed, overlap.emptied);
        }
        // The dashboard's order summary, built here (this worker, this transaction: it lands
        // with the rows or not at all) rather than on the first read after the import.
        if (head.kind === 'orders') refreshOrderSummary(db);
        break;
      }
      if (m.type === 'head') throw new AppError('error.workerFailed', { detail: 'second head' });
      writer.write(m);
      hooks.onProgress?.({ phase: 'reading', bytesRead: m.bytesRead, bytesTotal: head.bytesTotal, rows: m.rowsRead });
      // Let the event loop turn between batches. While the parse thread keeps this thread's
      // port busy, Node would otherwise go on delivering its batches and never get to the
      // host's messages — a cancel stayed unread until the import was over.
      await new Promise((resume) => setImmediate(resume));
    }
    if (hooks.signal?.aborted) throw new AppError('error.cancelled');
    committed = true;
    return id;
  } finally {
    endBulkWrite(db, committed);
  }
}

/** A file imported before is refused, or with `replace` its datasets go (before this one's overlaps are looked for). */
function refuseOrReplacePrevious(db: Database, sha256: string, t: Target): void {
  const previous = findDatasetBySha(db, sha256);
  if (!previous) return;
  if (!t.replace) throw new AppError('error.duplicateImport', { file: t.name, id: previous.id, date: previous.importedAt.slice(0, 10) });
  for (const id of datasetIdsBySha(db, sha256)) deleteDataset(db, id);
}

const DUPLICATE_SAMPLE = 10;

/**
 * Stores the typed rows of one dataset, batch by batch, finds identical rows (dropped or
 * kept as the policy says; paths always kept), keeps what was rejected and counts the
 * quality report of what was stored.
 */
class DatasetWriter {
  readonly quality: QualityAccumulator;
  private readonly seen = new RowHashSet();
  /** Role index of each stored column (−1: `extra`). */
  private readonly roles: number[];
  private rowsImported = 0;
  private rowsRejected = 0;
  private duplicatesRemoved = 0;
  private duplicatesFound = 0;
  private readonly duplicateSample: { row: number; sameAs: number }[] = [];
  private readonly policy: DuplicatePolicy;
  private readonly inserter: BatchInserter;
  private readonly problems: ProblemWriter;
  private readonly storedRow: (row: number) => (string | number | null)[] | undefined;
  private firstIssue: { row: number; issue: RowIssue } | undefined;

  constructor(
    db: Database,
    private readonly id: number,
    head: ParsedHead,
    policy: DuplicatePolicy,
  ) {
    this.policy = head.kind === 'paths' ? 'keep' : policy;
    this.inserter = makeBatchInserter(db, head.kind, id, head.columns);
    this.quality = new QualityAccumulator(head.kind, head.mapping, head.headers, head.columns);
    this.roles = head.columns.map((c) => KIND_ROLES[head.kind].findIndex((s) => s.role === c));
    this.problems = problemWriter(db, id);
    this.storedRow = storedRowReader(db, id, head.kind, head.columns);
  }

  write(batch: ParsedBatch): void {
    for (const r of batch.rejected) this.reject(r.row, r.cells, r.issues);
    const rows = new BatchView(batch.packed);
    if (rows.kept === 0) return;
    if (this.rowsImported === 0) this.seen.reserve(batch.rowsExpected);
    const { hashes } = batch;
    const { keepList, rowNumbers } = rows;
    let dropped: number[] | undefined;
    for (let k = 0; k < rows.kept; k++) {
      const i = keepList[k];
      const earlier = this.seen.firstRowOr(hashes[k], rowNumbers[i]);
      if (earlier === undefined || !this.isSameRow(rows, i, earlier)) continue;
      this.duplicatesFound++;
      if (this.duplicateSample.length < DUPLICATE_SAMPLE) this.duplicateSample.push({ row: rowNumbers[i], sameAs: earlier });
      if (this.policy === 'drop') (dropped ??= []).push(k);
    }
    if (dropped) {
      this.duplicatesRemoved += dropped.length;
      rows.dropKept(dropped);
    }
    this.inserter.insert(rows);
    this.quality.addStored(rows, this.roles);
    this.rowsImported += rows.kept;
  }

  counts(rowsRead: number) {
    return { rowsRead, rowsImported: this.rowsImported, rowsRejected: this.rowsRejected, duplicatesRemoved: this.duplicatesRemoved };
  }

  duplicates(): DuplicateReport {
    return { policy: this.policy, count: this.duplicatesFound, sample: this.duplicateSample };
  }

  assertSomethingImported(file: string, rowsRead: number): void {
    if (this.rowsImported === 0 && this.firstIssue) {
      const { row, issue } = this.firstIssue;
      throw new AppError('error.allRowsRejected', { file, rows: rowsRead, row, column: issue.column, reason: issue.code, value: issue.value ?? '' });
    }
  }

  private reject(row: number, cells: readonly string[], issues: readonly RowIssue[]): void {
    this.rowsRejected++;
    this.quality.addRejected(issues);
    this.firstIssue ??= { row, issue: issues[0] };
    for (const issue of issues) this.problems.issue(row, issue.column, issue.code, issue.value);
    this.problems.rejected(row, cells);
  }

  /**
   * A duplicate candidate (same hash of the raw cells as an earlier row) is dropped only
   * if the earlier row — in this batch, or already stored — has the very same values: a
   * hash collision can never lose a row that differs.
   */
  private isSameRow(rows: BatchView, i: number, earlierRow: number): boolean {
    const j = earlierRow - rows.rowNumbers[0];
    if (j >= 0 && j < i && rows.rowNumbers[j] === earlierRow) {
      for (let c = 0; c < rows.columns; c++) if (rows.cell(c, i) !== rows.cell(c, j)) return false;
      return true;
    }
    const stored = this.storedRow(earlierRow);
    return stored !== undefined && stored.every((v, c) => v === rows.cell(c, i));
  }
}

/** A project goes into an existing folder, and is a file: said plainly before SQLite would fail obscurely. */
function assertProjectPlace(project: string): void {
  const folder = dirname(project);
  if (!existsSync(folder)) throw new AppError('error.projectFolderMissing', { folder });
  if (existsSync(project) && statSync(project).isDirectory()) throw new AppError('error.notAProject', { file: basename(project) });
}

