/** An attribution model's name in the user's language (the id itself when unknown). */
import type { AttributionModelId } from '@shared/analyses/index.js';
import type { MessageKey } from '@shared/i18n/index.js';

const MODEL_KEYS: Readonly<Record<AttributionModelId, MessageKey>> = {
  first: 'ui.optimise.model.first',
  last: 'ui.optimise.model.last',
  linear: 'ui.optimise.model.linear',
  'time-decay': 'ui.optimise.model.time-decay',
  position: 'ui.optimise.model.position',
  markov: 'ui.optimise.model.markov',
  shapley: 'ui.optimise.model.shapley',
};

export function modelName(model: string, t: (key: MessageKey) => string): string {
  return model in MODEL_KEYS ? t(MODEL_KEYS[model as AttributionModelId]) : model;
}
