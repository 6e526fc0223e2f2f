/**
 * The services as the browser host offers them, with the lifetimes of its uploads tied in:
 *   import.preview  holds the upload while it reads it (import.span too);
 *   import.start    holds it until the job ends. Success deletes it (the data is in the
 *                   project now); a failed or cancelled import keeps it, for another try
 *                   with a corrected mapping or "replace";
 *   upload.discard  answered here, not by the services: only this host knows its uploads,
 *                   and the services also run in Electron, where paths are the user's own files.
 */
import { API_INPUTS } from '@shared/api.js';
import type { ApiName, ApiResponse } from '@shared/api.js';
import type { Services } from '../services/index.js';
import type { UploadStore } from './uploads.js';

export type HostServices = Pick<Services, 'call' | 'onJobEvent'>;

type Ending = 'done' | 'failed';

function fileIn(input: unknown): string | null {
  const file = typeof input === 'object' && input !== null ? (input as { file?: unknown }).file : undefined;
  return typeof file === 'string' ? file : null;
}

const invalid = (detail: string): ApiResponse<ApiName> => ({ ok: false, error: { code: 'error.invalidInput', params: { detail } } });

export function withUploadLifetimes(services: HostServices, uploads: UploadStore): HostServices & { close(): void } {
  const imports = new Map<string, (ending: Ending) => void>();
  // Endings of jobs not (yet) known as imports, kept only while an import.start is on its
  // way back: a job that ended before its id reached us must still release its upload.
  const endedEarly = new Map<string, Ending>();
  let startsInFlight = 0;

  const unsubscribe = services.onJobEvent((event) => {
    if (event.type === 'progress') return;
    const end = imports.get(event.jobId);
    if (end) {
      imports.delete(event.jobId);
      end(event.type);
    } else if (startsInFlight > 0) endedEarly.set(event.jobId, event.type);
  });

  async function discard(input: unknown): Promise<ApiResponse<ApiName>> {
    const parsed = API_INPUTS['upload.discard'].safeParse(input ?? {});
    if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join('.') || 'upload.discard'}: ${i.message}`).join('; '));
    const outcome = await uploads.discard(parsed.data.file);
    if (outcome === 'refused') return invalid('not an upload of this host');
    return { ok: true, value: { discarded: outcome === 'deleted' } };
  }

  async function startImport(input: unknown, file: string | null): Promise<ApiResponse<ApiName>> {
    const release = file === null ? () => {} : uploads.hold(file);
    const end = (ending: Ending): void => {
      // Discard first: the release then deletes it, unless another import still holds it.
      if (ending === 'done' && file !== null) void uploads.discard(file);
      release();
    };
    startsInFlight++;
    try {
      const response = await services.call('import.start', input);
      if (!response.ok) {
        release();
        return response;
      }
      const { jobId } = response.value as { jobId: string };
      const early = endedEarly.get(jobId);
      if (early) end(early);
      else imports.set(jobId, end);
      return response;
    } catch (e) {
      release();
      throw e;
    } finally {
      if (--startsInFlight === 0) endedEarly.clear();
    }
  }

  return {
    async call(name, input) {
      if (name === 'upload.discard') return discard(input);
      const file = fileIn(input);
      if (name === 'import.start') return startImport(input, file);
      const release = (name === 'import.preview' || name === 'import.span') && file !== null ? uploads.hold(file) : () => {};
      try {
        return await services.call(name, input);
      } finally {
        release();
      }
    },
    onJobEvent: (listener) => services.onJobEvent(listener),
    close: unsubscribe,
  };
}
