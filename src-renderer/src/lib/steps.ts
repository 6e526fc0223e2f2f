/** The five steps of the seed (目标 → 数据 → 模型 → 报告 → 优化). */
import type { MessageKey } from '@shared/i18n/index.js';

export const STEPS = ['goal', 'data', 'models', 'report', 'optimise'] as const;
export type StepId = (typeof STEPS)[number];

export function stepTitle(step: StepId): MessageKey {
  return `ui.step.${step}`;
}

export function stepHint(step: StepId): MessageKey {
  return `ui.stepHint.${step}`;
}
