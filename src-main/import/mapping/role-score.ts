/**
 * How well one header names one role, 0..1.
 * - exact: the header equals a synonym after normalisation (header-form.ts) → the
 *   synonym's weight (1 for a plain name); equal once a bracketed note is dropped
 *   (`Amount spent (USD)`) → 0.95 × weight.
 * - contains: the header contains a synonym (`投放渠道名称` ⊃ `投放渠道`; `Total Revenue`
 *   ⊃ `revenue` as whole words) → 0.6 × weight, scaled down a little by how much of the
 *   header the synonym leaves unexplained (0.48–0.6 × weight). Only a role's confident
 *   names (weight ≥ 0.85) are looked for inside longer headers — a weak name such as
 *   `name` or `日期` for a customer table is trusted only verbatim — and Chinese synonyms
 *   need ≥ 2 characters, English ones ≥ 3 letters.
 * Containment never applies to headers of ratios, averages, unit costs, shares, budgets,
 * discounts, refunds, taxes or shipping (`点击率` is not clicks, `Cost / conv.` is not
 * spend, `转化成本` is not conversions), nor across families: a header that reads as a
 * measure (`支付买家数`, `Total …`) does not partly fill an id, name or date role, and one
 * that reads as an id, name or time (`转化类型`, `点击时间`) does not partly fill a measure.
 */
import type { RoleType } from '@shared/kinds.js';
import { containsWords } from './header-form.js';
import type { HeaderForm } from './header-form.js';
import type { CompiledSynonym } from './synonyms.js';

export const CONTAINS_FACTOR = 0.6;
const BARE_FACTOR = 0.95;
const CONTAINS_MIN_WEIGHT = 0.85;

const BLOCKING_WORDS = new Set([
  'rate', 'ctr', 'cpc', 'cpm', 'cpa', 'cpv', 'cpe', 'cpl', 'avg', 'average', 'per', 'roas', 'roi', 'share', 'ratio',
  'percent', 'pct', 'change', 'discount', 'discounts', 'refund', 'refunded', 'tax', 'taxes', 'shipping', 'budget',
  'birth', 'birthday', 'frequency', 'duration', 'bounce',
]);
const BLOCKING_TEXT = [
  '率', '单价', '均', '占比', '成本', '每次', '每千', '每个', '每笔', '每位', '每人', '环比', '同比', '退款', '优惠', '折扣', '税', '运费', '出生', '生日', '预算',
  '份额', '比例', '频次', '时长', '%', '/', '÷',
];

const MEASURE_WORDS = new Set(['count', 'sum', 'amount', 'qty', 'quantity', 'total', 'value', 'spend', 'cost', 'revenue', 'sales', 'clicks', 'impressions', 'conversions']);
const MEASURE_ENDING = /(数|量|额|次|价|值|费|率)$/;
const LABEL_WORDS = new Set(['id', 'name', 'type', 'code', 'status', 'category', 'no']);
const LABEL_ENDING = /(id|名称|名|编号|号|类型|类别|状态|代码)$/;
const TIME_WORDS = new Set(['date', 'time', 'day', 'at', 'timestamp', 'datetime', 'week', 'month', 'year']);
const TIME_ENDING = /(日期|时间|时刻|月份|年份)$/;

type Family = 'measure' | 'label' | 'time';

const FAMILY: Record<RoleType, Family> = {
  number: 'measure', integer: 'measure', date: 'time', datetime: 'time', text: 'label', channel: 'label', event: 'label',
};

function looks(header: HeaderForm, words: ReadonlySet<string>, ending: RegExp): boolean {
  return header.tokens.some((t) => words.has(t)) || ending.test(header.bare);
}

/** Whether a header reads as belonging to another family of role than `family`. */
function otherFamily(header: HeaderForm, family: Family): boolean {
  const measure = looks(header, MEASURE_WORDS, MEASURE_ENDING);
  const label = looks(header, LABEL_WORDS, LABEL_ENDING);
  const time = looks(header, TIME_WORDS, TIME_ENDING);
  if (family === 'measure') return label || time;
  if (family === 'label') return measure || time;
  return measure || label;
}

export interface RoleMatch {
  score: number;
  exact: boolean;
}

const NO_MATCH: RoleMatch = { score: 0, exact: false };

export function matchRole(header: HeaderForm, synonyms: readonly CompiledSynonym[], type: RoleType): RoleMatch {
  let best = NO_MATCH;
  let blocked: boolean | undefined;
  for (const syn of synonyms) {
    if (header.compact === syn.compact) {
      if (syn.weight > best.score || !best.exact) best = { score: syn.weight, exact: true };
      continue;
    }
    if (header.bare !== '' && header.bare === syn.compact) {
      const score = BARE_FACTOR * syn.weight;
      if (score > best.score || !best.exact) best = { score, exact: true };
      continue;
    }
    if (best.exact) continue;
    blocked ??= isBlocked(header) || otherFamily(header, FAMILY[type]);
    if (blocked || !contains(header, syn)) continue;
    const coverage = syn.compact.length / Math.max(header.compact.length, 1);
    const score = CONTAINS_FACTOR * syn.weight * (0.8 + 0.2 * coverage);
    if (score > best.score) best = { score, exact: false };
  }
  return best;
}

function contains(header: HeaderForm, syn: CompiledSynonym): boolean {
  if (syn.weight < CONTAINS_MIN_WEIGHT) return false;
  if (syn.cjk) return syn.compact.length >= 2 && header.compact.includes(syn.compact);
  return syn.compact.length >= 3 && containsWords(header.tokens, syn.tokens);
}

function isBlocked(header: HeaderForm): boolean {
  if (header.tokens.some((t) => BLOCKING_WORDS.has(t))) return true;
  return BLOCKING_TEXT.some((marker) => header.lower.includes(marker));
}
