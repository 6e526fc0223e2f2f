/**
 * Which cell styles show numbers as dates or times: a sheet stores a date as its serial
 * number, and only the number format of the cell's style (`s`, an index into `cellXfs`)
 * says it is one (ECMA-376 Part 1 §18.8.10 cellXfs, §18.8.30–31 numFmt).
 */
import { isDateFormat } from './xlsx-cell-text.js';
import { elementAttributes } from './xlsx-workbook-index.js';
import { XmlTokenizer } from './xml-bytes.js';
import type { XmlHandler } from './xml-bytes.js';

/**
 * Built-in formats that show dates or times (§18.8.30): 14–22 and 45–47 everywhere, and
 * the East Asian ones Chinese, Japanese and Korean Excel write — 27–36 and 50–58
 * (`yyyy"年"m"月"d"日"` and the like).
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

const wellFormed: XmlHandler = {
  open: () => undefined,
  close: () => undefined,
  text: () => undefined,
  tooLong: () => new Error('unreachable: the whole part is one buffer'),
};

/**
 * Per `cellXfs` index: true when that style shows a date. A blank part means no styles;
 * a part that is not well-formed XML throws XmlDamageError.
 */
export function dateStylesOf(part: Buffer): boolean[] {
  if (isBlank(part)) return [];
  const check = new XmlTokenizer(wellFormed, part.length + 1);
  check.write(part);
  check.end();
  const xml = part.toString('utf8');
  const custom = new Map<number, string>();
  for (const f of elementAttributes(xml, 'numFmt')) custom.set(Number(f.numFmtId), f.formatCode ?? '');
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return [];
  return elementAttributes(cellXfs[1], 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id);
  });
}

function isBlank(part: Buffer): boolean {
  for (const b of part) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}
