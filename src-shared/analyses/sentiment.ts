/**
 * Review sentiment (issue 15): each review scored in [−1, 1] with its label, language,
 * driving words and aspects; shares and net sentiment per month, product, platform,
 * aspect and RFM segment; alerts when a month's negative share jumps.
 */
import { defineAnalysis } from './define.js';

export const sentiment = defineAnalysis({
  id: 'sentiment',
  resultVersion: 1,
  needs: ['reviews'],
  phases: ['scoring'],
  cancelGraceMs: 0,
  // One line per review (not per customer): the source row, text, language, score, label, aspects.
  perCustomerCsv: true,
  labels: { name: 'ui.goals.analysis.sentiment', tab: 'ui.models.tab.sentiment', hint: 'ui.models.tabHint.sentiment' },
  cliCommand: 'sentiment',
  reportSection: 'reviews',
  servesGoals: { 'net-sentiment': 1, 'positive-share': 1 },
});

export type { SentimentParams, SentimentParamsInput } from './sentiment.params.js';
