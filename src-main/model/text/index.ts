/** Review sentiment in Chinese and English (issue 15's model core): pure, offline. */
export type { FeatureHit, ReviewLanguage, ReviewSentiment, SentimentDriver, SentimentLabel, SentimentModel } from './types.js';
export { analyseReview, scoreReview } from './score.js';
export type { AnalysedReview } from './score.js';
export { parseSentimentModel, serializeSentimentModel } from './model-file.js';
export { adaptationDelta, applyAdaptation, correctionKey, crossValidateAdaptation, DEFAULT_ADAPTATION } from './adapt.js';
export type { AdaptationCheck, AdaptationDelta, Correction } from './adapt.js';
export { aspectSentiments, DEFAULT_ASPECTS, mergeAspects } from './aspects.js';
export type { AspectDefinition, AspectSentiment } from './aspects.js';
export { DEFAULT_ALERT_RULE, distinctReviews, negativeShareAlerts, sentimentShares, sharesBy, sharesByAspect, topTerms } from './aggregate.js';
export type { AlertRule, GroupShares, NegativeShareAlert, ReviewRecord, ScoredReview, SentimentShares, TermWeight } from './aggregate.js';
export { analyseReviews, DEFAULT_REVIEW_ANALYSIS } from './analyse-reviews.js';
export type { ReviewAnalysis, ReviewAnalysisOptions } from './analyse-reviews.js';
export { evaluateBinary } from './evaluate.js';
export { MAX_ANALYSED_CHARS } from './normalize.js';
