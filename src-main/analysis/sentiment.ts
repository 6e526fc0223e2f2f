/**
 * Review sentiment of a project (issue 15): the `reviews` rows (optionally within a date
 * range) scored by the shipped model (src-main/model/text), copies counted once, figures
 * per month, product, platform and aspect, and — where reviews name a customer and the
 * project has orders — per RFM segment, with the at-risk customers who complained.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { needsParam } from '@shared/analyses/index.js';
import type { SentimentParams } from '@shared/analyses/index.js';
import { adaptationDelta, analyseReviews, applyAdaptation, crossValidateAdaptation, DEFAULT_ASPECTS, DEFAULT_REVIEW_ANALYSIS, mergeAspects, sharesBy } from '../model/text/index.js';
import type { AspectDefinition } from '../model/text/index.js';
import type { ReviewAnalysis, ReviewLanguage, ReviewRecord, ScoredReview, SentimentShares, TermWeight } from '../model/text/index.js';
import { computeRfm } from '../model/customer/index.js';
import { toCsv } from '../export/csv.js';
import { checkOutputTarget, writeOutputFile } from '../export/output-file.js';
import { outputGuardOf } from '../export/output-guard.js';
import { loadReviews } from '../store/reviews.js';
import type { StoredReview } from '../store/reviews.js';
import { encodeAspects, encodeDrivers, replaceReviewItems, shownText } from '../store/review-items.js';
import type { ReviewItem, StoredItem } from '../store/review-items.js';
import { listCorrections } from '../store/review-corrections.js';
import { hasData } from './load.js';
import { loadOrders } from './customers.js';
import { shippedModel } from './sentiment-model.js';
import type { Bilingual } from '@shared/bilingual.js';
import type { AtRiskReviewer, SegmentShares, SentimentAnalysis } from '@shared/analyses/sentiment.result.js';

export type { AtRiskReviewer, SegmentShares, SentimentAnalysis };
export type { SentimentReviewItem } from '@shared/analyses/sentiment.result.js';

/** Reviews kept in the result itself (the table's first page); the table pages through all of them (store/review-items.ts). */
export const FIRST_PAGE = 100;
/** At-risk customers with negative reviews listed (the most valuable first). */
const AT_RISK_LISTED = 50;
/** RFM segments whose customers are slipping away (src-main/model/customer/rfm-segments.ts). */
const AT_RISK_SEGMENTS: ReadonlySet<string> = new Set(['atRisk', 'cantLoseThem']);

export type { Bilingual } from '@shared/bilingual.js';

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function roundShares<T extends SentimentShares>(s: T): T {
  return { ...s, positiveShare: r4(s.positiveShare), neutralShare: r4(s.neutralShare), negativeShare: r4(s.negativeShare), netSentiment: r4(s.netSentiment) };
}

const roundTerms = (terms: TermWeight[]): TermWeight[] => terms.map((t) => ({ ...t, weight: r4(t.weight) }));

function recordOf(r: StoredReview): ReviewRecord {
  return { text: r.text, date: r.date ?? undefined, product: r.product ?? undefined, platform: r.platform ?? undefined, customerId: r.customerId ?? undefined };
}

/** Drivers a review lists. */
const DRIVERS_LISTED = 3;

/** What the run stores of a review (store/review-items.ts reads the rest from `reviews`). */
function storedItemOf(s: ScoredReview, source: StoredReview): StoredItem {
  return {
    dataset: source.datasetId,
    row: source.row,
    language: s.sentiment.language,
    score: s.sentiment.score === null ? null : r4(s.sentiment.score),
    label: s.sentiment.label,
    drivers: encodeDrivers(s.sentiment.drivers, DRIVERS_LISTED, r4),
    aspects: encodeAspects(s.aspects),
    copies: s.copies,
    corrected: s.corrected === true,
  };
}

/** A review as the table shows it: the same fields a page from the store has. */
function itemOf(s: ScoredReview, source: StoredReview): ReviewItem {
  const { datasetId: dataset, row, text, ...shown } = source;
  return {
    dataset,
    row,
    ...shown,
    text: shownText(text),
    language: s.sentiment.language,
    score: s.sentiment.score === null ? null : r4(s.sentiment.score),
    label: s.sentiment.label,
    drivers: s.sentiment.drivers.slice(0, DRIVERS_LISTED).map((d) => ({ term: d.term, contribution: r4(d.contribution) })),
    aspects: s.aspects.map((a) => ({ aspect: a.aspect, label: a.label })),
    copies: s.copies,
    corrected: s.corrected === true,
  };
}

/** Every review in table order: the latest first (by date, undated last), then source order. */
function tableOrder(analysis: ReviewAnalysis, sources: readonly StoredReview[]): ScoredReview[] {
  const sourceOf = (s: ScoredReview): StoredReview => sources[s.index];
  const latestFirst = [...analysis.reviews].sort((x, y) => {
    const a = sourceOf(x);
    const b = sourceOf(y);
    const ad = a.date ?? '';
    const bd = b.date ?? '';
    // ISO dates compare as plain strings (localeCompare is several times slower on 100k).
    return ad < bd ? 1 : ad > bd ? -1 : a.datasetId - b.datasetId || a.row - b.row;
  });
  return latestFirst;
}

/** Labels per day ([day, positive, neutral, negative]): what brand goals are measured with over any period. */
function countsByDay(reviews: readonly ScoredReview[]): [string, number, number, number][] {
  const days = new Map<string, [string, number, number, number]>();
  for (const r of reviews) {
    const day = r.record.date?.slice(0, 10);
    const label = r.sentiment.label;
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || label === null) continue;
    let entry = days.get(day);
    if (!entry) days.set(day, (entry = [day, 0, 0, 0]));
    entry[label === 'positive' ? 1 : label === 'neutral' ? 2 : 3]++;
  }
  return [...days.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function languageCounts(reviews: readonly ScoredReview[]): Record<ReviewLanguage, number> {
  const counts: Record<ReviewLanguage, number> = { zh: 0, en: 0, mixed: 0, unknown: 0, none: 0 };
  for (const r of reviews) counts[r.sentiment.language]++;
  return counts;
}

/** Sentiment by RFM segment and the at-risk customers who left negative reviews (needs orders and customer ids). */
function byCustomerSegment(db: Database, reviews: readonly ScoredReview[], sources: readonly StoredReview[]) {
  const withCustomer = reviews.filter((r) => sources[r.index].customerId);
  if (withCustomer.length === 0 || !hasData(db, 'orders')) return null;
  const rfm = computeRfm(loadOrders(db));
  const customerOf = new Map(rfm.customers.map((c) => [c.customerId, c]));
  const labelOf = new Map(rfm.segments.map((s) => [s.segment as string, s.label]));
  const segmentOf = (r: ScoredReview): string | undefined => customerOf.get(sources[r.index].customerId ?? '')?.segment;
  const segments: SegmentShares[] = sharesBy(withCustomer, segmentOf)
    .map((g) => ({ ...roundShares(g), label: labelOf.get(g.key) ?? { en: g.key, zh: g.key } }))
    .sort((a, b) => b.reviews - a.reviews);
  const negatives = new Map<string, { count: number; latest: StoredReview }>();
  for (const r of withCustomer) {
    const customer = customerOf.get(sources[r.index].customerId ?? '');
    if (r.sentiment.label !== 'negative' || !customer || !AT_RISK_SEGMENTS.has(customer.segment)) continue;
    const source = sources[r.index];
    const seen = negatives.get(customer.customerId);
    if (!seen) negatives.set(customer.customerId, { count: 1, latest: source });
    else {
      seen.count++;
      if ((source.date ?? '') > (seen.latest.date ?? '')) seen.latest = source;
    }
  }
  const atRisk: AtRiskReviewer[] = [...negatives]
    .map(([id, n]) => {
      const c = customerOf.get(id)!;
      return {
        customerId: id,
        segment: c.segment,
        segmentLabel: labelOf.get(c.segment) ?? { en: c.segment, zh: c.segment },
        monetary: Math.round(c.monetary * 100) / 100,
        recencyDays: c.recencyDays,
        negativeReviews: n.count,
        text: shownText(n.latest.text),
        date: n.latest.date,
      };
    })
    .sort((a, b) => b.monetary - a.monetary || (a.customerId < b.customerId ? -1 : 1));
  return { segments, atRisk: atRisk.slice(0, AT_RISK_LISTED), atRiskCount: atRisk.length, customersMatched: withCustomer.filter((r) => segmentOf(r) !== undefined).length };
}

function writeReviewsCsv(file: string, db: Database, analysis: ReviewAnalysis, sources: readonly StoredReview[]): void {
  writeOutputFile(
    file,
    toCsv([
      ['dataset', 'row', 'text', 'language', 'score', 'label', 'aspects', 'drivers', 'copies', 'date', 'product', 'platform', 'customer_id'],
      ...analysis.reviews.map((s) => {
        const source = sources[s.index];
        return [
          source.datasetId,
          source.row,
          source.text,
          s.sentiment.language,
          s.sentiment.score === null ? null : r4(s.sentiment.score),
          s.sentiment.label,
          s.aspects.map((a) => `${a.aspect}:${a.label}`).join('; '),
          s.sentiment.drivers.map((d) => `${d.term}${d.contribution > 0 ? '+' : '−'}`).join(' '),
          s.copies,
          source.date,
          source.product,
          source.platform,
          source.customerId,
        ];
      }),
    ]),
    outputGuardOf(db),
  );
}

const HAN = /\p{Script=Han}/u;

/** The default aspects with the user's words added (a Chinese word to the zh keywords, any other to the en ones). */
function aspectsWith(words: Readonly<Record<string, readonly string[]>> | undefined): readonly AspectDefinition[] {
  if (!words || Object.keys(words).length === 0) return DEFAULT_ASPECTS;
  return mergeAspects(
    DEFAULT_ASPECTS,
    Object.entries(words).map(([id, list]) => ({ id, zh: list.filter((w) => HAN.test(w)), en: list.filter((w) => !HAN.test(w)) })),
  );
}

/** Fewer corrections than this and the model is not adapted (a handful teaches noise). */
export const MIN_CORRECTIONS = 10;

/**
 * The shipped model, adapted to the project's corrections when it has enough of them
 * (model/text/adapt.ts), with how well the adapted model predicts the user's labels
 * against the shipped one, cross-validated over the corrections.
 */
function adaptedModel(db: Database) {
  const shipped = shippedModel();
  const corrections = listCorrections(db);
  const labelled = corrections.map((c) => ({ text: c.text, label: c.label }));
  if (corrections.length < MIN_CORRECTIONS) {
    return { model: shipped, corrections, adaptation: { corrections: corrections.length, adapted: false, minimum: MIN_CORRECTIONS, check: null } };
  }
  const delta = adaptationDelta(shipped, labelled);
  const check = crossValidateAdaptation(shipped, labelled);
  return {
    model: applyAdaptation(shipped, delta),
    corrections,
    adaptation: {
      corrections: corrections.length,
      adapted: true,
      minimum: MIN_CORRECTIONS,
      check: { folds: check.folds, accuracyBefore: r4(check.accuracyBefore), accuracyAfter: r4(check.accuracyAfter), weightsChanged: Object.keys(delta).length },
    },
  };
}

export function runSentiment(db: Database, params: SentimentParams, outFile?: string, onProgress?: (fraction: number) => void): SentimentAnalysis {
  if (!hasData(db, 'reviews')) throw new AppError('error.needsData', { kinds: needsParam(['reviews']) });
  if (outFile) checkOutputTarget(outFile, outputGuardOf(db));
  const { reviews: sources, undated } = loadReviews(db, { from: params.from, to: params.to });
  const { model, adaptation, corrections } = adaptedModel(db);
  const options = { ...DEFAULT_REVIEW_ANALYSIS, aspects: aspectsWith(params.aspectWords), corrections: new Map(corrections.map((c) => [c.textKey, c.label])) };
  const analysis = analyseReviews(sources.map(recordOf), model, options, (done, total) => onProgress?.(total > 0 ? done / total : 1));
  if (outFile) writeReviewsCsv(outFile, db, analysis, sources);

  const notes: Bilingual[] = [];
  if (params.from !== undefined || params.to !== undefined) {
    const span = `${params.from ?? '…'} – ${params.to ?? '…'}`;
    notes.push({ en: `Only reviews dated ${span}.`, zh: `只看 ${span} 的评价。` });
    if (undated > 0) notes.push({ en: `${undated} reviews without a date are left out.`, zh: `${undated} 条评价没有日期，未计入。` });
  }
  if (analysis.duplicates > 0) {
    notes.push({
      en: `${analysis.duplicates} rows repeat an earlier review (same text, date, platform, product and customer) and are counted once.`,
      zh: `${analysis.duplicates} 行与前面的评价重复（文字、日期、平台、商品和客户都相同），只算一次。`,
    });
  }
  const languages = languageCounts(analysis.reviews);
  if (languages.unknown > 0) {
    notes.push({ en: `${languages.unknown} reviews are in a language other than Chinese or English: labelled "unknown", not scored.`, zh: `${languages.unknown} 条评价不是中文或英文：语言记为“未知”，不打分。` });
  }
  const wordless = analysis.reviews.filter((r) => r.sentiment.language === 'none' && r.sentiment.score === null).length;
  if (wordless > 0) {
    notes.push({
      en: `${wordless} reviews have no words (empty, emoji or punctuation only) and no emoji to read: not scored.`,
      zh: `${wordless} 条评价没有文字（空白、只有表情或标点），也没有可读的表情：不打分。`,
    });
  }
  const truncated = analysis.reviews.filter((r) => r.sentiment.truncated).length;
  if (truncated > 0) notes.push({ en: `${truncated} very long reviews: only their first part is read.`, zh: `${truncated} 条评价特别长：只读取开头部分。` });
  const ordered = tableOrder(analysis, sources);
  replaceReviewItems(db, ordered.map((s) => storedItemOf(s, sources[s.index])));
  const customers = byCustomerSegment(db, analysis.reviews, sources);
  const overall = roundShares(analysis.overall);
  return {
    params,
    rows: sources.length,
    duplicates: analysis.duplicates,
    ...overall,
    languages,
    byMonth: analysis.byMonth.map(roundShares),
    byDay: countsByDay(analysis.reviews),
    byProduct: analysis.byProduct.map(roundShares),
    byPlatform: analysis.byPlatform.map(roundShares),
    byAspect: analysis.byAspect.map(roundShares),
    topTerms: { positive: roundTerms(analysis.topTerms.positive), negative: roundTerms(analysis.topTerms.negative) },
    alerts: analysis.alerts.map((a) => ({ month: a.month, negativeShare: r4(a.negativeShare), baselineShare: r4(a.baselineShare), pValue: Number(a.pValue.toPrecision(3)) })),
    bySegment: customers?.segments ?? null,
    atRiskReviewers: customers?.atRisk ?? [],
    atRiskReviewerCount: customers?.atRiskCount ?? 0,
    /** The table's first page; `sentiment.reviews` pages through all `itemsStored`. */
    items: ordered.slice(0, FIRST_PAGE).map((s) => itemOf(s, sources[s.index])),
    itemsStored: ordered.length,
    adaptation,
    notes,
    outFile: outFile ?? null,
  };
}
