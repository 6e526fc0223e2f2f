/** Plain-language words for the attribution result's codes (reasons, notices): the screens and the CLI say them alike. */
import { ATTRIBUTION_MODEL_IDS } from './analyses/index.js';
import type { AttributionModelId } from './analyses/index.js';
import type { MessageKey } from './i18n/index.js';
import type { AttributionAnalysis } from './analyses/attribution.result.js';

type AttributionNotice = AttributionAnalysis['notices'][number];
type TriangulationReason = AttributionAnalysis['triangulation'][number]['reasons'][number];

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type NumberFormat = (value: number, digits?: number) => string;
type ChannelName = (name: string) => string;

const isModelId = (value: unknown): value is AttributionModelId => (ATTRIBUTION_MODEL_IDS as readonly unknown[]).includes(value);

export function modelName(t: Translate, model: string): string {
  return isModelId(model) ? t(`term.${model}`) : model;
}

/** Params in the user's language: model ids as model names, channels by their shown names, numbers formatted (counts whole, shares to 0.1). */
function named(t: Translate, n: NumberFormat, channel: ChannelName, params: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = n(value, Number.isInteger(value) ? 0 : 1);
    else out[key] = key.endsWith('Model') ? modelName(t, value) : key === 'channel' ? channel(value) : value;
  }
  return out;
}

/** Why a channel is flagged (the models disagree about it by more than ten points). */
export function reasonText(t: Translate, n: NumberFormat, channel: ChannelName, reason: TriangulationReason): string {
  return t(`ui.models.reason.${reason.code}`, named(t, n, channel, reason.params));
}

/** A model that could not run, or ran differently (Monte Carlo Shapley above 15 channels). */
export function noticeText(t: Translate, n: NumberFormat, channel: ChannelName, notice: AttributionNotice): string {
  const model = notice.model === 'all' ? t('ui.models.attr.allModels') : modelName(t, notice.model);
  return t(`ui.models.notice.${notice.code}`, { ...named(t, n, channel, notice.params), model });
}
