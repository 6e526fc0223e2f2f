/**
 * The sentiment model that ships with the app (resources/sentiment/model.json, rebuilt
 * byte for byte by `npm run train:sentiment`), read once per process. Both this source
 * file and the built chunks (out/main/*.js) sit two folders below the app's root, so one
 * relative path finds the file in development, in tests and in the packaged app (the
 * installer ships it: electron.builder.yml). Nothing is downloaded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSentimentModel } from '../model/text/index.js';
import type { SentimentModel } from '../model/text/index.js';

// Through a variable, so the bundler does not treat the path as an asset of its own.
const here = import.meta.url;
export const SHIPPED_MODEL_FILE = fileURLToPath(new URL('../../resources/sentiment/model.json', here));

let shipped: SentimentModel | undefined;

export function shippedModel(): SentimentModel {
  shipped ??= parseSentimentModel(readFileSync(SHIPPED_MODEL_FILE, 'utf8'));
  return shipped;
}
