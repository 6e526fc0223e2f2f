/**
 * Dataset kinds and their column roles: the project file's data model.
 * One table per kind in the project store; one column per role.
 */

export const DATASET_KINDS = ['spend', 'touchpoints', 'paths', 'orders', 'customers', 'reviews', 'weekly'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** How a raw cell becomes a stored value. */
export type RoleType = 'date' | 'datetime' | 'number' | 'integer' | 'text' | 'channel' | 'event';

export interface RoleSpec {
  readonly role: string;
  readonly type: RoleType;
  readonly required: boolean;
}

const r = (role: string, type: RoleType, required = false): RoleSpec => ({ role, type, required });

export const KIND_ROLES: Readonly<Record<DatasetKind, readonly RoleSpec[]>> = {
  spend: [
    r('date', 'date', true),
    r('channel', 'channel', true),
    r('campaign', 'text'),
    r('spend', 'number', true),
    r('impressions', 'number'),
    r('clicks', 'number'),
    r('conversions', 'number'),
    r('revenue', 'number'),
  ],
  touchpoints: [
    r('customer_id', 'text', true),
    r('timestamp', 'datetime', true),
    r('channel', 'channel', true),
    r('campaign', 'text'),
    // Kept as written (view, 加购, purchase…): funnels need the names; attribution reads
    // conversion words as conversions when it loads the rows.
    r('event', 'text'),
    r('value', 'number'),
  ],
  paths: [r('path', 'text', true), r('conversions', 'number', true), r('value', 'number'), r('nulls', 'number')],
  orders: [
    r('order_id', 'text'),
    r('customer_id', 'text', true),
    r('date', 'datetime', true),
    r('revenue', 'number', true),
    r('quantity', 'number'),
    r('product', 'text'),
    r('channel', 'channel'),
  ],
  customers: [
    r('customer_id', 'text', true),
    r('signup_date', 'date'),
    r('region', 'text'),
    r('age', 'number'),
    r('gender', 'text'),
  ],
  reviews: [
    r('text', 'text', true),
    r('date', 'date'),
    r('rating', 'number'),
    r('platform', 'text'),
    r('customer_id', 'text'),
    r('product', 'text'),
  ],
  // The wide sheet marketing-mix users keep: one row per week (or day), a KPI column and one
  // column per channel's spend, exposure or control. Those columns differ per file, so they
  // are kept as JSON in `extra` (like customers' attributes) and named by the marketing-mix
  // analysis (src-shared/mmm-columns.ts), where the user confirms which column is what.
  weekly: [r('date', 'date', true), r('kpi', 'number', true)],
};

/** Kinds that keep their unmapped columns, as JSON in an `extra` column. */
export function keepsExtra(kind: DatasetKind): boolean {
  return kind === 'customers' || kind === 'weekly';
}

export function isDatasetKind(value: string): value is DatasetKind {
  return (DATASET_KINDS as readonly string[]).includes(value);
}

/** Mapping from role to the source header that fills it. */
export type ColumnMapping = Record<string, string>;
