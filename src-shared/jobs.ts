/** Progress of a long job, as every host shows it (progress bar, CLI bar, push event). */
export interface JobProgress {
  /** What the job is doing now, e.g. 'reading', 'saving', 'fitting'. */
  phase: string;
  /** 0..1 when known. */
  fraction: number | null;
  /** A count to show beside the bar (rows read, iterations…). */
  count?: number;
}
