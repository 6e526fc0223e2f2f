/** What a funnel run saves and the CLI prints with --json (result version: funnel.ts). */
import type { Reliability } from '../reliability.js';

export interface FunnelStepResult {
  readonly step: string;
  /** Customers who reached this step in order within the window. */
  readonly users: number;
  /** users / users of the previous step; null for the first step or when the previous step has none. */
  readonly stepConversion: number | null;
  /** users / users of the first step; null when nobody started. */
  readonly overallConversion: number | null;
  /** Customers lost since the previous step (0 for the first step). */
  readonly dropOff: number;
}

export interface FunnelAnalysis {
  windowDays: number;
  steps: FunnelStepResult[];
  /** The same funnel per channel of each customer's first event. */
  byFirstChannel: { channel: string; steps: FunnelStepResult[] }[];
  /** Customers with at least one event of any listed step. */
  customers: number;
  /** Events left out because their time is not a number. */
  invalidEvents: number;
  /** Step names the data has (for the wizard's choices). */
  knownSteps: string[];
  reliability: Reliability;
}
