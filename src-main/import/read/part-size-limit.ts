/** Counts a part's uncompressed bytes and fails past `limit` (a zip bomb is refused early). */
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

export class PartSizeLimit extends Transform {
  private bytes = 0;

  constructor(
    private readonly limit: number,
    private readonly onExceeded: () => Error,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) done(this.onExceeded());
    else done(null, chunk);
  }
}
