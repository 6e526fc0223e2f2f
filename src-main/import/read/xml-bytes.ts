/**
 * A small XML tokenizer over bytes, fed chunk by chunk, for the parts of a workbook we read
 * (worksheets, shared strings, styles). It makes no string of a tag: handlers get byte
 * offsets and decide what is worth decoding, which is what makes a 50 MB sheet cheap to
 * read (exceljs' SAX parser made an object of every tag and attribute).
 *
 * What it refuses, as XmlDamageError: text outside the root element, a close tag with no
 * open one, elements left open at the end, a `<` that starts no tag, a DOCTYPE (workbooks
 * have none; nothing is ever expanded). Text between tags never holds a raw `<` (XML escapes
 * it), so scanning for `<` and `>` finds every tag; a `>` inside an attribute value is not
 * supported (Excel escapes it). Comments and processing instructions are skipped, CDATA is
 * handed over as raw text.
 */
import { utf8Text } from './byte-lines.js';

/** The part is not well-formed XML: the caller names the part. */
export class XmlDamageError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'XmlDamageError';
  }
}

/** Local names (namespace prefix dropped) that the workbook readers care about. */
export const Tag = { Other: 0, C: 1, V: 2, F: 3, T: 4, R: 5, Is: 6, Row: 7, RPh: 8, Si: 9 } as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

export interface XmlHandler {
  /** `<name …>` (or `<name …/>` when `selfClosing`); its attributes lie in buf[attrs, end). */
  open(tag: Tag, buf: Buffer, attrs: number, end: number, selfClosing: boolean): void;
  close(tag: Tag): void;
  /** Text between tags, entities not decoded (`cdata`: a CDATA section, nothing to decode). */
  text(buf: Buffer, start: number, end: number, cdata: boolean): void;
  /** The error for text, or one tag, longer than the tokenizer's limit. */
  tooLong(): Error;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The tag code of the local name buf[start, end). */
export function tagOf(buf: Buffer, start: number, end: number): Tag {
  for (let i = start; i < end; i++) if (buf[i] === COLON) start = i + 1;
  const n = end - start;
  const a = buf[start];
  if (n === 1) return a === 0x63 ? Tag.C : a === 0x76 ? Tag.V : a === 0x66 ? Tag.F : a === 0x74 ? Tag.T : a === 0x72 ? Tag.R : Tag.Other;
  if (n === 2) return a === 0x69 && buf[start + 1] === 0x73 ? Tag.Is : a === 0x73 && buf[start + 1] === 0x69 ? Tag.Si : Tag.Other;
  if (n === 3 && a === 0x72) {
    const b = buf[start + 1];
    const c = buf[start + 2];
    if (b === 0x6f && c === 0x77) return Tag.Row;
    if (b === 0x50 && c === 0x68) return Tag.RPh;
  }
  return Tag.Other;
}

/** Index of `a b c` (the three bytes of a terminator) from `from`, or −1. */
function indexOf3(buf: Buffer, from: number, a: number, b: number, c: number): number {
  for (let i = from; i + 2 < buf.length; i++) if (buf[i] === a && buf[i + 1] === b && buf[i + 2] === c) return i;
  return -1;
}

export class XmlTokenizer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private started = false;
  private depth = 0;
  private sawRoot = false;

  /** `limit`: most bytes of one text run or one tag (a longer one is `handler.tooLong()`). */
  constructor(
    private readonly handler: XmlHandler,
    private readonly limit: number,
  ) {}

  /**
   * Inside the root element, between tokens, holding nothing back: the handler may read
   * balanced elements (whole rows of a sheet) itself, which leaves this state unchanged.
   */
  get between(): boolean {
    return this.depth > 0 && this.pending.length === 0;
  }

  write(chunk: Buffer): void {
    // An unfinished token goes on: while no chunk could finish it, its chunks are only kept
    // (a megabyte-long text is not copied again with every chunk).
    if (this.pending.length > 0 && chunk.indexOf(LT) < 0 && chunk.indexOf(GT) < 0) {
      this.pendingBytes += chunk.length;
      if (this.pendingBytes > this.limit) throw this.handler.tooLong();
      this.pending.push(Buffer.from(chunk));
      return;
    }
    let buf = chunk;
    if (this.pending.length > 0) {
      const gt = this.unfinishedTag() ? chunk.indexOf(GT) : -1;
      if (gt >= 0) {
        // The tag the last chunk ended in ends at this one's first `>`: joined alone, it
        // spares copying the whole chunk (a quarter of a megabyte each time) behind it.
        const tag = Buffer.concat([...this.pending, chunk.subarray(0, gt + 1)]);
        this.pending = [];
        this.pendingBytes = 0;
        this.scan(tag);
        buf = chunk.subarray(gt + 1);
      } else {
        buf = Buffer.concat([...this.pending, chunk]);
        this.pending = [];
        this.pendingBytes = 0;
      }
    }
    if (!this.started) {
      if (buf.length < 3) {
        this.keep(buf);
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3); // a UTF-8 byte order mark
    }
    const at = this.scan(buf);
    if (at < buf.length) {
      if (buf.length - at > this.limit) throw this.handler.tooLong();
      this.keep(buf.subarray(at));
    }
  }

  /** The kept bytes are the start of an open or close tag (not text, a comment, a PI or CDATA). */
  private unfinishedTag(): boolean {
    const first = this.pending[0];
    return this.started && first.length > 1 && first[0] === LT && first[1] !== BANG && first[1] !== QUESTION;
  }

  /** Keeps an unfinished token, copied: a chunk's memory may belong to a pool that gets reused. */
  private keep(bytes: Buffer): void {
    this.pending = [Buffer.from(bytes)];
    this.pendingBytes = bytes.length;
  }

  /** The end of the part: anything left unfinished is damage. */
  end(): void {
    const rest = Buffer.concat(this.pending);
    this.pending = [];
    if (!isBlank(rest, 0, rest.length)) {
      if (this.depth > 0 && rest.indexOf(LT) < 0) throw new XmlDamageError('the part ends inside an element');
      throw new XmlDamageError('the part ends inside a tag');
    }
    if (this.depth !== 0) throw new XmlDamageError('elements are left open');
    if (!this.sawRoot) throw new XmlDamageError('no root element');
  }

  /** Tokens of buf from 0; returns where the first unfinished token starts. */
  private scan(buf: Buffer): number {
    const h = this.handler;
    const length = buf.length;
    let at = 0;
    for (;;) {
      let lt = at;
      while (lt < length && buf[lt] !== LT) lt++;
      if (lt >= length) return at; // text may go on in the next chunk
      if (lt > at) {
        if (lt - at > this.limit) throw h.tooLong();
        if (this.depth > 0) h.text(buf, at, lt, false);
        else if (!isBlank(buf, at, lt)) throw new XmlDamageError('text outside the root element');
      }
      if (lt + 1 >= length) return lt;
      const first = buf[lt + 1];
      if (first === BANG || first === QUESTION) {
        const next = this.special(buf, lt);
        if (next < 0) return lt;
        at = next;
        continue;
      }
      let gt = lt + 1;
      while (gt < length && buf[gt] !== GT) gt++;
      if (gt >= length) return lt;
      if (gt - lt > this.limit) throw h.tooLong();
      if (first === SLASH) {
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isSpace(buf[nameEnd])) nameEnd++;
        if (nameEnd === lt + 2) throw new XmlDamageError('a close tag without a name');
        if (--this.depth < 0) throw new XmlDamageError('a close tag without its open tag');
        h.close(tagOf(buf, lt + 2, nameEnd));
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isSpace(buf[nameEnd]) && buf[nameEnd] !== SLASH) nameEnd++;
        if (nameEnd === lt + 1) throw new XmlDamageError('a "<" that starts no tag');
        const selfClosing = buf[gt - 1] === SLASH;
        if (this.depth === 0) {
          if (this.sawRoot) throw new XmlDamageError('a second root element');
          this.sawRoot = true;
        }
        if (!selfClosing) this.depth++;
        h.open(tagOf(buf, lt + 1, nameEnd), buf, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
      }
      at = gt + 1;
    }
  }

  /** Comments, processing instructions and CDATA at lt: the offset after them, or −1 if unfinished. */
  private special(buf: Buffer, lt: number): number {
    if (buf[lt + 1] === QUESTION) {
      const end = buf.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (buf.length - lt < 4) return -1;
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const end = indexOf3(buf, lt + 4, 0x2d, 0x2d, GT);
      return end < 0 ? -1 : end + 3;
    }
    if (buf.length - lt < 9) return -1;
    if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
      const end = indexOf3(buf, lt + 9, 0x5d, 0x5d, GT);
      if (end < 0) return -1;
      if (this.depth === 0) throw new XmlDamageError('CDATA outside the root element');
      this.handler.text(buf, lt + 9, end, true);
      return end + 3;
    }
    throw new XmlDamageError('a DOCTYPE or unknown declaration');
  }
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(buf[i])) return false;
  return true;
}

/**
 * The values of several one-letter attributes in one pass: `slots[b]` is the slot of the
 * attribute named by byte b (−1: not wanted); slot k's value goes to out[2k, 2k+1), or
 * −1 there when absent. Returns false for an attribute list it does not understand.
 */
export function findAttributes(buf: Buffer, start: number, end: number, slots: Int8Array, out: Int32Array): boolean {
  for (let k = 0; k < out.length; k++) out[k] = -1; // (fill is a call of its own: this runs for every cell)
  let i = start;
  while (i < end) {
    while (i < end && isSpace(buf[i])) i++;
    if (i >= end) return true;
    const nameStart = i;
    while (i < end && buf[i] !== 0x3d && !isSpace(buf[i])) i++;
    const nameEnd = i;
    while (i < end && isSpace(buf[i])) i++;
    if (i >= end || buf[i] !== 0x3d) return false;
    i++;
    while (i < end && isSpace(buf[i])) i++;
    const quote = buf[i];
    if (quote !== 0x22 && quote !== 0x27) return false;
    const valueStart = ++i;
    while (i < end && buf[i] !== quote) i++;
    if (i >= end) return false;
    const slot = nameEnd - nameStart === 1 && buf[nameStart] < 128 ? slots[buf[nameStart]] : -1;
    if (slot >= 0) {
      out[2 * slot] = valueStart;
      out[2 * slot + 1] = i;
    }
    i++;
  }
  return true;
}

/**
 * findAttributes for an open tag whose end is not known yet: reads its attributes from
 * `start` (after the name) to its `>`, and returns the offset of that `>` (a `/` before it
 * makes the tag self-closing, as for the tokenizer). −1 at anything but plain
 * `name="value"` pairs (spaces around `=`, a `>` in a value, a stray `/`) or at `limit`:
 * then the tokenizer's way reads the tag. (One pass over the tag instead of two: the fast
 * lane of the sheet scanner reads every cell's tag with it.)
 */
export function readAttributes(buf: Buffer, start: number, limit: number, slots: Int8Array, out: Int32Array): number {
  for (let k = 0; k < out.length; k++) out[k] = -1;
  let i = start;
  for (;;) {
    while (i < limit && isSpace(buf[i])) i++;
    if (i >= limit) return -1;
    const b = buf[i];
    if (b === GT) return i;
    if (b === SLASH) return i + 1 < limit && buf[i + 1] === GT ? i + 1 : -1;
    const nameStart = i;
    while (i < limit && NAME_BYTES[buf[i]] === 1) i++;
    if (i === nameStart || i + 1 >= limit || buf[i] !== 0x3d) return -1;
    const quote = buf[i + 1];
    if (quote !== 0x22 && quote !== 0x27) return -1;
    const valueStart = i + 2;
    i = valueStart;
    while (i < limit && buf[i] !== quote) {
      if (buf[i] === GT) return -1;
      i++;
    }
    if (i >= limit) return -1;
    const slot = valueStart - nameStart === 3 ? slots[buf[nameStart]] : -1; // a one-letter name
    if (slot >= 0) {
      out[2 * slot] = valueStart;
      out[2 * slot + 1] = i;
    }
    i++;
  }
}

/** Bytes of the names readAttributes reads (ASCII letters, digits, `:`, `_`, `-`, `.`). */
export const NAME_BYTES = new Uint8Array(256);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:_-.') NAME_BYTES[c.charCodeAt(0)] = 1;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's five named entities and character references, decoded. A reference to a surrogate
 * (not a character: XML 1.0 §4.1 forbids it) pairs with its neighbour where the two make a
 * character, as some writers spell one beyond the BMP; left alone it becomes U+FFFD, so
 * the text always has a UTF-8 form (what the xlsx reader hands on as bytes).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let surrogates = false;
  const decoded = text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
  return surrogates ? withoutLoneSurrogates(decoded) : decoded;
}

/** `text` with each surrogate that is not half of a pair replaced by U+FFFD (String.prototype.toWellFormed). */
function withoutLoneSurrogates(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
        continue;
      }
    }
    out += unit >= 0xd800 && unit <= 0xdfff ? '\ufffd' : text[i];
  }
  return out;
}

/** The text of buf[start, end) as UTF-8 with its entities decoded. */
export function xmlText(buf: Buffer, start: number, end: number): string {
  return decodeEntities(utf8Text(buf, start, end));
}
