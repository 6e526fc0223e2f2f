/**
 * Every registered analysis (src-shared/analyses) has all of its parts: params schema,
 * runner, job, CLI command, words in both languages, a Models wizard, its report section.
 * The checker is tried on an analysis registered with none of them, so it can fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_KINDS, ANALYSIS_LIST, analysesForGoal } from '@shared/analyses/index.js';
import type { AnalysisDefinition } from '@shared/analyses/index.js';
import { PARAMS_SCHEMAS } from '@shared/analyses/params.js';
import { REPORT_SECTIONS } from '@shared/report-sections.js';
import { API_INPUTS } from '@shared/api.js';
import { GOAL_TYPES } from '@shared/goals.js';
import { translate } from '@shared/i18n/index.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { phaseText } from '@shared/i18n/phase.js';
import { RUNNERS } from './run.js';
import { JOB_HANDLERS } from '../jobs/handlers.js';
import { COMMANDS } from '../cli/commands/index.js';

const VIEWS_SOURCE = readFileSync(new URL('../../src-renderer/src/analyses/analysis-views.ts', import.meta.url), 'utf8');

const has = (record: object, key: string): boolean => Object.hasOwn(record, key);
const worded = (key: string): boolean => (['en', 'zh-CN'] as const).every((lang) => translate(lang, key as MessageKey) !== key);

/** What a registered analysis lacks, in words a reader can act on. */
function missingParts(a: AnalysisDefinition): string[] {
  const missing: string[] = [];
  if (!has(PARAMS_SCHEMAS, a.id)) missing.push('params schema (src-shared/analyses/params.ts)');
  if (!existsSync(new URL(`../../src-shared/analyses/${a.id}.result.ts`, import.meta.url))) missing.push(`result shape (src-shared/analyses/${a.id}.result.ts)`);
  if (!has(RUNNERS, a.id)) missing.push('runner (src-main/analysis/run.ts)');
  if (!has(JOB_HANDLERS, a.id)) missing.push('job handler');
  // Empty params may lack a required one (funnel steps), but the kind itself must be known.
  const run = API_INPUTS['analysis.run'].safeParse({ project: 'p.roi', kind: a.id, params: {} });
  if (!run.success && !run.error.issues.every((i) => i.path[0] === 'params')) missing.push('analysis.run input');
  if (!COMMANDS.some((c) => c.name === a.cliCommand)) missing.push(`CLI command "${a.cliCommand}"`);
  for (const key of Object.values(a.labels)) if (!worded(key)) missing.push(`words for ${key} (zh-CN and en)`);
  for (const phase of a.phases) if (phaseText(phase, (k) => k) === 'ui.phase.working') missing.push(`words for phase "${phase}"`);
  if (!new RegExp(`^\\s+${a.id}: \\w+,$`, 'm').test(VIEWS_SOURCE)) missing.push('Models wizard (src-renderer/src/analyses/analysis-views.ts)');
  if (a.reportSection !== null) {
    if (!(REPORT_SECTIONS as readonly string[]).includes(a.reportSection)) missing.push(`report section "${a.reportSection}"`);
    if (!worded(`report.section.${a.reportSection}`)) missing.push(`report section title report.section.${a.reportSection}`);
  }
  for (const goal of Object.keys(a.servesGoals)) if (!(GOAL_TYPES as readonly string[]).includes(goal)) missing.push(`goal type "${goal}"`);
  for (const from of Object.keys(a.migrations ?? {})) if (!(Number(from) >= 1 && Number(from) < a.resultVersion)) missing.push(`migration from version ${from}`);
  if (!(Number.isInteger(a.resultVersion) && a.resultVersion >= 1)) missing.push('result version');
  if (a.needs.length === 0) missing.push('data needs');
  return missing;
}

describe('the analysis registry', () => {
  it.each(ANALYSIS_LIST.map((a) => [a.id, a] as const))('%s has every part', (_, a) => {
    expect(missingParts(a)).toEqual([]);
  });

  it('names each analysis once', () => {
    expect(new Set(ANALYSIS_KINDS).size).toBe(ANALYSIS_KINDS.length);
    expect(new Set(ANALYSIS_LIST.map((a) => a.cliCommand)).size).toBe(ANALYSIS_LIST.length);
  });

  // Not a registered id (basket was the first analysis added through this list: issue 11).
  it('finds every part missing in an analysis registered with nothing else', () => {
    const bare: AnalysisDefinition = {
      id: 'pricing',
      resultVersion: 0,
      migrations: { 3: (r) => r },
      needs: [],
      phases: ['mining'],
      cancelGraceMs: 0,
      perCustomerCsv: false,
      labels: { name: 'ui.goals.analysis.pricing' as MessageKey, tab: 'ui.models.tab.pricing' as MessageKey, hint: 'ui.models.tabHint.pricing' as MessageKey },
      cliCommand: 'pricing',
      reportSection: 'pricing',
      servesGoals: { 'average-order': 1 } as AnalysisDefinition['servesGoals'],
    };
    expect(missingParts(bare)).toEqual([
      'params schema (src-shared/analyses/params.ts)',
      'result shape (src-shared/analyses/pricing.result.ts)',
      'runner (src-main/analysis/run.ts)',
      'job handler',
      'analysis.run input',
      'CLI command "pricing"',
      'words for ui.goals.analysis.pricing (zh-CN and en)',
      'words for ui.models.tab.pricing (zh-CN and en)',
      'words for ui.models.tabHint.pricing (zh-CN and en)',
      'words for phase "mining"',
      'Models wizard (src-renderer/src/analyses/analysis-views.ts)',
      'report section "pricing"',
      'report section title report.section.pricing',
      'goal type "average-order"',
      'migration from version 3',
      'result version',
      'data needs',
    ]);
  });

  it('derives the lists that used to be kept by hand', () => {
    expect(REPORT_SECTIONS).toEqual(['summary', 'goals', 'channels', 'funnel', 'segments', 'ltv', 'cohorts', 'baskets', 'mmm', 'reviews', 'quality', 'methods']);
    expect(COMMANDS.map((c) => c.name)).toEqual(['import', 'datasets', 'channels', 'demo', 'attribution', 'funnel', 'segments', 'ltv', 'cohorts', 'basket', 'mmm', 'sentiment', 'goal', 'report', 'glossary']);
    expect(analysesForGoal('new-customers')).toEqual(['funnel', 'attribution']);
    expect(analysesForGoal('cac')).toEqual(['attribution', 'funnel']);
    expect(analysesForGoal('repeat-rate')).toEqual(['segments', 'ltv']);
    expect(analysesForGoal('revenue')).toEqual(['attribution', 'ltv', 'mmm']);
    expect(analysesForGoal('roi')).toEqual(['attribution', 'mmm']);
    expect(analysesForGoal('net-sentiment')).toEqual(['sentiment']);
    expect(analysesForGoal('positive-share')).toEqual(['sentiment']);
  });
});
