/** The review-sentiment tables and sentences of a report: shares by month and aspect, praise and complaints in words, at-risk complainers. */
import { aspectName } from '@shared/i18n/sentiment-words.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { SentimentAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import type { ReportTable } from './table.js';

/** Terms and at-risk customers a report lists (the app shows more). */
export const REPORT_TERMS = 8;
export const REPORT_AT_RISK = 10;

type Shares = SentimentAnalysis['byMonth'][number];

const shareColumns = (f: Formatter) =>
  [
    { label: f.t('report.col.reviews'), kind: 'int' },
    { label: f.t('report.col.positive'), kind: 'percent' },
    { label: f.t('report.col.neutral'), kind: 'percent' },
    { label: f.t('report.col.negative'), kind: 'percent' },
    { label: f.t('report.col.netSentiment'), kind: 'percent' },
  ] as const;

const shareCells = (s: Shares): (number | null)[] => [s.reviews, s.positiveShare, s.neutralShare, s.negativeShare, s.netSentiment];

export function sentimentIntro(s: SentimentAnalysis, f: Formatter): string {
  return f.t('report.reviews.intro', {
    reviews: f.number(s.reviews),
    positive: f.percent(s.positiveShare, 1),
    neutral: f.percent(s.neutralShare, 1),
    negative: f.percent(s.negativeShare, 1),
    net: `${s.netSentiment > 0 ? '+' : ''}${f.percent(s.netSentiment, 1)}`,
  });
}

export function sentimentByMonthTable(s: SentimentAnalysis, f: Formatter): ReportTable {
  return {
    id: 'sentimentByMonth',
    title: f.t('report.reviews.byMonth'),
    columns: [{ label: f.t('report.col.month'), kind: 'text' }, ...shareColumns(f)],
    rows: s.byMonth.map((m) => [m.key, ...shareCells(m)]),
  };
}

export function sentimentByAspectTable(s: SentimentAnalysis, f: Formatter): ReportTable {
  return {
    id: 'sentimentByAspect',
    title: f.t('report.reviews.byAspect'),
    columns: [{ label: f.t('report.col.aspect'), kind: 'text' }, ...shareColumns(f)],
    rows: [...s.byAspect].sort((a, b) => b.reviews - a.reviews).map((a) => [aspectName(a.key, (k) => f.t(k as MessageKey)), ...shareCells(a)]),
  };
}

/** "Customers praise: …" and "Customers complain about: …" with the strongest words. */
export function termSentences(s: SentimentAnalysis, f: Formatter): string[] {
  const list = (terms: SentimentAnalysis['topTerms']['positive']): string => f.list(terms.slice(0, REPORT_TERMS).map((t) => t.term));
  return [
    ...(s.topTerms.positive.length ? [f.t('report.reviews.praised', { terms: list(s.topTerms.positive) })] : []),
    ...(s.topTerms.negative.length ? [f.t('report.reviews.complained', { terms: list(s.topTerms.negative) })] : []),
  ];
}

export function alertSentences(s: SentimentAnalysis, f: Formatter): string[] {
  return s.alerts.map((a) => f.t('report.reviews.alert', { month: a.month, share: f.percent(a.negativeShare, 1), baseline: f.percent(a.baselineShare, 1) }));
}

export function learningSentence(s: SentimentAnalysis, f: Formatter): string | null {
  const a = s.adaptation;
  if (!a.adapted || !a.check) return null;
  return f.t('report.reviews.learned', { n: f.number(a.corrections), before: f.percent(a.check.accuracyBefore, 1), after: f.percent(a.check.accuracyAfter, 1) });
}

export function sentimentAtRiskTable(s: SentimentAnalysis, f: Formatter): ReportTable | null {
  if (s.atRiskReviewers.length === 0) return null;
  return {
    id: 'sentimentAtRisk',
    title: f.t('report.reviews.atRisk', { n: f.number(s.atRiskReviewerCount) }),
    columns: [
      { label: f.t('report.col.customer'), kind: 'text' },
      { label: f.t('report.col.segment'), kind: 'text' },
      { label: f.t('report.col.spent'), kind: 'money' },
      { label: f.t('report.col.latestComplaint'), kind: 'text' },
    ],
    rows: s.atRiskReviewers.slice(0, REPORT_AT_RISK).map((c) => [c.customerId, f.lang === 'zh-CN' ? c.segmentLabel.zh : c.segmentLabel.en, c.monetary, c.text]),
  };
}

/** Praise and complaint words as a table (the Excel sheet). */
export function termsTable(s: SentimentAnalysis, f: Formatter): ReportTable {
  const n = Math.min(REPORT_TERMS * 2, Math.max(s.topTerms.positive.length, s.topTerms.negative.length));
  return {
    id: 'sentimentTerms',
    title: f.t('report.reviews.terms'),
    columns: [
      { label: f.t('report.col.praised'), kind: 'text' },
      { label: f.t('report.col.complained'), kind: 'text' },
    ],
    rows: Array.from({ length: n }, (_, i) => [s.topTerms.positive[i]?.term ?? '', s.topTerms.negative[i]?.term ?? '']),
  };
}
