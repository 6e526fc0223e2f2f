/** A failed API call as a value the UI can put into words (describeError). */
import type { ErrorInfo } from '@shared/errors.js';

export class ApiError extends Error {
  readonly info: ErrorInfo;

  constructor(info: ErrorInfo) {
    super(info.code);
    this.name = 'ApiError';
    this.info = info;
  }
}

function isErrorInfo(value: unknown): value is ErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.params === 'object' && v.params !== null;
}

/**
 * Any thrown value as ErrorInfo. The Electron preload rejects with an Error whose
 * message is the ErrorInfo as JSON (contextBridge keeps nothing else of an Error).
 */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (e instanceof ApiError) return e.info;
  const message = e instanceof Error ? e.message : String(e);
  try {
    const parsed: unknown = JSON.parse(message);
    if (isErrorInfo(parsed)) return parsed;
  } catch {
    // not JSON: an ordinary error
  }
  return { code: 'error.unexpected', params: { detail: message } };
}
