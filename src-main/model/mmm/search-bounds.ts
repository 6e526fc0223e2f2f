/**
 * Which selected hyper-parameters sit at the edge of the searched range: the longest
 * carry-over, the smallest or largest half-saturation, the steepest S-shape. Decay 0 (no
 * carry-over) and shape 1 are natural values, not edges. The gate reports them (a fit that
 * wanted to go further is not an estimate; Robyn flags the same in its hyper-parameter plots).
 */
import type { Candidate } from './search.js';
import { DECAY_GRID, HALF_SATURATION_GRID, SHAPE_GRID } from './search.js';

export interface BoundHit {
  channel: string;
  parameter: 'decay' | 'halfSaturation' | 'shape';
  value: number;
}

export function hyperParametersAtBounds(channelNames: readonly string[], candidate: Candidate, thin: boolean): BoundHit[] {
  const hits: BoundHit[] = [];
  candidate.hypers.forEach((h, c) => {
    const channel = channelNames[c];
    if (h.decay === DECAY_GRID[DECAY_GRID.length - 1]) hits.push({ channel, parameter: 'decay', value: h.decay });
    if (h.halfSaturationRatio === HALF_SATURATION_GRID[0] || h.halfSaturationRatio === HALF_SATURATION_GRID[HALF_SATURATION_GRID.length - 1]) {
      hits.push({ channel, parameter: 'halfSaturation', value: h.halfSaturationRatio });
    }
    if (!thin && h.shape === SHAPE_GRID[SHAPE_GRID.length - 1]) hits.push({ channel, parameter: 'shape', value: h.shape });
  });
  return hits;
}
