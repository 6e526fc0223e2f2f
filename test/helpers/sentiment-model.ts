/** The shipped sentiment model, read once per test file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSentimentModel } from '../../src-main/model/text/index.js';
import type { SentimentModel } from '../../src-main/model/text/index.js';

export const MODEL_FILE = resolve(import.meta.dirname, '../../resources/sentiment/model.json');
let cached: SentimentModel | undefined;

export function shippedSentimentModel(): SentimentModel {
  cached ??= parseSentimentModel(readFileSync(MODEL_FILE, 'utf8'));
  return cached;
}
