/**
 * The attribution game's data: the distinct channel SETS of converting journeys with their
 * weighted conversions and value, players renumbered 0..n−1. v(S) = Σ_{T ⊆ S} weight(T).
 */
import type { JourneyTable } from './journey-table.js';

/** Distinct channel sets of converting journeys, with players renumbered 0..n−1. */
export interface CoalitionSets {
  /** Table channel id of each player. */
  readonly players: readonly number[];
  /** Set s is `members[offsets[s] .. offsets[s+1])` (player ids, sorted, distinct). */
  readonly offsets: Int32Array;
  readonly members: Int32Array;
  readonly conversions: Float64Array;
  readonly values: Float64Array;
}

export function collectCoalitionSets(table: JourneyTable): CoalitionSets {
  const playerOf = new Int32Array(table.channels.length).fill(-1);
  const players: number[] = [];
  const index = new Map<string, number>();
  const offsets: number[] = [0];
  const members: number[] = [];
  const conversions: number[] = [];
  const values: number[] = [];
  const seen = new Uint8Array(table.channels.length);
  const set: number[] = [];
  for (let p = 0; p < table.pathCount; p++) {
    if (table.conversions[p] === 0) continue;
    set.length = 0;
    for (let i = table.offsets[p]; i < table.offsets[p + 1]; i++) {
      const id = table.steps[i];
      if (seen[id]) continue;
      seen[id] = 1;
      if (playerOf[id] < 0) {
        playerOf[id] = players.length;
        players.push(id);
      }
      set.push(playerOf[id]);
    }
    for (const player of set) seen[players[player]] = 0;
    set.sort((a, b) => a - b);
    const key = set.join(',');
    let s = index.get(key);
    if (s === undefined) {
      s = conversions.length;
      index.set(key, s);
      members.push(...set);
      offsets.push(members.length);
      conversions.push(0);
      values.push(0);
    }
    conversions[s] += table.conversions[p];
    values[s] += table.values[p];
  }
  return {
    players,
    offsets: Int32Array.from(offsets),
    members: Int32Array.from(members),
    conversions: Float64Array.from(conversions),
    values: Float64Array.from(values),
  };
}
