/**
 * Test helper: .xlsx files written by hand, part by part, so a test can make the
 * workbooks other programs write (rows without `r`, no styles part, repeated row numbers,
 * huge shared strings) that exceljs itself never produces.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** Stored instead of deflated. */
  stored?: boolean;
}

/** A zip archive of `parts` (PKWARE APPNOTE 4.3: local headers, central directory, end record). */
export function zipParts(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const data = part.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface HandMadeSheet {
  /** The `<sheetData>` content, written as is. */
  sheetData: string;
  /** Shared strings, written as `<si><t>…</t></si>`; or the whole part as raw XML. */
  sharedStrings?: readonly string[] | { xml: string | Buffer };
  /** Leave out xl/styles.xml (and its relationship). */
  noStyles?: boolean;
  /** Store every part uncompressed (so a test can edit the sheet's bytes in place). */
  stored?: boolean;
}

/** A one-sheet workbook ("Sheet1") around the given sheet data. */
export function handMadeXlsx(sheet: HandMadeSheet): Buffer {
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels: string[] = [`<Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/>`];
  const parts: ZipPart[] = [];
  if (!sheet.noStyles) {
    rels.push(`<Relationship Id="rId2" Type="${ns}/styles" Target="styles.xml"/>`);
    parts.push({
      name: 'xl/styles.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
        '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    });
  }
  if (sheet.sharedStrings) {
    rels.push(`<Relationship Id="rId3" Type="${ns}/sharedStrings" Target="sharedStrings.xml"/>`);
    const s = sheet.sharedStrings;
    const data =
      'xml' in s
        ? s.xml
        : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${s.length}" uniqueCount="${s.length}">${s.map((t) => `<si><t>${escape(t)}</t></si>`).join('')}</sst>`;
    parts.push({ name: 'xl/sharedStrings.xml', data });
  }
  const all: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
    ...parts,
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet.sheetData}</sheetData></worksheet>`,
    },
  ];
  return zipParts(sheet.stored ? all.map((p) => ({ ...p, stored: true })) : all);
}

/** An inline-string cell and a number cell, without the optional `r` reference. */
export const inlineCell = (text: string): string => `<c t="inlineStr"><is><t>${escape(text)}</t></is></c>`;
export const numberCell = (n: number): string => `<c><v>${n}</v></c>`;
