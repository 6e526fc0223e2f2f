/**
 * Typed columns that grow by doubling, for the models' builders that learn their sizes only
 * at the end (a million journeys' paths and sums): numbers kept off the JavaScript heap,
 * so building them leaves the garbage collector nothing to scan or copy.
 *
 * Two small classes rather than one generic over the array type: `push` runs once per
 * touchpoint, and a class per element type keeps each call site monomorphic for V8.
 */
export class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, new Int32Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  /** The values pushed, in an array of their own. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableFloat64 {
  data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, new Float64Array(this.data.length * 2));
    this.data[this.length++] = value;
  }

  done(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
