/**
 * An on-screen table sent to be saved as CSV or XLSX (`table.export`): its columns with
 * the kind of their values (so the Excel sheet keeps numbers as numbers with a number
 * format) and the rows as the page holds them. The labels are the page's, in the user's
 * language; text cells are made formula-safe by the writer (src-shared/formula-safe.ts).
 */
import { z } from 'zod';

export const TABLE_CELL_KINDS = ['text', 'money', 'int', 'number', 'percent', 'ratio', 'points', 'date'] as const;
export type TableCellKind = (typeof TABLE_CELL_KINDS)[number];
export const TABLE_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type TableExportFormat = (typeof TABLE_EXPORT_FORMATS)[number];

/** Big enough for any table the page holds in memory; the rows view exports from the store instead. */
export const TABLE_EXPORT_MAX_ROWS = 20_000;
export const TABLE_EXPORT_MAX_COLUMNS = 60;

const cell = z.union([z.string().max(20_000), z.number(), z.null()]);

export const tableExportInput = z
  .object({
    /** Names the file and the sheet (e.g. "ROI per channel"). */
    title: z.string().trim().min(1).max(120),
    format: z.enum(TABLE_EXPORT_FORMATS),
    columns: z
      .array(z.object({ label: z.string().max(200), kind: z.enum(TABLE_CELL_KINDS) }))
      .min(1)
      .max(TABLE_EXPORT_MAX_COLUMNS),
    rows: z.array(z.array(cell).max(TABLE_EXPORT_MAX_COLUMNS)).max(TABLE_EXPORT_MAX_ROWS),
  })
  .refine((t) => t.rows.every((r) => r.length === t.columns.length), { message: 'every row has one cell per column', path: ['rows'] });

export type TableExportInput = z.input<typeof tableExportInput>;
