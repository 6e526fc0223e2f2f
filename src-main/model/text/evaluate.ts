/**
 * Accuracy on binary-labelled sets (positive/negative gold, three-way predictions):
 * accuracy of the score's sign (a score of 0 or a null is wrong), macro-F1 over the two
 * gold classes (a neutral prediction is a miss for both), and the neutral share.
 */
import type { SentimentLabel } from './types.js';

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
