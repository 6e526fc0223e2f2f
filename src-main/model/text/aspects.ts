/**
 * What a review talks about — taste/quality, price, delivery, service, packaging — and
 * how it feels about each: the sentiment of the clause that names the aspect (and, when
 * that clause carries no opinion, of the next clause of its sentence: "物流，第二天就到了").
 * Keyword sets are plain data in zh and en; a project may add its own words or aspects.
 */
import { labelOf, scoreFromLogOdds } from './score.js';
import type { AnalysedReview } from './score.js';
import type { SentimentLabel } from './types.js';

export interface AspectDefinition {
  id: string;
  zh: readonly string[];
  en: readonly string[];
}

export const DEFAULT_ASPECTS: readonly AspectDefinition[] = [
  {
    id: 'quality',
    zh: ['质量', '品质', '味道', '口感', '口味', '好吃', '难吃', '好喝', '难喝', '新鲜', '效果', '做工', '材质', '手感', '香', '味', '茶', '质地', '正品', '耐用'],
    en: ['quality', 'taste', 'tastes', 'flavour', 'flavor', 'fresh', 'stale', 'texture', 'material', 'works', 'durable', 'well made', 'aroma', 'scent', 'effect', 'delicious'],
  },
  {
    id: 'price',
    zh: ['价格', '价钱', '性价比', '便宜', '贵', '划算', '实惠', '值', '优惠', '价位', '超值', '不值'],
    en: ['price', 'priced', 'value', 'cheap', 'expensive', 'overpriced', 'worth', 'money', 'cost', 'deal', 'affordable', 'pricey'],
  },
  {
    id: 'delivery',
    zh: ['物流', '快递', '发货', '送货', '配送', '送达', '到货', '送餐', '外卖', '骑手', '派送', '速度', '到了'],
    en: ['shipping', 'delivery', 'delivered', 'arrived', 'arrive', 'shipped', 'courier', 'dispatch', 'took forever', 'late'],
  },
  {
    id: 'service',
    zh: ['客服', '服务', '态度', '售后', '回复', '商家', '店家', '老板', '退货', '退款', '换货'],
    en: ['service', 'customer service', 'support', 'staff', 'seller', 'refund', 'return', 'reply', 'responded', 'helpful', 'rude'],
  },
  {
    id: 'packaging',
    zh: ['包装', '盒子', '礼盒', '外包装', '破损', '压坏', '漏', '封口', '袋子'],
    en: ['packaging', 'package', 'packaged', 'box', 'wrapped', 'wrapping', 'damaged', 'leaked', 'sealed', 'gift box'],
  },
];

/** Adds the user's words to existing aspects and the user's new aspects to the list (ids match; words deduplicated). */
export function mergeAspects(base: readonly AspectDefinition[], additions: readonly AspectDefinition[]): AspectDefinition[] {
  const merged = base.map((a) => ({ id: a.id, zh: [...a.zh], en: [...a.en] }));
  for (const add of additions) {
    const target = merged.find((a) => a.id === add.id);
    if (target === undefined) merged.push({ id: add.id, zh: [...new Set(add.zh)], en: [...new Set(add.en)] });
    else {
      target.zh = [...new Set([...target.zh, ...add.zh])];
      target.en = [...new Set([...target.en, ...add.en.map((w) => w.toLowerCase())])];
    }
  }
  return merged;
}

export interface AspectSentiment {
  aspect: string;
  score: number;
  label: SentimentLabel;
  /** The keyword that named the aspect. */
  keyword: string;
}

interface Clause {
  text: string;
  sentence: number;
  z: number;
  opinionated: boolean;
}

function clausesOf(review: AnalysedReview): Clause[] {
  const clauses: Clause[] = [];
  for (const t of review.tokens) {
    let c = clauses[t.clause];
    if (c === undefined) {
      c = { text: ' ', sentence: t.sentence, z: 0, opinionated: false };
      clauses[t.clause] = c;
    }
    // Latin words keep spaces around them so English keywords match whole words.
    c.text += t.kind === 'en' ? `${c.text.endsWith(' ') ? '' : ' '}${t.word} ` : t.word;
  }
  review.scored.hits.forEach((h, i) => {
    const c = clauses[h.clause];
    const contribution = review.scored.contributions[i];
    if (c !== undefined && contribution !== 0) {
      c.z += contribution;
      c.opinionated = true;
    }
  });
  return clauses;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchers = new WeakMap<readonly AspectDefinition[], RegExp[]>();

/** One regular expression per aspect (zh keywords anywhere, en keywords as whole words), built once per list. */
function matchersOf(aspects: readonly AspectDefinition[]): RegExp[] {
  let list = matchers.get(aspects);
  if (list === undefined) {
    list = aspects.map((a) => {
      const parts = [...a.zh.filter((k) => k.length > 0).map(escape), ...a.en.filter((k) => k.length > 0).map((k) => ` ${escape(k.toLowerCase())} `)];
      return parts.length > 0 ? new RegExp(parts.join('|')) : /(?!)/;
    });
    matchers.set(aspects, list);
  }
  return list;
}

function keywordIn(clause: string, matcher: RegExp): string | undefined {
  return matcher.exec(clause)?.[0].trim();
}

export function aspectSentiments(review: AnalysedReview, aspects: readonly AspectDefinition[], neutralBand: number): AspectSentiment[] {
  if (review.sentiment.score === null) return [];
  const clauses = clausesOf(review);
  const out: AspectSentiment[] = [];
  const compiled = matchersOf(aspects);
  aspects.forEach((aspect, a) => {
    let z = 0;
    let keyword: string | undefined;
    clauses.forEach((clause, i) => {
      if (clause === undefined) return;
      const found = keywordIn(clause.text, compiled[a]);
      if (found === undefined) return;
      keyword ??= found;
      const next = clauses[i + 1];
      z += clause.opinionated || next === undefined || next.sentence !== clause.sentence ? clause.z : next.z;
    });
    if (keyword !== undefined) {
      const score = scoreFromLogOdds(z);
      out.push({ aspect: aspect.id, score, label: labelOf(score, neutralBand), keyword });
    }
  });
  return out;
}
