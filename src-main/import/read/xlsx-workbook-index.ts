/**
 * The parts of an .xlsx workbook and its sheet list, read from the zip directory before any
 * row is streamed: `_rels/.rels` names the workbook part, the workbook's relationships name
 * its sheets, shared strings and styles (ECMA-376 Part 1, §18.2.19 `sheet`, §18.2.28
 * `workbookPr` date1904; Part 2, Open Packaging Conventions, for `.rels` targets).
 */
import type { FileHandle } from 'node:fs/promises';
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipEntry } from './zip-directory.js';

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** Zip entry of the worksheet; null for chart sheets and dangling relationships. */
  part: string | null;
}

export interface WorkbookIndex {
  sheets: SheetInfo[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  entries: Map<string, ZipEntry>;
  workbookPart: string;
  workbookRelsPart: string;
  sharedStringsPart: string | null;
  stylesPart: string | null;
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

/** Zip entry name of a relationship target, relative to the folder of its source part. */
export function resolvePart(sourceFolder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourceFolder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

interface Relationship {
  type: string;
  part: string;
}

async function readXml(handle: FileHandle, entries: Map<string, ZipEntry>, part: string): Promise<string | null> {
  const entry = entries.get(part);
  return entry ? (await readZipEntry(handle, entry)).toString('utf8') : null;
}

async function readRelationships(handle: FileHandle, entries: Map<string, ZipEntry>, relsPart: string, sourceFolder: string): Promise<Map<string, Relationship>> {
  const xml = (await readXml(handle, entries, relsPart)) ?? '';
  const relationships = new Map<string, Relationship>();
  for (const rel of elementAttributes(xml, 'Relationship')) {
    if (rel.Id && rel.Target && rel.TargetMode !== 'External') {
      relationships.set(rel.Id, { type: rel.Type ?? '', part: resolvePart(sourceFolder, rel.Target) });
    }
  }
  return relationships;
}

const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf('/')));
const relsOf = (part: string): string => `${folderOf(part) ? `${folderOf(part)}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** Reads the workbook's parts and sheet list; throws ZipFormatError when it is not a workbook. */
export async function readWorkbookIndex(handle: FileHandle, size: number): Promise<WorkbookIndex> {
  const entries = await readZipDirectory(handle, size);
  const packageRels = await readRelationships(handle, entries, '_rels/.rels', '');
  const office = [...packageRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.part ?? 'xl/workbook.xml';
  const workbookXml = await readXml(handle, entries, workbookPart);
  if (workbookXml === null) throw new ZipFormatError(`no ${workbookPart}: this zip archive is not an Excel workbook`);
  const workbookRelsPart = relsOf(workbookPart);
  const rels = await readRelationships(handle, entries, workbookRelsPart, folderOf(workbookPart));
  const partOfType = (type: string): string | null => {
    const found = [...rels.values()].find((r) => r.type.endsWith(`/${type}`) && entries.has(r.part));
    return found ? found.part : null;
  };

  const sheets = elementAttributes(workbookXml, 'sheet').map((attributes): SheetInfo => {
    const rel = rels.get(relationshipId(attributes) ?? '');
    const isWorksheet = rel !== undefined && rel.type.endsWith('/worksheet') && entries.has(rel.part);
    return {
      name: attributes.name ?? '',
      visible: (attributes.state ?? 'visible') === 'visible',
      part: isWorksheet ? rel.part : null,
    };
  });
  if (sheets.length === 0) throw new ZipFormatError('the workbook lists no sheets');
  const properties = elementAttributes(workbookXml, 'workbookPr')[0] ?? {};
  return {
    sheets,
    date1904: properties.date1904 === '1' || properties.date1904 === 'true',
    entries,
    workbookPart,
    workbookRelsPart,
    sharedStringsPart: partOfType('sharedStrings'),
    stylesPart: partOfType('styles'),
  };
}
