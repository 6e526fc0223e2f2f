import { AppError, isAppError } from '@shared/errors.js';
import type { ErrorInfo } from '@shared/errors.js';

/** Any thrown value as an ErrorInfo: AppErrors keep their code, the rest become 'unexpected'. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.toInfo();
  const detail = e instanceof Error ? e.message : String(e);
  if (/SQLITE_BUSY|database is locked/i.test(detail)) return { code: 'error.projectBusy', params: { file: '' } };
  return { code: 'error.unexpected', params: { detail } };
}

export function fromErrorInfo(info: ErrorInfo): AppError {
  return new AppError(info.code, info.params);
}
