import type { AnalysisKind } from '@shared/analyses/index.js';
import { ANALYSIS_KINDS } from '@shared/analyses/index.js';
import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { datasetsCommand } from './datasets.js';
import { channelsCommand } from './channels.js';
import { demoCommand } from './demo.js';
import { attributionCommand } from './attribution.js';
import { funnelCommand } from './funnel.js';
import { segmentsCommand } from './segments.js';
import { ltvCommand } from './ltv.js';
import { cohortsCommand } from './cohorts.js';
import { basketCommand } from './basket.js';
import { sentimentCommand } from './sentiment.js';
import { mmmCommand } from './mmm.js';
import { goalCommand } from './goal.js';
import { reportCommand } from './report.js';
import { glossaryCommand } from './glossary.js';

/** The command of each registered analysis (src-shared/analyses): one missing does not compile. */
export const ANALYSIS_COMMANDS: { readonly [K in AnalysisKind]: Command } = {
  attribution: attributionCommand,
  funnel: funnelCommand,
  segments: segmentsCommand,
  ltv: ltvCommand,
  cohorts: cohortsCommand,
  basket: basketCommand,
  sentiment: sentimentCommand,
  mmm: mmmCommand,
};

/** Every CLI command, the analyses' in the registry's order. */
export const COMMANDS: readonly Command[] = [
  importCommand,
  datasetsCommand,
  channelsCommand,
  demoCommand,
  ...ANALYSIS_KINDS.map((kind) => ANALYSIS_COMMANDS[kind]),
  goalCommand,
  reportCommand,
  glossaryCommand,
];
