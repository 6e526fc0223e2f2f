/**
 * What every analysis declares about itself, in one place (analyses are
 * plug-ins: issue 11). Plain data, no zod and no I/O, so the renderer can read it too; the params
 * schema sits beside it in `<id>.params.ts`. Everything that lists analyses (the API
 * union, the job table, the CLI, the Models tabs, goal suggestions, report sections)
 * derives from the registry in index.ts.
 */
import type { DataNeed } from './needs.js';
import type { GoalType } from '../goals.js';
import type { MessageKey } from '../i18n/index.js';

export interface AnalysisDefinition<Id extends string = string, Section extends string | null = string | null> {
  readonly id: Id;
  /**
   * The shape of its saved result. Raise it when a result's fields change meaning or
   * shape; a saved result of an older version is then upgraded by `migrations`, or, when
   * no migration reaches the current version, shown as "computed by an older version —
   * run again" (never rendered with the new screens).
   */
  readonly resultVersion: number;
  /** `migrations[v]` turns a version-v result into a version v+1 one. */
  readonly migrations?: Readonly<Record<number, (result: Record<string, unknown>) => Record<string, unknown>>>;
  /** The data it reads (kinds, or a kind with a mapped role): it can run when the project holds at least one. */
  readonly needs: readonly DataNeed[];
  /** The phases its job reports, in order (each has words in `ui.phase.<phase>`). */
  readonly phases: readonly string[];
  /**
   * How long a cancelled run may take to stop before its worker is ended. Analyses
   * compute in one synchronous run and write once at the end, so 0: ending the worker
   * loses nothing.
   */
  readonly cancelGraceMs: number;
  /** Whether a run can also write a per-customer CSV (`csv` in `analysis.run`, `--out` in the CLI). */
  readonly perCustomerCsv: boolean;
  /** Its words: its name in sentences, its Models tab and the tab's one-line hint. */
  readonly labels: { readonly name: MessageKey; readonly tab: MessageKey; readonly hint: MessageKey };
  /** Its CLI command (`roi-studio <command>`). */
  readonly cliCommand: string;
  /** The report section it feeds, or null when the report does not show it. */
  readonly reportSection: Section;
  /** Goals it serves, with its place among the analyses suggested for each (1 = first). */
  readonly servesGoals: Readonly<Partial<Record<GoalType, number>>>;
}

/** Keeps the literal id and section of a definition (for the derived unions). */
export function defineAnalysis<const Id extends string, const Section extends string | null>(
  definition: AnalysisDefinition<Id, Section>,
): AnalysisDefinition<Id, Section> {
  return definition;
}
