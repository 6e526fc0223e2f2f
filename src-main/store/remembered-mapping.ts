/**
 * Mappings remembered per source (issue 16, item 2): the latest dataset imported from a
 * file with the same header signature holds the kind and mapping the user confirmed then.
 * Nothing new is stored: each dataset already keeps its source headers and its mapping.
 */
import type { Database } from 'better-sqlite3';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import { headerSignature } from '@shared/header-signature.js';
import { mayBeWholeFile, wholeFileValue } from '@shared/whole-file-value.js';
import type { RememberedMapping, StoredSource } from '@shared/header-signature.js';
import type { DatasetSummary } from '@shared/datasets.js';
import { listDatasets } from './datasets.js';

export function rememberedMapping(db: Database, headers: readonly string[]): (RememberedMapping & { kind: DatasetKind; mapping: ColumnMapping }) | null {
  const signature = headerSignature(headers);
  const match = listDatasets(db)
    .filter((d) => headerSignature(d.quality.headers ?? []) === signature)
    .sort((a, b) => b.id - a.id)[0];
  if (!match) return null;
  return { datasetId: match.id, file: match.file, importedAt: match.importedAt, kind: match.kind, mapping: mappingOnto(match.mapping, headers) };
}

/**
 * A stored dataset's mapping laid onto a new file's headers: only headers the new file
 * has (the same, by signature), spelled as it spells them. A role whose header is gone is
 * left out, so the wizard maps it afresh rather than applying it wrongly; a value for the
 * whole file (`=Google Ads`, src-shared/whole-file-value.ts) is kept.
 */
export function mappingOnto(stored: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const spelled = new Map(headers.map((h) => [headerSignature([h]), h]));
  const mapping: ColumnMapping = {};
  for (const [role, header] of Object.entries(stored)) {
    const own = header ? spelled.get(headerSignature([header])) : undefined;
    if (own) mapping[role] = own;
    // One channel for the whole file (a platform's export) holds for its next export too.
    else if (mayBeWholeFile(role) && wholeFileValue(header, headers) !== null) mapping[role] = header;
  }
  return mapping;
}

const DATE_ROLES = new Set(['date', 'timestamp', 'week']);

export function storedSource(d: DatasetSummary): StoredSource {
  const dates = d.quality.columns.find((c) => DATE_ROLES.has(c.role) && typeof c.min === 'string');
  const day = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 10) : null);
  return { datasetId: d.id, file: d.file, importedAt: d.importedAt, from: day(dates?.min), to: day(dates?.max) };
}

/** What the project holds that a new file may repeat: the same bytes, and datasets of its kind. */
export function storedSources(db: Database, sha256: string | null, kind: DatasetKind | null): { alreadyImported: StoredSource | null; sameKind: StoredSource[] } {
  const all = listDatasets(db);
  const same = sha256 ? all.find((d) => d.sha256 === sha256) : undefined;
  return { alreadyImported: same ? storedSource(same) : null, sameKind: kind ? all.filter((d) => d.kind === kind).map(storedSource) : [] };
}
