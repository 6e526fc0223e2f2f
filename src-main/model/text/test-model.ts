/** A tiny hand-made model for unit tests of the rules (the shipped one is tested in test/model). */
import type { SentimentModel } from './types.js';

export function tinyModel(weights: Record<string, number> = {}): SentimentModel {
  return {
    version: 1,
    neutralBand: 0.1,
    weights: { V: 0.5, 'u:好': 1, 'u:差': -1, 'u:辣': -0.5, 'u:慢': -0.8, 'u:快': 0.8, 'u:贵': -0.6, ...weights },
    valence: { good: 1.9, bad: -2.5, great: 3.1, slow: -1, love: 3.2 },
    zhLexicon: { 好: 1, 差: -1 },
    traditionalToSimplified: { 東: '东', 質: '质', 錯: '错', 貴: '贵', 還: '还' },
  };
}
