/**
 * The data an analysis needs, and whether a project has it: a dataset kind, or a kind with
 * a mapped role (orders that name their source channel are journeys of one touch each).
 * The Models tabs, the wizards and the Optimise step ask here, so the rule lives once.
 */
import type { DatasetSummary } from '../datasets.js';
import { isDatasetKind } from '../kinds.js';
import type { DatasetKind } from '../kinds.js';
import type { MessageKey } from '../i18n/index.js';
import { roleLabel } from '../i18n/role-label.js';

export type DataNeed = DatasetKind | { readonly kind: DatasetKind; readonly role: string };

export const kindOf = (need: DataNeed): DatasetKind => (typeof need === 'string' ? need : need.kind);

/** A dataset with rows of the kind (and, for a role, a column mapped to it). */
export function meetsNeed(datasets: readonly Pick<DatasetSummary, 'kind' | 'rowsImported' | 'mapping'>[], need: DataNeed): boolean {
  return datasets.some((d) => d.kind === kindOf(need) && d.rowsImported > 0 && (typeof need === 'string' || Boolean(d.mapping[need.role])));
}

/** Whether the project holds any of the data an analysis can run on. */
export function canRun(analysis: { readonly needs: readonly DataNeed[] }, datasets: readonly Pick<DatasetSummary, 'kind' | 'rowsImported' | 'mapping'>[]): boolean {
  return analysis.needs.some((need) => meetsNeed(datasets, need));
}

/** Needs as an error carries them across a worker (`touchpoints|paths|orders:channel`): ids, put into words where the user's language is known. */
export function needsParam(needs: readonly DataNeed[]): string {
  return needs.map((need) => (typeof need === 'string' ? need : `${need.kind}:${need.role}`)).join('|');
}

/** The needs a `needsParam` names; null when it is not one (an older error's free text). */
export function parseNeedsParam(text: string): DataNeed[] | null {
  const needs = text.split('|').map((part): DataNeed | null => {
    const [kind, role] = part.split(':');
    if (!isDatasetKind(kind)) return null;
    return role ? { kind, role } : kind;
  });
  return needs.every((n) => n !== null) ? (needs as DataNeed[]) : null;
}

/** The data an analysis needs, in words: 客户触点或转化路径或含“来源渠道”列的订单. */
export function needsText(t: (key: MessageKey, params?: Record<string, string | number>) => string, needs: readonly DataNeed[]): string {
  const name = (need: DataNeed): string =>
    typeof need === 'string' ? t(`ui.kind.${need}`) : t('ui.models.needsRole', { kind: t(`ui.kind.${need.kind}`), role: roleLabel(t, need.role, need.kind) });
  return needs.map(name).join(t('ui.models.or'));
}
