import { basename, resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { DATASET_KINDS, isDatasetKind } from '@shared/kinds.js';
import { TEXT_ENCODINGS } from '@shared/text-encodings.js';
import type { TextEncoding } from '@shared/text-encodings.js';
import type { RememberedMapping } from '@shared/header-signature.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { existsSync } from 'node:fs';
import { previewTable } from '../../import/read/index.js';
import { openProject } from '../../store/project.js';
import { rememberedMapping } from '../../store/remembered-mapping.js';
import { translate } from '@shared/i18n/index.js';
import { describeError } from '@shared/i18n/describe-error.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../../errors.js';
import type { Lang } from '@shared/i18n/index.js';
import { channelName } from '@shared/i18n/channels.js';
import { roleLabel } from '@shared/i18n/role-label.js';
import type { ImportIssue } from '@shared/datasets.js';
import { DUPLICATE_POLICIES, OVERLAP_POLICIES, describeSpan } from '@shared/datasets.js';
import { parseMapArgs } from '../../import/plan.js';
import type { ImportOutcome } from '../../import/pipeline.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file>… --project p.roi [--as kind] [--sheet name] [--encoding UTF-8|GB18030|UTF-16LE|UTF-16BE] [--map role=Header]… [--replace] [--overlap replace|new-only|keep-both] [--duplicates keep|drop] [--json]',
  options: {
    project: { type: 'string' },
    as: { type: 'string' },
    sheet: { type: 'string' },
    encoding: { type: 'string' },
    map: { type: 'string', multiple: true },
    replace: { type: 'boolean' },
    overlap: { type: 'string' },
    duplicates: { type: 'string' },
  },
  /**
   * Several files in one call (a month's exports): each is detected, mapped, checked and
   * imported on its own (its own transaction), in the order given; one that fails is named
   * with its reason and the others still land. The flags apply to every file.
   */
  async run({ values, positionals, out, signal }) {
    const project = values.project as string | undefined;
    if (positionals.length === 0 || !project) throw new AppError('error.usage', { usage: importCommand.usage });
    const kind = values.as as string | undefined;
    if (kind !== undefined && !isDatasetKind(kind)) throw new AppError('error.unknownKind', { kind, kinds: DATASET_KINDS.join(', ') });
    const request = (file: string) => ({
      project: resolve(project),
      file: resolve(file),
      kind,
      sheet: values.sheet as string | undefined,
      encoding: choice(values, 'encoding', TEXT_ENCODINGS),
      mapping: parseMapArgs((values.map as string[] | undefined) ?? []),
      replace: Boolean(values.replace),
      overlap: choice(values, 'overlap', OVERLAP_POLICIES),
      duplicates: choice(values, 'duplicates', DUPLICATE_POLICIES),
    });
    const explicit = Boolean(kind) || ((values.map as string[] | undefined) ?? []).length > 0;
    const importOne = async (file: string): Promise<ImportOutcome & { remembered?: RememberedMapping }> => {
      // Without --as or --map: the kind and mapping confirmed for the same source before (same headers).
      const remembered = explicit ? null : await rememberedFor(resolve(project), resolve(file), values.sheet as string | undefined, choice(values, 'encoding', TEXT_ENCODINGS));
      const asked = request(file);
      if (remembered && !values.json) out.line(out.t('cli.remembered', { file: remembered.file, id: remembered.datasetId }));
      const outcome = await runJob('import', remembered ? { ...asked, kind: remembered.kind, mapping: remembered.mapping } : asked, { onProgress: values.json ? undefined : out.progress(), signal });
      out.endProgress();
      return remembered ? { ...outcome, remembered: { datasetId: remembered.datasetId, file: remembered.file, importedAt: remembered.importedAt } } : outcome;
    };
    if (positionals.length === 1) {
      const outcome = await importOne(positionals[0]);
      if (values.json) out.json({ dataset: importJson(outcome, out.lang) });
      else printImport(outcome, out);
      return;
    }
    const imported: ImportOutcome[] = [];
    const failed: { file: string; error: ErrorInfo }[] = [];
    for (const file of positionals) {
      if (signal.aborted) throw new AppError('error.cancelled');
      try {
        const outcome = await importOne(file);
        imported.push(outcome);
        if (!values.json) {
          printImport(outcome, out);
          out.line();
        }
      } catch (e) {
        out.endProgress();
        const error = toErrorInfo(e);
        // Cancelling stops the batch; the files imported so far stay.
        if (error.code === 'error.cancelled') throw e;
        failed.push({ file: basename(file), error });
        if (!values.json) out.error({ code: 'error.importFileFailed', params: { file: basename(file), reason: describeError(out.lang, error) } });
      }
    }
    if (values.json) {
      out.json({
        datasets: imported.map((o) => importJson(o, out.lang)),
        failed: failed.map((f) => ({ file: f.file, code: f.error.code, message: describeError(out.lang, f.error) })),
      });
    } else {
      out.line(out.t('cli.importedMany', { imported: imported.length, total: positionals.length }));
    }
    if (failed.length > 0) throw new AppError('error.someImportsFailed', { failed: failed.length, total: positionals.length, files: failed.map((f) => f.file).join(', ') });
  },
};

/** The mapping remembered for a file's headers in the project, if the project exists and has one. */
async function rememberedFor(project: string, file: string, sheet: string | undefined, encoding: TextEncoding | undefined) {
  if (!existsSync(project) || !existsSync(file)) return null;
  // A file the reader refuses is left to the import, which says why in its own words.
  const headers = await previewTable(file, { sheet, encoding, rows: 0 }).then(
    (t) => t.headers,
    () => null,
  );
  if (!headers) return null;
  const db = openProject(project, { readonly: true });
  try {
    return rememberedMapping(db, headers);
  } finally {
    db.close();
  }
}

function choice<T extends string>(values: Record<string, unknown>, flag: string, choices: readonly T[]): T | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  if (!choices.includes(raw as T)) throw new AppError('error.badChoice', { flag, choices: choices.join('|'), value: String(raw) });
  return raw as T;
}

function issueJson(issue: ImportIssue, lang: Lang) {
  return { row: issue.row, column: issue.column, reason: translate(lang, issue.code, { value: issue.value ?? '' }) };
}

function importJson({ dataset: d, issues, issueCount, sheets, remembered }: ImportOutcome & { remembered?: RememberedMapping }, lang: Lang) {
  return {
    remembered: remembered ?? null,
    id: d.id,
    kind: d.kind,
    file: d.file,
    format: d.format,
    encoding: d.encoding,
    sheet: d.sheet,
    sheets,
    rowsRead: d.rowsRead,
    rowsImported: d.rowsImported,
    rowsRejected: d.rowsRejected,
    duplicatesRemoved: d.duplicatesRemoved,
    mapping: d.mapping,
    quality: d.quality,
    issues: issues.map((i) => issueJson(i, lang)),
    issueCount,
  };
}

function printImport({ dataset: d, issues, issueCount, sheets }: ImportOutcome, out: Parameters<Command['run']>[0]['out']): void {
  // The kind as the app names it (广告花费, Ad spend), not its id: `--as` ids are in --help and --json.
  out.line(out.t('cli.imported', { file: d.file, kind: out.t(`ui.kind.${d.kind}` as MessageKey), id: d.id }));
  if (sheets.length > 1) out.line(out.t('cli.sheets', { sheet: d.sheet ?? '', sheets: sheets.join(', ') }));
  out.line(
    formatTable([
      [out.t('cli.encoding'), `${d.encoding} (${d.format}${d.sheet ? `, ${d.sheet}` : ''})`],
      [out.t('cli.rowsRead'), String(d.rowsRead)],
      [out.t('cli.rowsImported'), String(d.rowsImported)],
      [out.t('cli.rowsRejected'), String(d.rowsRejected)],
      [out.t(d.quality.duplicates?.policy === 'keep' ? 'cli.duplicatesKept' : 'cli.duplicates'), String(d.quality.duplicates?.count ?? d.duplicatesRemoved)],
    ]),
  );
  const dup = d.quality.duplicates;
  if (dup && dup.count > 0) out.line(out.t('cli.duplicateSample', { pairs: dup.sample.map((p) => `${p.row} = ${p.sameAs}`).join(', ') }));
  const overlap = d.quality.overlap;
  if (overlap) out.line(out.t('cli.overlap', { rows: overlap.rows, span: describeSpan(overlap), policy: out.t(`ui.wizard.overlap.${overlap.policy}`), removed: overlap.removed }));
  if (overlap?.emptied?.length) out.line(out.t('cli.emptied', { files: overlap.emptied.map((e) => `${e.file} (#${e.id})`).join(', ') }));
  const spellings = d.quality.channelSpellings ?? [];
  if (spellings.length > 0) out.line(out.t('cli.channelSpellings', { list: spellings.slice(0, 8).map((s) => `${s.raw} → ${channelName(out.lang, s.channel)} (${s.rows})`).join(', ') + (spellings.length > 8 ? ', …' : '') }));
  out.line();
  out.line(out.t('cli.mapping'));
  // Roles as the mapping step names them, with the id --map takes where the words differ from it (日期 (date)).
  const role = (id: string): string => {
    const label = roleLabel(out.t, id, d.kind);
    return label.toLowerCase() === id.toLowerCase() ? label : `${label} (${id})`;
  };
  out.line(formatTable(d.quality.columns.filter((c) => c.header).map((c) => [`  ${role(c.role)}`, '←', c.header, c.min !== undefined ? `${c.min} … ${c.max}` : ''])));
  if (issueCount > 0) {
    const shown = issues.slice(0, 10);
    out.line();
    out.line(out.t('cli.issues', { n: shown.length, total: issueCount }));
    for (const i of shown) out.line(`  ${i.row}  ${i.column}  ${translate(out.lang, i.code, { value: i.value ?? '' })}`);
  }
}
