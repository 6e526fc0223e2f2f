/**
 * A worksheet's XML on its way to exceljs' parser, checked and completed:
 * - rows and cells may omit their optional `r` reference (ECMA-376 Part 1 §18.3.1.73 row,
 *   §18.3.1.4 c: then they follow the previous one); exceljs needs it, so it is added;
 * - a row number that repeats or goes backwards is refused (two rows would claim one
 *   spreadsheet row);
 * - an unclosed tag or a cell's text past MAX_CELL_XML_CHARS is refused with its row and
 *   column, instead of being buffered whole in memory.
 * Text between tags never holds a raw `<` (XML escapes it), so scanning for `<` and `>`
 * finds every tag; comments and CDATA sections are passed through whole.
 */
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { MAX_CELL_XML_CHARS, MAX_ROW_CHARS } from '../limits.js';

export type SheetProblem =
  | { kind: 'rowOrder'; row: number; previous: number }
  | { kind: 'cellOrder'; row: number; column: string }
  | { kind: 'tooLong'; row: number; column: string };

export class SheetXmlError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(`worksheet: ${problem.kind} at row ${problem.row}`);
    this.name = 'SheetXmlError';
  }
}

/** Excel's column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const NAME = /^<\/?(?:[\w.-]+:)?([\w.-]+)/;
const ROW_REF = /\sr\s*=\s*["']\s*(\d+)\s*["']/;
const CELL_REF = /\sr\s*=\s*["']\s*([A-Za-z]{1,3})(\d*)\s*["']/;

export class SheetGuard extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';
  private row = 0;
  private column = 0;
  /** Characters of text since the last tag, and in the current row. */
  private textRun = 0;
  private rowText = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.scan(this.carry + this.decoder.write(chunk), false);
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.scan(this.carry + this.decoder.end(), true);
      done();
    } catch (e) {
      done(e as Error);
    }
  }

  private tooLong(): SheetXmlError {
    return new SheetXmlError({ kind: 'tooLong', row: this.row, column: columnLetters(Math.max(1, this.column)) });
  }

  private scan(text: string, final: boolean): void {
    let out = '';
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      const textEnd = lt < 0 ? text.length : lt;
      this.textRun += textEnd - at;
      this.rowText += textEnd - at;
      if (this.textRun > MAX_CELL_XML_CHARS || this.rowText > MAX_ROW_CHARS) throw this.tooLong();
      out += text.slice(at, textEnd);
      if (lt < 0) {
        at = text.length;
        break;
      }
      const closer = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const end = text.indexOf(closer, lt + 1);
      if (end < 0) {
        if (text.length - lt > MAX_CELL_XML_CHARS) throw this.tooLong();
        at = lt;
        break;
      }
      const tagEnd = end + closer.length;
      if (tagEnd - lt > MAX_CELL_XML_CHARS) throw this.tooLong();
      this.textRun = closer === '>' ? 0 : this.textRun + tagEnd - lt;
      out += closer === '>' ? this.complete(text.slice(lt, tagEnd)) : text.slice(lt, tagEnd);
      at = tagEnd;
    }
    this.carry = final ? '' : text.slice(at);
    if (final && at < text.length) out += text.slice(at);
    if (out.length > 0) this.push(Buffer.from(out, 'utf8'));
  }

  /** The tag as exceljs gets it: rows and cells with their reference. */
  private complete(tag: string): string {
    if (tag[1] === '/' || tag[1] === '?') return tag;
    const name = NAME.exec(tag);
    if (!name) return tag;
    const nameEnd = name[0].length;
    if (name[1] === 'row') {
      const ref = ROW_REF.exec(tag);
      const previous = this.row;
      this.row = ref ? Number(ref[1]) : previous + 1;
      this.column = 0;
      this.rowText = 0;
      if (this.row <= previous) throw new SheetXmlError({ kind: 'rowOrder', row: this.row, previous });
      return ref ? tag : `${tag.slice(0, nameEnd)} r="${this.row}"${tag.slice(nameEnd)}`;
    }
    if (name[1] === 'c') {
      const ref = CELL_REF.exec(tag);
      const previous = this.column;
      this.column = ref ? columnNumber(ref[1]) : previous + 1;
      if (this.column <= previous) throw new SheetXmlError({ kind: 'cellOrder', row: this.row, column: columnLetters(this.column) });
      const address = `${columnLetters(this.column)}${this.row}`;
      // A reference naming another row is rewritten too: the row element decides.
      if (ref && ref[2] === String(this.row)) return tag;
      const attributes = ref ? tag.slice(nameEnd).replace(CELL_REF, '') : tag.slice(nameEnd);
      return `${tag.slice(0, nameEnd)} r="${address}"${attributes}`;
    }
    return tag;
  }
}

/** Counts a part's uncompressed bytes and fails past `limit` (a zip bomb is refused early). */
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
