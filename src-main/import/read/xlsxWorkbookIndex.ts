/**
 * The sheets of an .xlsx workbook, read from `xl/workbook.xml` and its relationships
 * before any row is streamed (ECMA-376 Part 1, §18.2.19 `sheet`, §18.2.28 `workbookPr`
 * date1904; Open Packaging Conventions for the `.rels` targets).
 */
import type { FileHandle } from 'node:fs/promises';
import { readZipDirectory, readZipEntry, ZipFormatError } from './zipDirectory.js';

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** N of `xl/worksheets/sheetN.xml`, how exceljs' streaming reader names the part; null for chart sheets. */
  partNumber: number | null;
}

export interface WorkbookIndex {
  sheets: SheetInfo[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

/** Attributes of every `<tag …>` element in `xml` (namespace prefixes kept as written). */
export function elementAttributes(xml: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const element = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g');
  for (const match of xml.matchAll(element)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1].matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attributes[a[1]] = decodeXml(a[3] ?? a[4] ?? '');
    }
    found.push(attributes);
  }
  return found;
}

function relationshipId(attributes: Record<string, string>): string | undefined {
  const key = Object.keys(attributes).find((k) => k === 'r:id' || k.endsWith(':id'));
  return key ? attributes[key] : undefined;
}

/** Reads the workbook's sheet list; throws ZipFormatError when it is not a workbook. */
export async function readWorkbookIndex(handle: FileHandle, size: number): Promise<WorkbookIndex> {
  const entries = await readZipDirectory(handle, size);
  const workbookEntry = entries.get('xl/workbook.xml');
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry) throw new ZipFormatError('no xl/workbook.xml: this zip archive is not an Excel workbook');
  const workbookXml = (await readZipEntry(handle, workbookEntry)).toString('utf8');
  const relsXml = (await readZipEntry(handle, relsEntry)).toString('utf8');

  const targets = new Map<string, string>();
  for (const rel of elementAttributes(relsXml, 'Relationship')) {
    if (rel.Id && rel.Target) targets.set(rel.Id, rel.Target);
  }
  const sheets = elementAttributes(workbookXml, 'sheet').map((attributes): SheetInfo => {
    const target = targets.get(relationshipId(attributes) ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const part = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path);
    return {
      name: attributes.name ?? '',
      visible: (attributes.state ?? 'visible') === 'visible',
      partNumber: part && entries.has(path) ? Number(part[1]) : null,
    };
  });
  if (sheets.length === 0) throw new ZipFormatError('the workbook lists no sheets');
  const properties = elementAttributes(workbookXml, 'workbookPr')[0] ?? {};
  const date1904 = properties.date1904 === '1' || properties.date1904 === 'true';
  return { sheets, date1904 };
}
