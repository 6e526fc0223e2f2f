/**
 * The shared-string table of a workbook (ECMA-376 Part 1 §18.4.9 `sst`): the plain text of
 * each `si`, rich-text runs joined, phonetic guides (`rPh`, furigana/pinyin) left out,
 * trimmed as every cell is. Decoded once here, so that the sheet's `t="s"` cells are a
 * lookup, not a parse; kept as UTF-8 bytes, which the sheet's rows copy (xlsx-lines.ts):
 * a table of a million short strings is also a fraction of the memory as bytes.
 */
import type { Readable } from 'node:stream';
import { MAX_SHARED_STRINGS_BYTES } from '../limits.js';
import { utf8Text } from './byte-lines.js';
import { Utf8Builder } from './utf8-builder.js';
import { Tag, XmlDamageError, XmlTokenizer } from './xml-bytes.js';
import type { XmlHandler } from './xml-bytes.js';

/** Entry i is bytes[offsets[i], offsets[i + 1]): trimmed, well-formed UTF-8. */
export class SharedStrings {
  constructor(
    readonly bytes: Buffer,
    readonly offsets: Int32Array,
    readonly count: number,
  ) {}

  /** The table of these texts (trimmed), as the reader would make it. */
  static of(texts: readonly string[]): SharedStrings {
    const builder = new SharedStringsBuilder();
    for (const text of texts) {
      builder.beginEntry();
      builder.appendString(text);
      builder.endEntry();
    }
    return builder.table();
  }

  /** Entry i as a string, or undefined past the end of the table. */
  text(i: number): string | undefined {
    return i >= 0 && i < this.count ? utf8Text(this.bytes, this.offsets[i], this.offsets[i + 1]) : undefined;
  }
}

class SharedStringsBuilder extends Utf8Builder {
  private offsets = new Int32Array(1024);
  private count = 0;

  constructor() {
    super(64 * 1024);
  }

  /** Forgets anything written since the last entry (text between entries is no entry's). */
  beginEntry(): void {
    this.at = this.offsets[this.count];
  }

  endEntry(): void {
    const start = this.offsets[this.count];
    this.trimFrom(start);
    if (++this.count + 1 > this.offsets.length) {
      const more = new Int32Array(2 * this.offsets.length);
      more.set(this.offsets);
      this.offsets = more;
    }
    this.offsets[this.count] = this.at;
  }

  table(): SharedStrings {
    return new SharedStrings(this.bytes.subarray(0, this.at), this.offsets.subarray(0, this.count + 1), this.count);
  }
}

class SharedStringsCollector implements XmlHandler {
  readonly builder = new SharedStringsBuilder();
  private inItem = false;
  private inPhonetic = false;
  private capturing = false;

  constructor(readonly tooLong: () => Error) {}

  open(tag: Tag, _buf: Buffer, _attrs: number, _end: number, selfClosing: boolean): void {
    if (tag === Tag.Si) {
      if (this.inItem) throw new XmlDamageError('a shared string inside another');
      this.builder.beginEntry();
      if (selfClosing) this.builder.endEntry();
      else this.inItem = true;
    } else if (tag === Tag.RPh) this.inPhonetic = !selfClosing;
    else if (tag === Tag.T) this.capturing = this.inItem && !this.inPhonetic && !selfClosing;
  }

  close(tag: Tag): void {
    if (tag === Tag.Si) {
      if (!this.inItem) throw new XmlDamageError('a shared string closed that was never opened');
      this.builder.endEntry();
      this.inItem = false;
    } else if (tag === Tag.RPh) this.inPhonetic = false;
    else if (tag === Tag.T) this.capturing = false;
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.capturing) this.builder.appendXmlText(buf, start, end, cdata);
  }
}

/**
 * Reads the table from the part's uncompressed bytes (the caller bounds them by
 * MAX_SHARED_STRINGS_BYTES: `tooLarge` is its error, also for a text or tag that long).
 */
export async function readSharedStrings(part: Readable, tooLarge: () => Error): Promise<SharedStrings> {
  const collector = new SharedStringsCollector(tooLarge);
  const tokenizer = new XmlTokenizer(collector, MAX_SHARED_STRINGS_BYTES);
  for await (const chunk of part) tokenizer.write(chunk as Buffer);
  tokenizer.end();
  return collector.builder.table();
}
