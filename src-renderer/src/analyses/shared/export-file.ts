/**
 * Per-customer tables as CSV files: the analysis runs again as a job with `csv: true`,
 * writes the file into the workspace's exports folder, and the page reads it back
 * (`export.read`) to hand it to the user as a download.
 */
import { downloadText } from '../../lib/download.js';
import type { Host } from '../../lib/host.js';
import type { JobTracker } from '../../lib/jobs.svelte.js';
import type { RunRequest } from './analysis-job.svelte.js';

export function decodeBase64Text(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  // TextDecoder drops a leading BOM; the download helper puts one back for Excel.
  return new TextDecoder().decode(bytes);
}

/** Runs the analysis with its CSV output and downloads the file; resolves to the file's name. */
export async function exportAnalysisCsv(host: Host, jobs: JobTracker, request: RunRequest): Promise<string | null> {
  const jobId = await jobs.start(() => host.api['analysis.run'](request));
  const result = (await jobs.finish(jobId)) as { outFile?: string | null };
  if (!result.outFile) return null;
  const file = await host.api['export.read']({ file: result.outFile });
  downloadText(file.fileName, decodeBase64Text(file.base64));
  return file.fileName;
}
