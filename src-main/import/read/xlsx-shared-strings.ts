/**
 * The shared-string table of a workbook (ECMA-376 Part 1 §18.4.9 `sst`): the plain text of
 * each `si`, rich-text runs joined, phonetic guides (`rPh`, furigana/pinyin) left out.
 * Decoded once here, so that the sheet's `t="s"` cells are a lookup, not a parse.
 */
import type { Readable } from 'node:stream';
import { MAX_SHARED_STRINGS_BYTES } from '../limits.js';
import { Tag, XmlDamageError, xmlText, XmlTokenizer } from './xml-bytes.js';
import type { XmlHandler } from './xml-bytes.js';

class SharedStringsCollector implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private inPhonetic = false;
  private capturing = false;
  private item = '';

  constructor(readonly tooLong: () => Error) {}

  open(tag: Tag, _buf: Buffer, _attrs: number, _end: number, selfClosing: boolean): void {
    if (tag === Tag.Si) {
      if (this.inItem) throw new XmlDamageError('a shared string inside another');
      if (selfClosing) this.strings.push('');
      else {
        this.inItem = true;
        this.item = '';
      }
    } else if (tag === Tag.RPh) this.inPhonetic = !selfClosing;
    else if (tag === Tag.T) this.capturing = this.inItem && !this.inPhonetic && !selfClosing;
  }

  close(tag: Tag): void {
    if (tag === Tag.Si) {
      if (!this.inItem) throw new XmlDamageError('a shared string closed that was never opened');
      this.strings.push(this.item);
      this.inItem = false;
    } else if (tag === Tag.RPh) this.inPhonetic = false;
    else if (tag === Tag.T) this.capturing = false;
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.capturing) this.item += cdata ? buf.toString('utf8', start, end) : xmlText(buf, start, end);
  }
}

/**
 * Reads the table from the part's uncompressed bytes (the caller bounds them by
 * MAX_SHARED_STRINGS_BYTES: `tooLarge` is its error, also for a text or tag that long).
 */
export async function readSharedStrings(part: Readable, tooLarge: () => Error): Promise<string[]> {
  const collector = new SharedStringsCollector(tooLarge);
  const tokenizer = new XmlTokenizer(collector, MAX_SHARED_STRINGS_BYTES);
  for await (const chunk of part) tokenizer.write(chunk as Buffer);
  tokenizer.end();
  return collector.strings;
}
