import { AppError, isAppError } from '@shared/errors.js';
import type { ErrorInfo } from '@shared/errors.js';

/** Any thrown value as an ErrorInfo: AppErrors keep their code, the rest become 'unexpected'. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.toInfo();
  const detail = e instanceof Error ? e.message : String(e);
  // The only other writer of a project is ROI Studio itself (another import or analysis).
  if (/SQLITE_BUSY|database is locked/i.test(detail)) return { code: 'error.projectLocked', params: {} };
  const errno = (e as NodeJS.ErrnoException | null)?.code;
  const path = (e as NodeJS.ErrnoException | null)?.path;
  if (path && errno === 'ENOENT') return { code: 'error.fileNotFound', params: { file: path } };
  if (path && errno === 'EISDIR') return { code: 'error.notAFile', params: { file: path } };
  return { code: 'error.unexpected', params: { detail } };
}

export function fromErrorInfo(info: ErrorInfo): AppError {
  return new AppError(info.code, info.params);
}
