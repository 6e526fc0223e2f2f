/**
 * Accuracy on binary-labelled sets (positive/negative gold, three-way predictions):
 * accuracy of the score's sign (a score of 0 or a null is wrong), macro-F1 over the two
 * gold classes (a neutral prediction is a miss for both), and the neutral share.
 */
import { ntusdCountScore, vaderBaselineScore } from './baseline.js';
import { scoreReview } from './score.js';
import type { SentimentLabel, SentimentModel } from './types.js';

export interface BinaryEvaluation {
  n: number;
  accuracy: number;
  macroF1: number;
  neutralShare: number;
}

function f1(truePositives: number, predicted: number, actual: number): number {
  const precision = predicted > 0 ? truePositives / predicted : 0;
  const recall = actual > 0 ? truePositives / actual : 0;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

export function evaluateBinary(gold: readonly (0 | 1)[], scores: readonly (number | null)[], labels: readonly (SentimentLabel | null)[]): BinaryEvaluation {
  let correctSign = 0;
  let neutral = 0;
  let tpPos = 0;
  let tpNeg = 0;
  let predPos = 0;
  let predNeg = 0;
  let actualPos = 0;
  gold.forEach((g, i) => {
    const s = scores[i] ?? 0;
    if ((g === 1 && s > 0) || (g === 0 && s < 0)) correctSign++;
    const label = labels[i];
    if (label !== 'positive' && label !== 'negative') neutral++;
    if (g === 1) actualPos++;
    if (label === 'positive') {
      predPos++;
      if (g === 1) tpPos++;
    } else if (label === 'negative') {
      predNeg++;
      if (g === 0) tpNeg++;
    }
  });
  const n = gold.length;
  return {
    n,
    accuracy: n > 0 ? correctSign / n : 0,
    macroF1: (f1(tpPos, predPos, actualPos) + f1(tpNeg, predNeg, n - actualPos)) / 2,
    neutralShare: n > 0 ? neutral / n : 0,
  };
}

export type LexiconBaseline = 'vader' | 'ntusd';

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * A model and the plain lexicon baseline measured on one labelled set in the same run
 * (issue 15): English against VADER's lexicon and rules with nothing learned, Chinese
 * against NTUSD word counts (baseline.ts). Figures rounded to 4 decimals.
 */
export function measureAgainstBaseline(model: SentimentModel, set: readonly { text: string; label: 0 | 1 }[], baseline: LexiconBaseline) {
  const scored = set.map((x) => scoreReview(x.text, model));
  const gold = set.map((x) => x.label);
  const result = evaluateBinary(gold, scored.map((s) => s.score), scored.map((s) => s.label));
  const base =
    baseline === 'vader'
      ? set.map((x) => vaderBaselineScore(x.text, model))
      : set.map((x) => {
          const s = ntusdCountScore(x.text, model);
          return { score: s, label: s > 0 ? ('positive' as const) : s < 0 ? ('negative' as const) : ('neutral' as const) };
        });
  const b = evaluateBinary(gold, base.map((s) => s.score), base.map((s) => s.label));
  return {
    n: result.n,
    accuracy: round4(result.accuracy),
    macroF1: round4(result.macroF1),
    neutralShare: round4(result.neutralShare),
    baseline: { method: baseline === 'vader' ? 'VADER lexicon + rules, nothing learned' : 'NTUSD counts', accuracy: round4(b.accuracy), macroF1: round4(b.macroF1), neutralShare: round4(b.neutralShare) },
  };
}
