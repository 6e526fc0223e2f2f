/** Market-basket analysis (issue 11): products bought together, as association rules. */
import { defineAnalysis } from './define.js';

export const BASKET_DEFAULTS = { minSupport: 0.01, minConfidence: 0.2, minLift: 1, maxLength: 3 } as const;

export const basket = defineAnalysis({
  id: 'basket',
  /** Version 2 keeps each product's basket count (`itemCounts`, for the wizard's live counts); version 1 did not. */
  resultVersion: 2,
  migrations: { 1: (result) => ({ ...result, itemCounts: [] }) },
  needs: ['orders'],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: false,
  labels: { name: 'ui.goals.analysis.basket', tab: 'ui.models.tab.basket', hint: 'ui.models.tabHint.basket' },
  cliCommand: 'basket',
  reportSection: 'baskets',
  servesGoals: {},
});

export type { BasketParams, BasketParamsInput } from './basket.params.js';
