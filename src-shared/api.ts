/**
 * The whole contract between the UI and the main side: one map of calls, each with the
 * schema its input must satisfy (checked at the service boundary) and the type of its
 * result, plus the push events of running jobs. The Electron preload, the web host and
 * the renderer's client all derive from this file (one typed map, as Actual Budget's handlers.ts does it).
 */
import { z } from 'zod';
import { DATASET_KINDS } from './kinds.js';
import type { ColumnMapping, DatasetKind, RoleSpec } from './kinds.js';
import type { DatasetSummary, ImportIssue } from './datasets.js';
import type { ChannelEntry } from './channel-map.js';
import { DUPLICATE_POLICIES, OVERLAP_POLICIES } from './datasets.js';
import type { ErrorInfo, Result } from './errors.js';
import type { JobProgress } from './jobs.js';
import { ANALYSIS_KINDS, ANALYSIS_LIST } from './analyses/index.js';
import type { AnalysisKind } from './analyses/index.js';
import { BRANDING_TEXT_MAX, LOGO_MAX_BYTES } from './report-branding.js';
import type { ReportBranding } from './report-branding.js';
import { REPORT_SECTIONS } from './report-sections.js';
import type { ReportSection } from './report-sections.js';
import { PARAMS_SCHEMAS } from './analyses/params.js';
import type { ParamsSchemas } from './analyses/params.js';
import { goalInputSchema } from './goals.js';
import type { Goal } from './goals.js';
import type { Dashboard } from './dashboard.js';
import type { MmmOptimiser, MmmScenario, MmmWhatIf } from './mmm-plan.js';
import { TABLE_EXPORT_FORMATS, tableExportInput } from './table-export.js';
import type { RememberedMapping, StoredSource } from './header-signature.js';
import { TEXT_ENCODINGS } from './text-encodings.js';
import { reviewItemFilterSchema, reviewItemSortSchema } from './review-items.js';
import type { ReviewItemPage } from './review-items.js';

const path = z.string().min(1).max(4096);
const projectName = z.string().trim().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31');

export { ANALYSIS_KINDS };
export type { AnalysisKind };

export { REPORT_SECTIONS };
export type { ReportSection };
const kind = z.enum(DATASET_KINDS);
const mapping = z.record(z.string().max(64), z.string().max(512));
const datasetRef = z.object({ project: path, datasetId: z.number().int().positive() });
/**
 * One `analysis.run` input per registered analysis: its params (defaults filled in by the
 * schema), and for those that write one, whether to write the per-customer CSV too.
 */
type RunInput<K extends AnalysisKind> = z.ZodObject<{
  project: typeof path;
  kind: z.ZodLiteral<K>;
  params: ParamsSchemas[K];
  csv: z.ZodOptional<z.ZodBoolean>;
  scenario: z.ZodOptional<z.ZodBoolean>;
}>;
const runInputs = ANALYSIS_LIST.map((a) =>
  z.object({ project: path, kind: z.literal(a.id), params: PARAMS_SCHEMAS[a.id], csv: z.boolean().optional(), scenario: z.boolean().optional() }),
) as unknown as [AnyRunInput, ...AnyRunInput[]];
type AnyRunInput = { [K in AnalysisKind]: RunInput<K> }[AnalysisKind];
const rowsView = {
  search: z.string().max(200).optional(),
  sort: z.object({ column: z.string().min(1).max(64), descending: z.boolean().default(false) }).optional(),
};
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(200) };

export const API_INPUTS = {
  'app.info': z.object({}),
  'project.list': z.object({}),
  'project.create': z.object({ name: projectName }),
  'project.open': z.object({ file: path }),
  'project.demo': z.object({}),
  /** Gives the project a new name (its file is renamed beside it). */
  'project.rename': z.object({ project: path, name: projectName }),
  /** A copy under a new name beside it, the analyses and settings included. */
  'project.copy': z.object({ project: path, name: projectName }),
  /** Moves the project to the workspace's trash folder (recoverable: `project.restore`). */
  'project.delete': z.object({ project: path }),
  /** Puts a trashed project back: `entry` names it in the trash folder (a name, never a path). */
  'project.restore': z.object({ entry: z.string().regex(/^[^\\/]+\.roi$/, 'a file name in the trash folder').max(300) }),
  /** `project`: the project the file goes into, whose channel map the preview's aliases follow. */
  /** `encoding`: text files, read in this encoding instead of the detected one. */
  /** `like`: a new export of this dataset's source — its kind and mapping apply (issue 16, "update this dataset"). */
  'import.preview': z.object({
    file: path,
    sheet: z.string().max(256).optional(),
    encoding: z.enum(TEXT_ENCODINGS).optional(),
    kind: kind.optional(),
    mapping: mapping.optional(),
    project: path.optional(),
    like: z.number().int().positive().optional(),
  }),
  /**
   * The days the file covers (read whole, nothing written) and what the project holds of
   * them, told before the mapping; `kind` and `mapping` as the preview planned them.
   */
  'import.span': z.object({ file: path, sheet: z.string().max(256).optional(), encoding: z.enum(TEXT_ENCODINGS).optional(), kind, mapping, project: path }),
  'import.start': z.object({
    project: path,
    file: path,
    kind,
    sheet: z.string().max(256).optional(),
    encoding: z.enum(TEXT_ENCODINGS).optional(),
    mapping,
    replace: z.boolean().optional(),
    overlap: z.enum(OVERLAP_POLICIES).optional(),
    duplicates: z.enum(DUPLICATE_POLICIES).optional(),
  }),
  'job.cancel': z.object({ jobId: z.string().min(1).max(64) }),
  /**
   * The wizard is done with a file it got from an upload (closed, or another file chosen):
   * the browser host deletes it. Only its own uploads; elsewhere there are none (no-op).
   */
  'upload.discard': z.object({ file: path }),
  'dataset.issues': datasetRef.extend(page),
  /**
   * A page of stored rows; `search` keeps the rows with the text in any column, `sort`
   * orders by one stored column (checked against the dataset's columns by the handler).
   */
  'dataset.rows': datasetRef.extend(page).extend(rowsView),
  /** The rows (as searched and sorted) as a CSV or XLSX file in the exports folder (read it with export.read). */
  'dataset.export': datasetRef.extend(rowsView).extend({ format: z.enum(TABLE_EXPORT_FORMATS), lang: z.enum(['zh-CN', 'en']).default('en') }),
  /** The rejected rows with their reasons, headed and explained in the user's language. */
  'dataset.rejectedCsv': datasetRef.extend({ lang: z.enum(['zh-CN', 'en']).default('en') }),
  'dataset.delete': datasetRef,
  'overview.spend': z.object({ project: path }),
  /** The project's channel map: every channel name, what the importer made of it and what it counts as. */
  'channels.list': z.object({ project: path }),
  /** Merge `name` into `channel`, split it out (channel = name), or give it back to the importer (null). */
  'channels.set': z.object({ project: path, name: z.string().min(1).max(500), channel: z.string().trim().min(1).max(500).nullable() }),
  /**
   * Runs an analysis as a job; its result also lands in the project (`analysis.latest`),
   * unless it is a `scenario`: the Optimise step's what-ifs (another bound or model) come
   * back as the job's result and never replace the saved analysis the Models page, the
   * dashboard and the report use.
   */
  'analysis.run': z.discriminatedUnion('kind', runInputs),
  'analysis.latest': z.object({ project: path, kind: z.enum(ANALYSIS_KINDS) }),
  /**
   * The user's label for a review's text (every copy of it), or null to take a correction
   * back: the next sentiment run adapts the model to the corrections and keeps them.
   */
  'sentiment.correct': z.object({ project: path, text: z.string().min(1).max(200_000), label: z.enum(['positive', 'neutral', 'negative']).nullable() }),
  /** Forgets every correction: the next run uses the shipped model again. */
  'sentiment.resetCorrections': z.object({ project: path }),
  /** A page of the latest sentiment run's reviews that match the filter, after a position (keyset paging). */
  'sentiment.reviews': z.object({
    project: path,
    filter: reviewItemFilterSchema,
    /** Absent or null: the run's order (latest first); `after` stays the last row's position in either order. */
    sort: reviewItemSortSchema.nullable().optional(),
    after: z.number().int().min(-1).nullable(),
    limit: z.number().int().min(1).max(500),
  }),
  /** Every review that matches the filter, in the table's order, with its whole text, as a CSV or XLSX file in the exports folder (read it with export.read). */
  'sentiment.exportReviews': z.object({
    project: path,
    filter: reviewItemFilterSchema,
    sort: reviewItemSortSchema.nullable().optional(),
    format: z.enum(TABLE_EXPORT_FORMATS),
    lang: z.enum(['zh-CN', 'en']),
  }),
  'goal.list': z.object({ project: path }),
  'goal.save': z.object({ project: path, goal: goalInputSchema }),
  'goal.delete': z.object({ project: path, id: z.number().int().positive() }),
  'dashboard.get': z.object({ project: path, from: isoDate.optional(), to: isoDate.optional() }),
  'report.preview': z.object({ project: path, lang: z.enum(['zh-CN', 'en']), sections: z.array(z.enum(REPORT_SECTIONS)).optional() }),
  /** The cover's branding remembered for the project. */
  'report.branding': z.object({ project: path }),
  /**
   * Remembers the cover's title and client; `logo` is the image's base64 (checked: PNG or
   * JPEG, at most LOGO_MAX_BYTES), null removes it, left out keeps the one stored.
   */
  'report.setBranding': z.object({
    project: path,
    title: z.string().trim().max(BRANDING_TEXT_MAX),
    client: z.string().trim().max(BRANDING_TEXT_MAX),
    logo: z
      .object({ name: z.string().max(300), base64: z.string().max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4) })
      .nullable()
      .optional(),
  }),
  'report.export': z.object({ project: path, lang: z.enum(['zh-CN', 'en']), format: z.enum(['pdf', 'xlsx']), sections: z.array(z.enum(REPORT_SECTIONS)).optional() }),
  /** A file the app produced (report, CSV) from the workspace's exports folder, base64. */
  'export.read': z.object({ file: path }),
  /**
   * On the saved marketing-mix model (no refit): revenue over the next weeks at a weekly
   * spend per channel (the what-if planner's sliders), and, when `split` is given, the best
   * split of a weekly budget within bounds and locks (the Optimise step).
   */
  'mmm.plan': z.object({
    project: path,
    weeks: z.number().int().min(1).max(104),
    spend: z.array(z.number().min(0).max(1e12)).max(200).optional(),
    split: z
      .object({
        budget: z.number().positive().max(1e12).optional(),
        /** Instead of a budget: the weekly channel revenue to reach with the least spend, or the ROAS to keep with the most. */
        goalRevenue: z.number().positive().max(1e12).optional(),
        /** A revenue goal of the Goal step: its weekly revenue less the baseline becomes `goalRevenue`. */
        goalId: z.number().int().positive().optional(),
        targetRoas: z.number().positive().max(1000).optional(),
        lower: z.number().min(0).max(1),
        upper: z.number().min(1).max(10),
        locked: z.array(z.string().max(200)).max(200),
      })
      .optional(),
  }),
  /** The what-if scenarios kept in the project, oldest first. */
  'mmm.scenarios': z.object({ project: path }),
  /** Keeps a what-if: its spend per channel, with the saved model's prediction for it over `weeks`. */
  'mmm.saveScenario': z.object({
    project: path,
    name: z.string().trim().min(1).max(200),
    weeks: z.number().int().min(1).max(104),
    spend: z.array(z.number().min(0).max(1e12)).max(200),
    goalId: z.number().int().positive().optional(),
  }),
  'mmm.deleteScenario': z.object({ project: path, id: z.number().int().positive() }),
  /** A table the page shows, as a CSV or XLSX file in the exports folder (read it with export.read). */
  'table.export': tableExportInput,
  /** The plan at a weekly spend per channel as a CSV or XLSX file in the exports folder (read it with export.read); with `goalId`, the revenue goal it was planned for is named in it. */
  'mmm.exportPlan': z.object({
    project: path,
    weeks: z.number().int().min(1).max(104),
    spend: z.array(z.number().min(0).max(1e12)).max(200),
    format: z.enum(['csv', 'xlsx']),
    lang: z.enum(['zh-CN', 'en']),
    goalId: z.number().int().positive().optional(),
  }),
} as const;

export type ApiName = keyof typeof API_INPUTS;
export type ApiInput<N extends ApiName> = z.input<(typeof API_INPUTS)[N]>;
export type ApiParsed<N extends ApiName> = z.output<(typeof API_INPUTS)[N]>;

export interface ProjectRef {
  file: string;
  name: string;
  modified: string;
}

export interface ProjectInfo extends ProjectRef {
  datasets: DatasetSummary[];
}

export interface ImportPreview {
  file: string;
  name: string;
  format: string;
  encoding: string;
  sheet?: string;
  sheets?: string[];
  headers: string[];
  rows: string[][];
  /** Detected (or asked-for) kind; null when the headers fit none or several. */
  kind: DatasetKind | null;
  candidates: DatasetKind[];
  roles: readonly RoleSpec[];
  mapping: ColumnMapping;
  confidence: Record<string, number>;
  missing: string[];
  /**
   * Per header: the distinct names of the preview rows that the importer would store as
   * another channel ([raw, channel]; path steps for paths), so the mapping step shows its aliases.
   */
  channelAliases: Record<string, [string, string][]>;
  /**
   * Set when the kind and mapping are those confirmed for an earlier import with the same
   * headers (the same source, e.g. last month's export): the wizard says so.
   */
  remembered: RememberedMapping | null;
  /** This very file (same bytes) is in the project already: importing it again replaces that dataset. */
  alreadyImported: StoredSource | null;
  /** Stored datasets of the chosen kind with their dates: rows of the same period will be asked about. */
  sameKind: StoredSource[];
}

/** The period a file covers, and the stored rows of that period per dataset (issue 16). */
export interface ImportSpan {
  /** Rows that typed cleanly. */
  rows: number;
  /** First and last day (null: the kind has no dates, or no row had one). */
  from: string | null;
  to: string | null;
  /** Stored datasets of the kind with rows in [from, to]: how many, and their own first and last day there. */
  stored: { datasetId: number; file: string; rows: number; from: string; to: string }[];
}

export interface SpendOverview {
  dates: string[];
  series: { channel: string; spend: number[] }[];
  total: number;
}

export interface ApiResults {
  'app.info': { version: string; host: 'electron' | 'web'; workspace: string };
  'project.list': { recent: ProjectRef[]; workspace: ProjectRef[] };
  'project.create': ProjectInfo;
  'project.open': ProjectInfo;
  'project.demo': { jobId: string; file: string };
  'project.rename': ProjectInfo;
  'project.copy': ProjectInfo;
  /** `entry`: its name in the trash folder, to restore it; `folder`: where that is. */
  'project.delete': { entry: string; folder: string };
  'project.restore': ProjectInfo;
  'import.preview': ImportPreview;
  'import.span': ImportSpan;
  'import.start': { jobId: string };
  'job.cancel': { cancelled: boolean };
  /** false: already gone, or a running import still reads it (it goes when that ends). */
  'upload.discard': { discarded: boolean };
  'dataset.issues': { issues: ImportIssue[]; total: number };
  /** `total`: the rows that match the search (all of them without one). */
  'dataset.rows': { columns: string[]; rows: (string | number | null)[][]; total: number };
  'dataset.export': { file: string };
  'dataset.rejectedCsv': { fileName: string; csv: string };
  'dataset.delete': { deleted: boolean };
  'overview.spend': SpendOverview;
  'channels.list': { channels: ChannelEntry[] };
  'channels.set': { channels: ChannelEntry[] };
  'analysis.run': { jobId: string };
  'analysis.latest': SavedAnalysis | null;
  'sentiment.correct': { corrections: number };
  'sentiment.resetCorrections': { corrections: number };
  'sentiment.reviews': ReviewItemPage;
  'sentiment.exportReviews': { file: string };
  'goal.list': Goal[];
  'goal.save': Goal;
  'goal.delete': { deleted: boolean };
  'dashboard.get': Dashboard;
  'report.preview': { html: string; skipped: { section: ReportSection; reason: string }[] };
  'report.branding': ReportBranding;
  'report.setBranding': ReportBranding;
  'report.export': { jobId: string };
  'export.read': { fileName: string; mime: string; base64: string };
  'mmm.plan': { whatIf: MmmWhatIf; split: MmmOptimiser | null };
  'mmm.scenarios': MmmScenario[];
  'mmm.saveScenario': MmmScenario;
  'mmm.deleteScenario': { deleted: boolean };
  'mmm.exportPlan': { file: string };
  'table.export': { file: string };
}

/**
 * An analysis kept in the project. `result` is the JSON the CLI prints with --json for
 * the same analysis (see README); the renderer reads it with the shapes it needs.
 */
export interface SavedAnalysis {
  id: number;
  kind: AnalysisKind;
  params: Record<string, unknown>;
  /**
   * Null when an older (or newer) version of the analysis computed it and no migration
   * reads it (`olderVersion` is then set): the screens say "computed by an older version —
   * run again" instead of drawing it. A readable one has been upgraded to the current shape.
   */
  result: Record<string, unknown> | null;
  /** Set when `result` is withheld: the version that computed it and the app's current one. */
  olderVersion?: { version: number; current: number };
  createdAt: string;
  /**
   * False when the project's data changed after this run (an import, a dataset deleted or
   * replaced): its figures may describe rows that are gone. Reading never recomputes; the
   * screens say so and offer a run.
   */
  current: boolean;
}

/** What a finished `report.export` job returns (the file is read with `export.read`). */
export interface ReportFile {
  file: string;
  fileName: string;
  bytes: number;
  skipped: { section: ReportSection; reason: string }[];
}

export type ApiOutput<N extends ApiName> = ApiResults[N];

/** What the renderer calls: every API call as a typed async function. */
export type ApiClient = { [N in ApiName]: (input: ApiInput<N>) => Promise<ApiOutput<N>> };

/** Push events of running jobs (Electron: webContents.send; web: server-sent events). */
export type JobEvent =
  | { type: 'progress'; jobId: string; progress: JobProgress }
  | { type: 'done'; jobId: string; result: unknown }
  | { type: 'failed'; jobId: string; error: ErrorInfo };

/** The envelope every call returns across IPC and HTTP. */
export type ApiResponse<N extends ApiName> = Result<ApiOutput<N>>;

export const API_NAMES = Object.keys(API_INPUTS) as ApiName[];
