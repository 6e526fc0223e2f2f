import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isAppError } from '@shared/errors.js';
import { KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind } from '@shared/kinds.js';
import type { ImportPreview } from '@shared/api.js';
import { previewTable } from '../import/read/index.js';
import { chooseKind, planMapping } from '../import/plan.js';
import { detectKind } from '../import/mapping/index.js';
import { normaliseChannel, writtenChannel } from '@shared/values/channel.js';
import { PATH_STEP, channelResolver } from '../store/channel-map.js';
import type { ChannelResolver } from '../store/channel-map.js';
import { requireDataset, withProject } from './dataset-handlers.js';
import { isChannelsOwnName } from '@shared/i18n/channels.js';
import { mappingOnto, rememberedMapping, storedSources } from '../store/remembered-mapping.js';
import { sha256File } from '../import/fingerprint.js';
import { scanFileSpan } from '../import/file-span.js';
import { storedWithin } from '../store/overlaps.js';
import type { HandlerMap } from './registry.js';
import type { JobBoard } from './jobs.js';

/**
 * What the channel names in the preview rows will count as, per header (only names that
 * change): the importer's spelling, then the project's channel map where there is one.
 */
function channelAliases(headers: readonly string[], rows: readonly string[][], paths: boolean, resolve: ChannelResolver = (c) => c): Record<string, [string, string][]> {
  const out: Record<string, [string, string][]> = {};
  headers.forEach((header, at) => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      const cell = (row[at] ?? '').trim();
      for (const raw of paths ? cell.split(PATH_STEP) : [cell]) {
        if (raw === '' || seen.has(raw)) continue;
        seen.set(raw, resolve(normaliseChannel(raw), writtenChannel(raw)));
      }
    }
    const changed = [...seen].filter(([raw, channel]) => !isChannelsOwnName(channel, raw));
    if (changed.length > 0) out[header] = changed.slice(0, 12);
  });
  return out;
}

/** sha256 of files the preview saw, by path, size and time (a wizard previews one file several times). */
function fingerprintCache() {
  const known = new Map<string, string>();
  return {
    async of(file: string): Promise<string> {
      const { size, mtimeMs } = statSync(file);
      const key = `${file}\u0000${size}\u0000${mtimeMs}`;
      const cached = known.get(key);
      if (cached) return cached;
      const sha = await sha256File(file);
      if (known.size > 50) known.clear();
      known.set(key, sha);
      return sha;
    },
  };
}

export function importHandlers(jobs: JobBoard): Partial<HandlerMap> {
  const fingerprints = fingerprintCache();
  return {
    'import.preview': async ({ file, sheet, encoding, kind, mapping, project, like }) => {
      const name = basename(file);
      const table = await previewTable(file, { sheet, encoding, rows: 20 });
      const detection = detectKind(table.headers);
      const candidates: DatasetKind[] = 'ambiguous' in detection ? detection.ambiguous : 'kind' in detection ? [detection.kind] : [];
      const inProject = Boolean(project && existsSync(project));
      // A new export of a chosen dataset's source takes that dataset's kind and mapping; else the latest with these headers.
      const known = !inProject
        ? null
        : withProject(project!, (db) => {
            if (like === undefined) return rememberedMapping(db, table.headers);
            const d = requireDataset(db, like);
            return { datasetId: d.id, file: d.file, importedAt: d.importedAt, kind: d.kind, mapping: mappingOnto(d.mapping, table.headers) };
          });
      // The same source as before (same headers): its confirmed kind and mapping, unless the user is choosing others now.
      const remembered = known && !mapping && (!kind || kind === known.kind) ? known : null;
      let chosen: DatasetKind | null = kind ?? remembered?.kind ?? null;
      if (!chosen) {
        try {
          chosen = chooseKind(name, table.headers);
        } catch (e) {
          if (!isAppError(e)) throw e;
        }
      }
      const plan = chosen ? planMapping(name, table.headers, chosen, mapping ?? remembered?.mapping) : { mapping: {}, confidence: {}, missing: [] };
      // Told before the mapping: the same file again, and what the project holds of its kind.
      const stored = inProject ? withProject(project!, (db) => storedSources(db, null, chosen)) : { alreadyImported: null, sameKind: [] };
      const sha = inProject ? await fingerprints.of(file) : null;
      const again = sha && inProject ? withProject(project!, (db) => storedSources(db, sha, null).alreadyImported) : null;
      const preview: ImportPreview = {
        file,
        name,
        format: table.format,
        encoding: table.encoding,
        sheet: table.sheet,
        sheets: table.sheets,
        headers: table.headers,
        rows: table.rows,
        kind: chosen,
        candidates,
        roles: chosen ? KIND_ROLES[chosen] : [],
        mapping: plan.mapping,
        confidence: plan.confidence,
        missing: plan.missing,
        alreadyImported: again,
        sameKind: stored.sameKind.filter((s) => s.datasetId !== again?.datasetId),
        remembered: remembered ? { datasetId: remembered.datasetId, file: remembered.file, importedAt: remembered.importedAt } : null,
        channelAliases: channelAliases(table.headers, table.rows, chosen === 'paths', project && existsSync(project) ? withProject(project, channelResolver) : undefined),
      };
      return preview;
    },
    'import.span': async ({ file, sheet, encoding, kind, mapping, project }) => {
      const { scope, ...span } = await scanFileSpan({ file, sheet, encoding, kind, mapping });
      // Within the file's own channels (spend): a Google export repeats none of Meta's days.
      const stored = span.from && span.to && existsSync(project) ? withProject(project, (db) => storedWithin(db, kind, span.from!, span.to!, scope)) : [];
      return { ...span, stored };
    },
    'import.start': ({ project, file, kind, sheet, encoding, mapping, replace, overlap, duplicates }) => {
      // The wizard sends the complete mapping it showed: roles it left out are unmapped.
      const full = Object.fromEntries(KIND_ROLES[kind].map((s) => [s.role, mapping[s.role] ?? '']));
      return { jobId: jobs.start('import', { project, file, kind, sheet, encoding, mapping: full, replace, overlap, duplicates }) };
    },
    'job.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    // Uploads exist only in the browser host, which answers this call itself
    // (src-main/web/upload-lifetimes.ts). Here a path is the user's own file: never deleted.
    'upload.discard': () => ({ discarded: false }),
  };
}
