/**
 * Dictionary coding for columnar reads: a text column becomes distinct entries plus one
 * integer per row, so a million rows carry a million small numbers, not a million strings.
 */
export class Dictionary {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();

  /** The entry number of `text`, adding it the first time. */
  code(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.entries.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }
}

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
