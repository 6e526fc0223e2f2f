/**
 * Errors are values at boundaries. An AppError carries a code
 * and the facts (file, row, column, …); the words come from the i18n catalogue so the
 * same error reads in the user's language in the CLI, the web host and the window.
 */
import type { MessageKey } from './i18n/index.js';

export interface ErrorInfo {
  code: MessageKey;
  params: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: MessageKey;
  readonly params: Record<string, string | number>;

  constructor(code: MessageKey, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, params: this.params };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Results cross IPC and HTTP as envelopes, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
