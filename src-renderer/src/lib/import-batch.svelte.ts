/**
 * Several files at once (a month's exports): one ImportWizard per file, each read,
 * detected and mapped on its own (remembered mappings apply), then imported one by one or
 * all in one go. Each import is its own transaction: a file that fails is named with its
 * reason and the others still land; one that overlaps stored data waits for the user's
 * choice while the others go on.
 */
import type { DatasetSummary } from '@shared/datasets.js';
import type { Host } from './host.js';
import { ImportWizard } from './import-wizard.svelte.js';
import type { JobTracker } from './jobs.svelte.js';

/** Where a file of the batch stands, in the order a user cares about. */
export type BatchItemState = 'reading' | 'unreadable' | 'needs-mapping' | 'needs-choice' | 'ready' | 'importing' | 'imported' | 'failed';

export function itemState(item: ImportWizard): BatchItemState {
  if (item.dataset) return 'imported';
  if (item.stage === 'import') return 'importing';
  if (item.upload || (item.busy && !item.preview)) return 'reading';
  if (!item.preview) return item.error ? 'unreadable' : 'reading';
  if (item.overlapFound) return 'needs-choice';
  if (item.error) return 'failed';
  if (!item.kind || item.missing.length > 0) return 'needs-mapping';
  return 'ready';
}

export class ImportBatch {
  items = $state<ImportWizard[]>([]);
  /** The file whose preview and mapping are open, or null: the list. */
  reviewing = $state<ImportWizard | null>(null);
  running = $state(false);

  readonly ready = $derived(this.items.filter((item) => itemState(item) === 'ready'));
  readonly done = $derived(this.items.length > 0 && this.items.every((item) => itemState(item) === 'imported'));

  constructor(
    private readonly host: Host,
    private readonly jobs: JobTracker,
    private readonly project: () => string,
    private readonly onimported: (dataset: DatasetSummary) => void,
  ) {}

  /** Reads the files one after another (uploads share one connection; the machine is small). */
  async add(files: readonly File[]): Promise<void> {
    const added = files.map((file) => ({ file, wizard: new ImportWizard(this.host, this.jobs, this.project) }));
    this.items.push(...added.map((a) => a.wizard));
    for (const { file, wizard } of added) {
      if (!this.items.includes(wizard)) continue; // removed while waiting its turn
      await wizard.chooseFile(file);
    }
  }

  /** Imports one file; an overlap found waits for `choose`. */
  async importOne(item: ImportWizard): Promise<void> {
    const wasRunning = this.running;
    this.running = true;
    try {
      await item.start(false, item.overlapFound ? item.overlapChoice : undefined);
      if (item.dataset) this.onimported(item.dataset);
    } finally {
      this.running = wasRunning;
    }
  }

  /** Every file ready to go, in the order chosen; the others keep waiting for the user. */
  async importAll(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const item of this.ready) {
        await this.importOne(item);
        if (item.cancelled) break;
      }
    } finally {
      this.running = false;
    }
  }

  remove(item: ImportWizard): void {
    item.dispose();
    this.items = this.items.filter((i) => i !== item);
    if (this.reviewing === item) this.reviewing = null;
  }

  dispose(): void {
    for (const item of this.items) item.dispose();
  }
}
