/** Columns read from SQLite row by row. Texts are dictionary-coded with src-shared/dictionary.ts. */
/** A typed array that doubles as rows arrive (the row count is not known before reading). */
export class GrowingColumn<T extends Int32Array | Float64Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1 << 16);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, trimmed to size. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}
