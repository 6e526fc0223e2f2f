/**
 * Runs the requested attribution models over one compiled journey table (compiled once,
 * shared by all models) and reports which models could not run and why, as values.
 */
import { toJourneyTable } from './journey-table.js';
import type { JourneyInput } from './journey-table.js';
import { attributeMarkov } from './markov.js';
import type { MarkovTransitions } from './markov.js';
import { attributeFirstTouch, attributeLastTouch, attributeLinear, attributePositionBased, DEFAULT_POSITION_WEIGHTS } from './rule-based.js';
import type { PositionWeights } from './rule-based.js';
import { attributeShapley } from './shapley.js';
import type { CreditInterval, ShapleyOptions } from './shapley.js';
import { attributeTimeDecay, DEFAULT_HALF_LIFE_DAYS } from './time-decay.js';
import { ATTRIBUTION_MODELS, ModelUnavailable } from './types.js';
import type { AttributionModel, AttributionNotice, ChannelCredits } from './types.js';

export interface AttributeAllOptions {
  /** Default: all seven. */
  readonly models?: readonly AttributionModel[];
  readonly halfLifeDays?: number;
  readonly positionWeights?: PositionWeights;
  readonly shapley?: ShapleyOptions;
}

export interface AttributionResults {
  /** Weighted journeys, conversions and value the models saw. */
  readonly journeys: number;
  readonly conversions: number;
  readonly value: number;
  readonly channels: readonly string[];
  /** Credits of every model that ran. */
  readonly credits: Partial<Record<AttributionModel, ChannelCredits>>;
  readonly markov?: {
    readonly conversionProbability: number;
    readonly removalEffects: Map<string, number>;
    readonly transitions: MarkovTransitions;
  };
  readonly shapley?: {
    readonly method: 'exact' | 'monte-carlo';
    readonly players: number;
    readonly samples?: number;
    readonly intervals?: Map<string, CreditInterval>;
  };
  /** Requested models that did not run, with the reason. */
  readonly unavailable: AttributionNotice[];
  /** Facts the user should know about results that did run (Monte Carlo, one channel, …). */
  readonly notices: AttributionNotice[];
  /** Input journeys without any channel (cannot be credited). */
  readonly skippedJourneys: number;
}

export function attributeAll(journeys: JourneyInput, options: AttributeAllOptions = {}): AttributionResults {
  const table = toJourneyTable(journeys);
  const models = options.models ?? ATTRIBUTION_MODELS;
  const credits: Partial<Record<AttributionModel, ChannelCredits>> = {};
  const unavailable: AttributionNotice[] = [];
  const notices: AttributionNotice[] = [];
  let markov: AttributionResults['markov'];
  let shapley: AttributionResults['shapley'];

  if (table.totalJourneys === 0) notices.push({ model: 'all', code: 'no-journeys', params: { skipped: table.skippedJourneys } });
  else if (table.totalConversions === 0) notices.push({ model: 'all', code: 'no-conversions', params: { journeys: table.totalJourneys } });
  if (table.channels.length === 1) notices.push({ model: 'all', code: 'single-channel', params: { channel: table.channels[0] } });

  for (const model of new Set(models)) {
    try {
      switch (model) {
        case 'first':
          credits.first = attributeFirstTouch(table);
          break;
        case 'last':
          credits.last = attributeLastTouch(table);
          break;
        case 'linear':
          credits.linear = attributeLinear(table);
          break;
        case 'time-decay':
          credits['time-decay'] = attributeTimeDecay(table, options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS);
          break;
        case 'position':
          credits.position = attributePositionBased(table, options.positionWeights ?? DEFAULT_POSITION_WEIGHTS);
          break;
        case 'markov': {
          const result = attributeMarkov(table);
          credits.markov = result.credits;
          markov = {
            conversionProbability: result.conversionProbability,
            removalEffects: result.removalEffects,
            transitions: result.transitions,
          };
          break;
        }
        case 'shapley': {
          const result = attributeShapley(table, options.shapley);
          credits.shapley = result.credits;
          shapley = { method: result.method, players: result.players, samples: result.samples, intervals: result.intervals };
          if (result.method === 'monte-carlo') {
            notices.push({ model: 'shapley', code: 'shapley-monte-carlo', params: { channels: result.players, samples: result.samples ?? 0 } });
          }
          break;
        }
        default:
          assertUnreachable(model);
      }
    } catch (error) {
      if (!(error instanceof ModelUnavailable)) throw error;
      unavailable.push({ model, code: error.code, params: error.params });
    }
  }

  return {
    journeys: table.totalJourneys,
    conversions: table.totalConversions,
    value: table.totalValue,
    channels: table.channels,
    credits,
    markov,
    shapley,
    unavailable,
    notices,
    skippedJourneys: table.skippedJourneys,
  };
}

function assertUnreachable(value: never): never {
  throw new Error(`unknown attribution model ${String(value)}`);
}

/** Credits as rows sorted by conversions (for JSON, tables and charts). */
export function creditRows(credits: ChannelCredits): { channel: string; conversions: number; value: number }[] {
  return [...credits.entries()]
    .map(([channel, credit]) => ({ channel, conversions: credit.conversions, value: credit.value }))
    .sort((a, b) => b.conversions - a.conversions || a.channel.localeCompare(b.channel));
}
