/** Sends a chosen file to the browser host (`POST /api/upload`), with upload progress. */
import type { ErrorInfo, Result } from '@shared/errors.js';
import { ApiError } from './api-error.js';

export function uploadFile(file: File, token: string, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/upload?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    const fail = (info: ErrorInfo): void => reject(new ApiError(info));
    xhr.onerror = () => fail({ code: 'ui.error.connection', params: { detail: 'upload' } });
    xhr.onabort = () => fail({ code: 'error.cancelled', params: {} });
    xhr.onload = () => {
      try {
        const envelope = JSON.parse(xhr.responseText) as Result<{ file: string }>;
        if (envelope.ok) resolve(envelope.value.file);
        else fail(envelope.error);
      } catch {
        fail({ code: 'ui.error.connection', params: { detail: `HTTP ${xhr.status}` } });
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
