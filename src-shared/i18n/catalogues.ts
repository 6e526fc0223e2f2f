/**
 * Every catalogue, as a pair of English and Chinese words with the same keys (each
 * Chinese file is typed by its English one). A new catalogue is one line here: the
 * message keys, `translate` and the catalogue test (catalogues.test.ts) follow.
 */
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { uiEn } from './ui-en.js';
import { uiZhCN } from './ui-zh-CN.js';
import { reportEn } from './report-en.js';
import { reportZhCN } from './report-zh-CN.js';
import { uiGoalsEn } from './ui-goals-en.js';
import { uiGoalsZhCN } from './ui-goals-zh-CN.js';
import { uiModelsEn } from './ui-models-en.js';
import { uiModelsZhCN } from './ui-models-zh-CN.js';
import { uiReliabilityEn } from './ui-reliability-en.js';
import { uiReliabilityZhCN } from './ui-reliability-zh-CN.js';
import { uiSentimentEn } from './ui-sentiment-en.js';
import { uiSentimentZhCN } from './ui-sentiment-zh-CN.js';
import { uiMmmEn } from './ui-mmm-en.js';
import { uiMmmZhCN } from './ui-mmm-zh-CN.js';
import { uiBasketEn } from './ui-basket-en.js';
import { uiBasketZhCN } from './ui-basket-zh-CN.js';
import { uiGuidanceEn } from './ui-guidance-en.js';
import { uiGuidanceZhCN } from './ui-guidance-zh-CN.js';
import { uiTablesEn } from './ui-tables-en.js';
import { uiTablesZhCN } from './ui-tables-zh-CN.js';
import { uiImportEn } from './ui-import-en.js';
import { uiImportZhCN } from './ui-import-zh-CN.js';
import { glossaryEn } from './glossary-en.js';
import { glossaryZhCN } from './glossary-zh-CN.js';

/** `prefixes`: what every key of the catalogue starts with. */
export const CATALOGUES = [
  { name: 'messages (every host)', prefixes: ['error.', 'issue.', 'cli.', 'kind.', 'phase.', 'job.', 'goal.', 'demo.', 'analysis.'], en, zh: zhCN },
  { name: 'screens', prefixes: ['ui.'], en: uiEn, zh: uiZhCN },
  { name: 'report', prefixes: ['report.'], en: reportEn, zh: reportZhCN },
  { name: 'goal, dashboard and optimise screens', prefixes: ['ui.'], en: uiGoalsEn, zh: uiGoalsZhCN },
  { name: 'models screens', prefixes: ['ui.'], en: uiModelsEn, zh: uiModelsZhCN },
  { name: 'thin-data verdicts', prefixes: ['ui.models.reliability.'], en: uiReliabilityEn, zh: uiReliabilityZhCN },
  { name: 'sentiment screens', prefixes: ['ui.'], en: uiSentimentEn, zh: uiSentimentZhCN },
  { name: 'marketing-mix screens', prefixes: ['ui.'], en: uiMmmEn, zh: uiMmmZhCN },
  { name: 'basket analysis screens', prefixes: ['ui.models.basket.'], en: uiBasketEn, zh: uiBasketZhCN },
  { name: 'guidance under results', prefixes: ['ui.guide.'], en: uiGuidanceEn, zh: uiGuidanceZhCN },
  { name: 'tables and projects', prefixes: ['ui.table.', 'ui.project.', 'ui.undo.', 'ui.reimport.'], en: uiTablesEn, zh: uiTablesZhCN },
  { name: 'imports over time, report cover', prefixes: ['ui.span.', 'ui.batch.', 'ui.update.', 'ui.branding.'], en: uiImportEn, zh: uiImportZhCN },
  { name: 'glossary', prefixes: ['term.'], en: glossaryEn, zh: glossaryZhCN },
] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
export type CatalogueKey = KeysOf<(typeof CATALOGUES)[number]['en']>;
