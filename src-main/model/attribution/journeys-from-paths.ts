/**
 * Journeys from an aggregated `paths` export (Google Analytics "Top conversion paths",
 * ChannelAttribution's input format): `path`, `conversions`, `value`, `nulls`.
 * Separators: `>` (also ` > `, `->`, `＞`), `→`, `,` (also `，`, `、`) and `|` (also `｜`).
 * The separator used by most rows wins for the whole file, so a channel name with a comma
 * survives in a `>`-separated export; a row without it may still use another known one.
 * Bad rows are returned as problems with their index, never thrown and never dropped
 * silently.
 */
import type { Journey, PathRow } from './types.js';
import type { PathProblemReason } from '@shared/analyses/attribution.result.js';

export type { PathProblemReason };


export interface PathProblem {
  /** Index of the row in the input array (0-based). */
  readonly row: number;
  readonly reason: PathProblemReason;
  readonly params: Record<string, string | number>;
  /** True when the row was left out; false for a warning on a row that was kept. */
  readonly rejected: boolean;
}

export type PathSeparator = 'arrow' | 'comma' | 'pipe';

export interface PathJourneys {
  /** Aggregated: one converting journey (count = conversions) and one non-converting (count = nulls) per distinct path. */
  readonly journeys: Journey[];
  readonly problems: PathProblem[];
  /** The separator most rows use (null when no row has more than one channel). */
  readonly separator: PathSeparator | null;
}

const SEPARATORS: Record<PathSeparator, RegExp> = {
  arrow: /\s*(?:->|>|＞|→)\s*/,
  pipe: /\s*[|｜]\s*/,
  comma: /\s*[,，、]\s*/,
};
const SEPARATOR_ORDER: readonly PathSeparator[] = ['arrow', 'pipe', 'comma'];
// Separators seen in other tools' exports that we do not split on: ask for a re-export.
const UNKNOWN_SEPARATORS: readonly string[] = ['=>', '⇒', '»', '›', '⟶', '➔', '➜', ';', '；', '\t'];

function majoritySeparator(rows: readonly PathRow[]): PathSeparator | null {
  let best: PathSeparator | null = null;
  let bestRows = 0;
  for (const separator of SEPARATOR_ORDER) {
    const pattern = SEPARATORS[separator];
    let rowsWith = 0;
    for (const row of rows) if (pattern.test(row.path)) rowsWith++;
    if (rowsWith > bestRows) {
      best = separator;
      bestRows = rowsWith;
    }
  }
  return best;
}

/** Splits one path; returns the channel names with empty steps removed and how many there were. */
export function splitPath(path: string, preferred: PathSeparator | null): { channels: string[]; emptySteps: number } {
  let separator = preferred !== null && SEPARATORS[preferred].test(path) ? preferred : null;
  if (separator === null) separator = SEPARATOR_ORDER.find((s) => SEPARATORS[s].test(path)) ?? null;
  const parts = separator === null ? [path.trim()] : path.split(SEPARATORS[separator]).map((p) => p.trim());
  const channels = parts.filter((p) => p !== '');
  return { channels, emptySteps: parts.length - channels.length };
}

function checkNumber(
  value: number | null,
  field: 'conversions' | 'nulls' | 'value',
  row: number,
  problems: PathProblem[],
): number | null {
  if (value === null) return 0;
  if (!Number.isFinite(value)) {
    problems.push({ row, reason: `non-numeric-${field}`, params: { value: String(value) }, rejected: true });
    return null;
  }
  if (value < 0) {
    problems.push({ row, reason: `negative-${field}`, params: { value }, rejected: true });
    return null;
  }
  return value;
}

/**
 * `channelName` names each step as the analyses count it (the importer's normalisation and
 * the project's channel map, so `google > meta` meets the spend of Google Ads and Meta);
 * steps are kept as written without it.
 */
export function journeysFromPaths(rows: readonly PathRow[], channelName: (step: string) => string = (step) => step): PathJourneys {
  const problems: PathProblem[] = [];
  const separator = majoritySeparator(rows);
  const merged = new Map<string, { channels: string[]; conversions: number; value: number; nulls: number }>();

  rows.forEach((row, index) => {
    const raw = row.path ?? '';
    const unknown = UNKNOWN_SEPARATORS.find((s) => raw.includes(s));
    if (unknown !== undefined) {
      problems.push({ row: index, reason: 'unknown-separator', params: { separator: unknown, path: raw }, rejected: true });
      return;
    }
    const split = splitPath(raw, separator);
    const { emptySteps } = split;
    const channels = split.channels.map(channelName);
    if (channels.length === 0) {
      problems.push({ row: index, reason: 'empty-path', params: { path: raw }, rejected: true });
      return;
    }
    const conversions = checkNumber(row.conversions, 'conversions', index, problems);
    const nulls = checkNumber(row.nulls, 'nulls', index, problems);
    const value = checkNumber(row.value, 'value', index, problems);
    if (conversions === null || nulls === null || value === null) return;
    if (emptySteps > 0) problems.push({ row: index, reason: 'empty-step', params: { path: raw, removed: emptySteps }, rejected: false });
    if (conversions === 0 && nulls === 0) problems.push({ row: index, reason: 'no-journeys', params: { path: raw }, rejected: false });
    if (conversions === 0 && value > 0) {
      problems.push({ row: index, reason: 'value-without-conversions', params: { path: raw, value }, rejected: false });
    }
    const key = channels.join('\u0001');
    const entry = merged.get(key);
    if (entry) {
      entry.conversions += conversions;
      entry.value += value;
      entry.nulls += nulls;
    } else {
      merged.set(key, { channels, conversions, value, nulls });
    }
  });

  const journeys: Journey[] = [];
  for (const { channels, conversions, value, nulls } of merged.values()) {
    if (conversions > 0) journeys.push({ channels, converted: true, value, count: conversions });
    if (nulls > 0) journeys.push({ channels, converted: false, value: 0, count: nulls });
  }
  return { journeys, problems, separator };
}
