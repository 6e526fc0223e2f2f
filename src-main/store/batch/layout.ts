/**
 * A batch of typed rows packed into one ArrayBuffer: the parse thread builds it, hands
 * it to the writer without copying (a transfer), and the writer gives it to SQLite
 * whole (batch_rows.c reads the same layout). Columns, not rows: numbers are one
 * Float64Array (NaN = empty), text is codes into a per-batch dictionary, because
 * dates, channels and campaigns repeat.
 *
 * Layout (little-endian; every section starts at a multiple of 8 bytes):
 *   u32 magic 'RWB1', u32 columns, u32 rows, u32 kept
 *   i32 rowNumber[rows], i32 keep[rows] (the first `kept` entries count)
 *   per column: u32 type (1 real, 2 text), u32 words, u32 bytes, u32 0, then
 *     real: f64 value[rows]
 *     text: i32 code[rows] (-1 = empty), i32 offset[words + 1], u8 utf8[bytes]
 *
 * Every code is -1 or an index into its dictionary, in every row: the extension checks
 * them all before reading one. Rows left out of the keep list (rejected ones) are packed
 * as empty, whatever their columns held: a typer leaves those cells unwritten.
 */
export const BATCH_MAGIC = 0x31425752;
const REAL = 1;
const TEXT = 2;

/**
 * A dictionary already in its packed form, entry i being bytes[offsets[i], offsets[i + 1]):
 * the parse thread builds it as it types (import/utf8-dictionary.ts), so a cell whose bytes
 * are its value never becomes a string on the way.
 */
export interface Utf8Dictionary {
  readonly words: number;
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
}

export type BatchColumn = { type: 'real'; values: Float64Array } | { type: 'text'; codes: Int32Array; dictionary: readonly string[] | Utf8Dictionary };
export type BatchCell = string | number | null;

const align8 = (n: number): number => (n + 7) & ~7;
const utf8 = new TextEncoder();

/** Packs `rows` rows; `keep` lists the indexes of the rows to store, in order. */
export function packBatch(rowNumbers: Int32Array, keep: Int32Array, columns: readonly BatchColumn[]): ArrayBuffer {
  const rows = rowNumbers.length;
  if (keep.length > rows) throw new Error('more rows kept than packed');
  const kept = new Uint8Array(rows);
  for (const i of keep) {
    if (i < 0 || i >= rows) throw new Error(`kept row ${i} is not in the batch`);
    kept[i] = 1;
  }
  const encoded = columns.map((c) => (c.type === 'text' ? packedDictionary(c.dictionary) : null));
  let size = 16 + 2 * align8(4 * rows);
  columns.forEach((c, j) => {
    size += 16 + (c.type === 'real' ? 8 * rows : align8(4 * rows + 4 * encoded[j]!.offsets.length + encoded[j]!.bytes.length));
  });
  const buffer = new ArrayBuffer(size);
  const words = new Uint32Array(buffer, 0, 4);
  words.set([BATCH_MAGIC, columns.length, rows, keep.length]);
  let at = 16;
  new Int32Array(buffer, at, rows).set(rowNumbers);
  at = align8(at + 4 * rows);
  new Int32Array(buffer, at, keep.length).set(keep);
  at = align8(at + 4 * rows);
  columns.forEach((c, j) => {
    const header = new Uint32Array(buffer, at, 4);
    at += 16;
    if (c.type === 'real') {
      header[0] = REAL;
      new Float64Array(buffer, at, rows).set(c.values.subarray(0, rows));
      at += 8 * rows;
      return;
    }
    const { offsets, bytes } = encoded[j]!;
    const words = offsets.length - 1;
    header.set([TEXT, words, bytes.length, 0]);
    packCodes(new Int32Array(buffer, at, rows), c.codes, kept, words, j);
    new Int32Array(buffer, at + 4 * rows, offsets.length).set(offsets);
    new Uint8Array(buffer, at + 4 * rows + 4 * offsets.length, bytes.length).set(bytes);
    at += align8(4 * rows + 4 * offsets.length + bytes.length);
  });
  return buffer;
}

/** The codes of the kept rows, checked against the dictionary; the other rows as empty (-1). */
function packCodes(out: Int32Array, codes: Int32Array, kept: Uint8Array, words: number, column: number): void {
  for (let i = 0; i < out.length; i++) {
    if (kept[i] === 0) {
      out[i] = -1;
      continue;
    }
    const code = codes[i];
    if (code < -1 || code >= words) throw new Error(`column ${column}, row ${i}: code ${code} is not in its dictionary of ${words}`);
    out[i] = code;
  }
}

/** The dictionary's offsets (words + 1 of them) and UTF-8 bytes, as packed. */
function packedDictionary(dictionary: readonly string[] | Utf8Dictionary): { offsets: Int32Array; bytes: Uint8Array } {
  if (isStringDictionary(dictionary)) return encodeDictionary(dictionary);
  const { words, offsets, bytes } = dictionary;
  return { offsets: offsets.subarray(0, words + 1), bytes: bytes.subarray(0, offsets[words]) };
}

const isStringDictionary = (d: readonly string[] | Utf8Dictionary): d is readonly string[] => Array.isArray(d);

/** Entries in a text column's dictionary, whichever form it has. */
export function dictionaryWords(dictionary: readonly string[] | Utf8Dictionary): number {
  return isStringDictionary(dictionary) ? dictionary.length : dictionary.words;
}

/** Entry `code` of a text column's dictionary as a string (tests and messages; packing never needs it). */
export function dictionaryEntry(dictionary: readonly string[] | Utf8Dictionary, code: number): string {
  if (isStringDictionary(dictionary)) return dictionary[code];
  const { offsets, bytes } = dictionary;
  return utf8Decoder.decode(bytes.subarray(offsets[code], offsets[code + 1]));
}

const utf8Decoder = new TextDecoder();

/** The dictionary as UTF-8 bytes and their offsets; ASCII (most entries) is copied byte by byte. */
function encodeDictionary(dictionary: readonly string[]): { offsets: Int32Array; bytes: Uint8Array } {
  const offsets = new Int32Array(dictionary.length + 1);
  let capacity = 64;
  for (const s of dictionary) capacity += 3 * s.length;
  const bytes = new Uint8Array(capacity);
  let at = 0;
  for (let i = 0; i < dictionary.length; i++) {
    const s = dictionary[i];
    offsets[i] = at;
    let ascii = true;
    for (let k = 0; k < s.length; k++) {
      const ch = s.charCodeAt(k);
      if (ch >= 0x80) {
        ascii = false;
        break;
      }
      bytes[at + k] = ch;
    }
    // 3 bytes per UTF-16 unit always suffice, so encodeInto never truncates here.
    at += ascii ? s.length : utf8.encodeInto(s, bytes.subarray(at)).written;
  }
  offsets[dictionary.length] = at;
  return { offsets, bytes: bytes.subarray(0, at) };
}

/** Reads a packed batch; the writer also narrows `keep` (dropping confirmed duplicates). */
export class BatchView {
  readonly columns: number;
  readonly rows: number;
  readonly rowNumbers: Int32Array;
  /** The rows to store are keepList[0 … kept). */
  readonly keepList: Int32Array;
  private readonly header: Uint32Array;
  private readonly readers: ((i: number) => BatchCell)[] = [];
  private readonly sections: Section[] = [];

  constructor(readonly buffer: ArrayBuffer) {
    this.header = new Uint32Array(buffer, 0, 4);
    if (this.header[0] !== BATCH_MAGIC) throw new Error('not a packed batch');
    this.columns = this.header[1];
    this.rows = this.header[2];
    let at = 16;
    this.rowNumbers = new Int32Array(buffer, at, this.rows);
    at = align8(at + 4 * this.rows);
    this.keepList = new Int32Array(buffer, at, this.rows);
    at = align8(at + 4 * this.rows);
    for (let j = 0; j < this.columns; j++) {
      const [type, words, bytes] = new Uint32Array(buffer, at, 3);
      at += 16;
      if (type === REAL) {
        const values = new Float64Array(buffer, at, this.rows);
        this.sections.push({ type: 'real', values });
        this.readers.push((i) => (values[i] !== values[i] ? null : values[i]));
        at += 8 * this.rows;
      } else {
        const codes = new Int32Array(buffer, at, this.rows);
        const offsets = new Int32Array(buffer, at + 4 * this.rows, words + 1);
        const data = new Uint8Array(buffer, at + 4 * this.rows + 4 * (words + 1), bytes);
        const entry = dictionaryReader(offsets, data);
        this.sections.push({ type: 'text', codes, words, entry, offsets, bytes: data });
        this.readers.push((i) => (codes[i] < 0 ? null : entry(codes[i])));
        at += align8(4 * this.rows + 4 * (words + 1) + bytes);
      }
    }
  }

  get kept(): number {
    return this.header[3];
  }

  /** Index (0 … rows−1) of the k-th row to store. */
  keptIndex(k: number): number {
    return this.keepList[k];
  }

  cell(column: number, i: number): BatchCell {
    return this.readers[column](i);
  }

  /** Column `j` as typed arrays: for code that goes over a whole column at once. */
  section(j: number): Section {
    return this.sections[j];
  }

  /** Drops the listed entries (ascending indexes into the keep list), keeping the rest in order. */
  dropKept(dropped: readonly number[]): void {
    let to = 0;
    let next = 0;
    for (let k = 0; k < this.kept; k++) {
      if (next < dropped.length && dropped[next] === k) next++;
      else this.keepList[to++] = this.keepList[k];
    }
    this.header[3] = to;
  }
}

export type Section =
  | { type: 'real'; values: Float64Array }
  /**
   * `entry(code)` decodes dictionary entries on demand (once each); entry i is also
   * bytes[offsets[i], offsets[i + 1]), for code that compares entries without decoding them.
   */
  | { type: 'text'; codes: Int32Array; words: number; entry: (code: number) => string; offsets: Int32Array; bytes: Uint8Array };

function dictionaryReader(offsets: Int32Array, data: Uint8Array): (code: number) => string {
  const decoded: (string | undefined)[] = [];
  const decoder = new TextDecoder();
  return (code) => (decoded[code] ??= decoder.decode(data.subarray(offsets[code], offsets[code + 1])));
}
