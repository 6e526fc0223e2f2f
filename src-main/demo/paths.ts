/**
 * The aggregated path report an analytics tool exports (Google Analytics "top conversion
 * paths" style): one row per distinct channel sequence with its conversions, their value
 * and the journeys that ended without a purchase (nulls). Repeated channels are kept.
 */
import type { DemoJourney, PathRow } from './types.js';

export const PATH_SEPARATOR = ' > ';

export function aggregatePaths(journeys: readonly DemoJourney[], labels: readonly string[]): PathRow[] {
  const rows = new Map<string, PathRow>();
  for (const j of journeys) {
    const path = j.channels.map((k) => labels[k]).join(PATH_SEPARATOR);
    let row = rows.get(path);
    if (!row) {
      row = { path, conversions: 0, value: 0, nulls: 0 };
      rows.set(path, row);
    }
    if (j.converted) {
      row.conversions++;
      row.value += j.value;
    } else {
      row.nulls++;
    }
  }
  const out = [...rows.values()].map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 }));
  return out.sort((x, y) => y.conversions + y.nulls - (x.conversions + x.nulls) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
