/**
 * The import wizard as a state machine: file → preview (kind, encoding) → mapping →
 * running import (progress, cancel) → quality report. The latest preview request wins.
 */
import type { ImportPreview, ImportSpan } from '@shared/api.js';
import type { DatasetSummary, DuplicatePolicy, OverlapPolicy } from '@shared/datasets.js';
import { defaultDuplicatePolicy } from '@shared/datasets.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { DatasetKind } from '@shared/kinds.js';
import { KIND_ROLES } from '@shared/kinds.js';
import { mayBeWholeFile, wholeFileValue } from '@shared/whole-file-value.js';
import type { TextEncoding } from '@shared/text-encodings.js';
import { toErrorInfo } from './api-error.js';
import type { Host } from './host.js';
import type { JobTracker } from './jobs.svelte.js';

export const WIZARD_STAGES = ['file', 'check', 'mapping', 'import', 'report'] as const;
export type WizardStage = (typeof WIZARD_STAGES)[number];

export class ImportWizard {
  stage = $state<WizardStage>('file');
  upload = $state<{ name: string; fraction: number } | null>(null);
  /** The name of the file the user chose (kept when it could not be read). */
  chosenName = $state('');
  /** The file's path on the machine running the services. */
  file = $state<string | null>(null);
  preview = $state.raw<ImportPreview | null>(null);
  kind = $state<DatasetKind | null>(null);
  sheet = $state<string | undefined>(undefined);
  /** A text encoding the user chose over the detected one (garbled preview). */
  encoding = $state<TextEncoding | undefined>(undefined);
  /** Role → header ('' = not used). */
  mapping = $state<Record<string, string>>({});
  edited = $state<Record<string, boolean>>({});
  busy = $state(false);
  error = $state.raw<ErrorInfo | null>(null);
  jobId = $state<string | null>(null);
  cancelling = $state(false);
  cancelled = $state(false);
  dataset = $state.raw<DatasetSummary | null>(null);
  /** The user's choice for identical rows; null: the kind's default. */
  duplicateChoice = $state<DuplicatePolicy | null>(null);
  /**
   * The import was refused because it overlaps stored data (error.importOverlaps: what
   * overlaps, nothing written); the wizard asks what to do and imports again with it.
   */
  overlapFound = $state.raw<ErrorInfo | null>(null);
  overlapChoice = $state<OverlapPolicy>('replace');
  /**
   * The days the file covers and what the project holds of them, read after the preview
   * when the project has dated data of the kind (null meanwhile, or when there is none).
   */
  span = $state.raw<ImportSpan | null>(null);
  spanBusy = $state(false);
  private previewSeq = 0;
  private spanSeq = 0;
  private uploadAbort: AbortController | null = null;

  readonly roles = $derived(this.kind ? KIND_ROLES[this.kind] : []);
  /** A role is filled by one of the file's columns or by one value for the whole file (a platform's channel). */
  readonly missing = $derived(this.roles.filter((r) => r.required && !this.fills(r.role)).map((r) => r.role));
  readonly usedTwice = $derived.by(() => {
    const used = Object.values(this.mapping).filter(Boolean);
    return used.filter((h, i) => used.indexOf(h) !== i && used.lastIndexOf(h) === i);
  });
  readonly duplicateDefault = $derived<DuplicatePolicy>(this.kind ? defaultDuplicatePolicy(this.kind, this.mapping) : 'drop');
  /** Paths keep identical rows always (the import does not offer to drop them). */
  readonly duplicates = $derived<DuplicatePolicy>(this.kind === 'paths' ? 'keep' : (this.duplicateChoice ?? this.duplicateDefault));
  readonly unused = $derived((this.preview?.headers ?? []).filter((h) => !Object.values(this.mapping).includes(h)));

  constructor(
    private readonly host: Host,
    private readonly jobs: JobTracker,
    private readonly project: () => string,
    /**
     * "Update this dataset with a new export": the file takes this dataset's kind and
     * mapping, and the overlap choice is made before the import, not after a refusal.
     */
    readonly update: DatasetSummary | null = null,
  ) {}

  async chooseFile(picked: File): Promise<void> {
    this.error = null;
    this.releaseFile();
    this.uploadAbort?.abort();
    this.uploadAbort = new AbortController();
    this.chosenName = picked.name;
    this.upload = { name: picked.name, fraction: 0 };
    try {
      this.file = await this.host.fileToPath(picked, (fraction) => (this.upload = { name: picked.name, fraction }), this.uploadAbort.signal);
    } catch (e) {
      this.error = toErrorInfo(e);
      return;
    } finally {
      this.upload = null;
    }
    this.sheet = undefined;
    this.encoding = undefined;
    await this.loadPreview(undefined);
    if (this.preview) this.stage = 'check';
  }

  /** Asks the services to read the file again (another kind or sheet); the latest answer wins. */
  private async loadPreview(kind: DatasetKind | undefined): Promise<void> {
    if (!this.file) return;
    const seq = ++this.previewSeq;
    this.busy = true;
    this.error = null;
    try {
      const preview = await this.host.api['import.preview']({ file: this.file, sheet: this.sheet, encoding: this.encoding, kind, project: this.project(), like: this.update?.id });
      if (seq !== this.previewSeq) return;
      this.preview = preview;
      this.kind = preview.kind;
      this.mapping = { ...preview.mapping };
      this.edited = {};
      void this.loadSpan();
    } catch (e) {
      if (seq === this.previewSeq) this.error = toErrorInfo(e);
    } finally {
      if (seq === this.previewSeq) this.busy = false;
    }
  }

  /**
   * Reads the days the whole file covers, with the mapping as it stands, when there is
   * stored dated data of the kind to compare with; the latest request wins.
   */
  async loadSpan(): Promise<void> {
    const seq = ++this.spanSeq;
    this.span = null;
    const dated = this.preview?.sameKind.some((s) => s.from) ?? false;
    if (!this.file || !this.kind || !dated || this.missing.length > 0) return;
    this.spanBusy = true;
    try {
      const span = await this.host.api['import.span']({ file: this.file, sheet: this.sheet ?? this.preview?.sheet, encoding: this.encoding, kind: this.kind, mapping: this.mappingToSend(), project: this.project() });
      if (seq === this.spanSeq) this.span = span;
    } catch {
      // Only a note before the import: the import itself checks overlaps and says why it fails.
    } finally {
      if (seq === this.spanSeq) this.spanBusy = false;
    }
  }

  /** The complete mapping shown: every role of the kind, '' where unused. */
  private mappingToSend(): Record<string, string> {
    return Object.fromEntries(this.roles.map((r) => [r.role, this.mapping[r.role] ?? '']));
  }

  changeKind(kind: DatasetKind): Promise<void> {
    return this.loadPreview(kind);
  }

  changeEncoding(encoding: TextEncoding): Promise<void> {
    this.encoding = encoding;
    return this.loadPreview(this.kind ?? undefined);
  }

  changeSheet(sheet: string): Promise<void> {
    this.sheet = sheet;
    return this.loadPreview(this.kind ?? undefined);
  }

  /** `header`: a column of the file, or `=value` for one value for the whole file; `reread`: false while a value is being typed. */
  setMapping(role: string, header: string, reread = true): void {
    this.mapping[role] = header;
    this.edited[role] = true;
    // Another date column is another period; another channel, other stored days to compare with.
    if (reread && (role === 'date' || role === 'timestamp' || role === 'channel')) void this.loadSpan();
  }

  private fills(role: string): boolean {
    const mapped = this.mapping[role];
    const headers = this.preview?.headers ?? [];
    return Boolean(mapped) && (headers.includes(mapped) || wholeFileValue(mapped, headers) !== null);
  }

  /** The value every row takes for `role` when the whole file has one (a platform export's channel), else null. */
  wholeFile(role: string): string | null {
    return mayBeWholeFile(role) ? wholeFileValue(this.mapping[role], this.preview?.headers ?? []) : null;
  }

  /** Sample values of a source column, from the preview rows (the value itself for one value for the whole file). */
  samples(header: string, count = 3): string[] {
    const whole = wholeFileValue(header, this.preview?.headers ?? []);
    if (whole !== null) return [whole];
    const at = this.preview?.headers.indexOf(header) ?? -1;
    if (!this.preview || at < 0) return [];
    return this.preview.rows.map((row) => row[at] ?? '').filter((v) => v !== '').slice(0, count);
  }

  async start(replace = false, overlap?: OverlapPolicy): Promise<void> {
    if (!this.file || !this.kind || this.missing.length > 0) return;
    const kind = this.kind;
    const mapping = this.mappingToSend();
    this.error = null;
    this.cancelled = false;
    this.cancelling = false;
    this.overlapFound = null;
    this.stage = 'import';
    try {
      if (this.update && !overlap) overlap = this.overlapChoice;
      const request = { project: this.project(), file: this.file, kind, sheet: this.sheet ?? this.preview?.sheet, encoding: this.encoding, mapping, replace, overlap, duplicates: this.duplicates };
      this.jobId = await this.jobs.start(() => this.host.api['import.start'](request));
      const result = (await this.jobs.finish(this.jobId)) as { dataset?: DatasetSummary };
      if (!result?.dataset) throw new Error('the import returned no dataset');
      this.dataset = result.dataset;
      // The rows are in the project now; the browser host has already deleted its upload.
      this.file = null;
      this.stage = 'report';
    } catch (e) {
      const info = toErrorInfo(e);
      this.cancelled = info.code === 'error.cancelled';
      if (info.code === 'error.importOverlaps') this.overlapFound = info;
      else this.error = this.cancelled ? null : info;
      this.stage = 'mapping';
    } finally {
      this.jobId = null;
      this.cancelling = false;
    }
  }

  async cancel(): Promise<void> {
    if (!this.jobId || this.cancelling) return;
    this.cancelling = true;
    try {
      await this.host.api['job.cancel']({ jobId: this.jobId });
    } catch (e) {
      this.error = toErrorInfo(e);
      this.cancelling = false;
    }
  }

  /** The wizard was closed: an upload still running, or one done, is not wanted any more. */
  dispose(): void {
    this.uploadAbort?.abort();
    this.releaseFile();
  }

  /**
   * Lets the host delete the file the wizard had (an upload, in the browser). Not awaited:
   * nothing waits on it, and if it fails the host's sweep deletes the upload later.
   */
  private releaseFile(): void {
    if (!this.file) return;
    this.host.releaseFile(this.file).catch(() => undefined);
    this.file = null;
  }

  back(): void {
    this.error = null;
    this.overlapFound = null;
    this.cancelled = false;
    if (this.stage === 'mapping') this.stage = 'check';
    else if (this.stage === 'check') this.stage = 'file';
  }
}
