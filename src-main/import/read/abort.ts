/** Cancellation: one error for every reader, thrown between chunks or rows. */
import { AppError } from '@shared/errors.js';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('error.cancelled');
}
