import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { datasetsCommand } from './datasets.js';
import { demoCommand } from './demo.js';
import { attributionCommand } from './attribution.js';
import { funnelCommand } from './funnel.js';
import { segmentsCommand } from './segments.js';
import { ltvCommand } from './ltv.js';
import { cohortsCommand } from './cohorts.js';
import { goalCommand } from './goal.js';
import { reportCommand } from './report.js';

/** Every CLI command; a new command is one file here and one line below. */
export const COMMANDS: readonly Command[] = [importCommand, datasetsCommand, demoCommand, attributionCommand, funnelCommand, segmentsCommand, ltvCommand, cohortsCommand, goalCommand, reportCommand];
