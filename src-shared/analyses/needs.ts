/**
 * The data an analysis needs, and whether a project has it: a dataset kind, or a kind with
 * a mapped role (orders that name their source channel are journeys of one touch each).
 * The Models tabs, the wizards and the Optimise step ask here, so the rule lives once.
 */
import type { DatasetSummary } from '../datasets.js';
import type { DatasetKind } from '../kinds.js';

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
