/**
 * The report as the Report step builds it: the options (sections, language), the preview
 * (HTML the services render, shown in a sandboxed frame) and the exports (PDF, Excel) as
 * jobs with progress, each downloaded when done.
 */
import type { ReportFile, ReportSection } from '@shared/api.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { Lang } from '@shared/i18n/index.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';
import type { JobTracker } from '../lib/jobs.svelte.js';
import { saveBase64 } from './save-file.js';
import { REPORT_SECTION_LIST } from './sections.js';

export type ReportFormat = 'pdf' | 'xlsx';
export type Skipped = { section: ReportSection; reason: string }[];

export class ReportJobs {
  sections = $state<ReportSection[]>([...REPORT_SECTION_LIST]);
  lang = $state<Lang>('en');
  /** The preview's HTML and the options it was made with. */
  preview = $state.raw<{ html: string; skipped: Skipped; options: string } | null>(null);
  previewing = $state(false);
  /** The export running now. */
  exporting = $state<{ format: ReportFormat; jobId: string | null } | null>(null);
  cancelling = $state(false);
  exported = $state.raw<{ format: ReportFormat; file: ReportFile } | null>(null);
  cancelled = $state(false);
  error = $state.raw<ErrorInfo | null>(null);
  /** Jobs this page started (their end is not news to the dashboard); never rendered, so a plain Set. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly own = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly jobs: JobTracker,
    private readonly project: string,
    lang: Lang,
  ) {
    this.lang = lang;
  }

  isOwnJob = (jobId: string): boolean => this.own.has(jobId);

  /** The chosen sections in reading order, whatever order they were ticked in. */
  private chosen(): ReportSection[] {
    return REPORT_SECTION_LIST.filter((s) => this.sections.includes(s));
  }

  /** Bumped when the cover's branding is saved: a preview made before shows the old cover. */
  brandingVersion = $state(0);

  get optionsKey(): string {
    return `${this.lang}|${this.chosen().join(',')}|${this.brandingVersion}`;
  }

  get stale(): boolean {
    return this.preview !== null && this.preview.options !== this.optionsKey;
  }

  async makePreview(): Promise<void> {
    this.previewing = true;
    this.error = null;
    const options = this.optionsKey;
    try {
      const { html, skipped } = await this.host.api['report.preview']({ project: this.project, lang: this.lang, sections: this.chosen() });
      this.preview = { html, skipped, options };
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.previewing = false;
    }
  }

  async export(format: ReportFormat): Promise<void> {
    this.exporting = { format, jobId: null };
    this.exported = null;
    this.cancelled = false;
    this.error = null;
    try {
      const jobId = await this.jobs.start(async () => {
        const started = await this.host.api['report.export']({ project: this.project, lang: this.lang, format, sections: this.chosen() });
        this.own.add(started.jobId);
        return started;
      });
      this.exporting = { format, jobId };
      const file = (await this.jobs.finish(jobId)) as ReportFile;
      this.exported = { format, file };
      await this.download(file);
    } catch (e) {
      const info = toErrorInfo(e);
      if (info.code === 'error.cancelled') this.cancelled = true;
      else this.error = info;
    } finally {
      this.exporting = null;
      this.cancelling = false;
    }
  }

  async cancel(): Promise<void> {
    const jobId = this.exporting?.jobId;
    if (!jobId) return;
    this.cancelling = true;
    try {
      await this.host.api['job.cancel']({ jobId });
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  async download(file: ReportFile): Promise<void> {
    try {
      const read = await this.host.api['export.read']({ file: file.file });
      saveBase64(read.fileName, read.mime, read.base64);
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }
}
