/**
 * The model file: JSON with sorted keys (so a rebuild is byte-identical) and a reader
 * that checks the shape before the scorer trusts it.
 */
import { MODEL_VERSION } from './build.js';
import type { SentimentModel } from './types.js';

function sortedObject<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}

export function serializeSentimentModel(model: SentimentModel): string {
  return `${JSON.stringify({
    version: model.version,
    neutralBand: model.neutralBand,
    weights: sortedObject(model.weights),
    valence: sortedObject(model.valence),
    zhLexicon: sortedObject(model.zhLexicon),
    reviewWords: model.reviewWords === undefined ? undefined : sortedObject(model.reviewWords),
    traditionalToSimplified: sortedObject(model.traditionalToSimplified),
    vocabulary: model.vocabulary === undefined ? undefined : [...model.vocabulary].sort(),
  })}\n`;
}

const isNumberRecord = (x: unknown): x is Record<string, number> =>
  typeof x === 'object' && x !== null && Object.values(x).every((v) => typeof v === 'number' && Number.isFinite(v));

/** Parses and checks a model file; throws on a wrong shape or version. */
export function parseSentimentModel(json: string): SentimentModel {
  const data: unknown = JSON.parse(json);
  if (typeof data !== 'object' || data === null) throw new Error('sentiment model: not an object');
  const m = data as Record<string, unknown>;
  if (m.version !== MODEL_VERSION) throw new Error(`sentiment model: version ${String(m.version)}, expected ${MODEL_VERSION}`);
  if (typeof m.neutralBand !== 'number' || !isNumberRecord(m.weights) || !isNumberRecord(m.valence) || !isNumberRecord(m.zhLexicon)) {
    throw new Error('sentiment model: missing or malformed fields');
  }
  const map = m.traditionalToSimplified;
  if (typeof map !== 'object' || map === null || !Object.values(map).every((v) => typeof v === 'string')) {
    throw new Error('sentiment model: malformed character map');
  }
  const reviewWords = m.reviewWords;
  if (reviewWords !== undefined && !isNumberRecord(reviewWords)) throw new Error('sentiment model: malformed review words');
  const vocabulary = m.vocabulary;
  if (vocabulary !== undefined && !(Array.isArray(vocabulary) && vocabulary.every((w) => typeof w === 'string'))) {
    throw new Error('sentiment model: malformed vocabulary');
  }
  return {
    version: MODEL_VERSION,
    vocabulary: vocabulary as string[] | undefined,
    neutralBand: m.neutralBand,
    weights: m.weights,
    valence: m.valence,
    zhLexicon: m.zhLexicon as Record<string, 1 | -1>,
    reviewWords: reviewWords as Record<string, 1 | -1> | undefined,
    traditionalToSimplified: map as Record<string, string>,
  };
}
