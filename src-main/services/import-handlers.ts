import { existsSync } from 'node:fs';
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
import { withProject } from './dataset-handlers.js';
import { isChannelsOwnName } from '@shared/i18n/channels.js';
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

export function importHandlers(jobs: JobBoard): Partial<HandlerMap> {
  return {
    'import.preview': async ({ file, sheet, kind, mapping, project }) => {
      const name = basename(file);
      const table = await previewTable(file, { sheet, rows: 20 });
      const detection = detectKind(table.headers);
      const candidates: DatasetKind[] = 'ambiguous' in detection ? detection.ambiguous : 'kind' in detection ? [detection.kind] : [];
      let chosen: DatasetKind | null = kind ?? null;
      if (!chosen) {
        try {
          chosen = chooseKind(name, table.headers);
        } catch (e) {
          if (!isAppError(e)) throw e;
        }
      }
      const plan = chosen ? planMapping(name, table.headers, chosen, mapping) : { mapping: {}, confidence: {}, missing: [] };
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
        channelAliases: channelAliases(table.headers, table.rows, chosen === 'paths', project && existsSync(project) ? withProject(project, channelResolver) : undefined),
      };
      return preview;
    },
    'import.start': ({ project, file, kind, sheet, mapping, replace, overlap, duplicates }) => {
      // The wizard sends the complete mapping it showed: roles it left out are unmapped.
      const full = Object.fromEntries(KIND_ROLES[kind].map((s) => [s.role, mapping[s.role] ?? '']));
      return { jobId: jobs.start('import', { project, file, kind, sheet, mapping: full, replace, overlap, duplicates }) };
    },
    'job.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    // Uploads exist only in the browser host, which answers this call itself
    // (src-main/web/upload-lifetimes.ts). Here a path is the user's own file: never deleted.
    'upload.discard': () => ({ discarded: false }),
  };
}
