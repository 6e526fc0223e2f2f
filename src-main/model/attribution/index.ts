/** The attribution engine's public surface (issue 4). Pure: no I/O, seeded randomness. */
export * from './types.js';
export { compileJourneys, toJourneyTable, isJourneyTable } from './journey-table.js';
export type { JourneyInput, JourneySource, JourneyTable, TimedConversions } from './journey-table.js';
export { buildJourneyColumns, buildJourneys, DEFAULT_LOOKBACK_DAYS } from './build-journeys.js';
export type { BuildJourneysOptions, JourneyBuild, JourneyBuildSummary, JourneyColumnsBuild } from './build-journeys.js';
export { filterJourneyColumns, isJourneyColumns, journeyAt, journeyMoment } from './journey-columns.js';
export type { JourneyColumns } from './journey-columns.js';
export { toTouchpointColumns } from './touch-log.js';
export { orderTotals, ordersByCustomer, toOrderConversionColumns } from './order-conversions.js';
export { customerTexts, sharedCustomers, sharesCustomers } from './customers.js';
export type { CustomerEntries, SharedCustomers } from './customers.js';
export type { OrderConversionColumns, OrderConversionInput, OrderLineColumns } from './order-conversions.js';
export type { TouchpointColumns, TouchpointInput } from './touch-log.js';
export { journeysFromPaths, splitPath } from './journeys-from-paths.js';
export type { PathJourneys, PathProblem, PathProblemReason, PathSeparator } from './journeys-from-paths.js';
export {
  attributeFirstTouch,
  attributeLastTouch,
  attributeLinear,
  attributePositionBased,
  DEFAULT_POSITION_WEIGHTS,
} from './rule-based.js';
export type { PositionWeights } from './rule-based.js';
export { attributeTimeDecay, DEFAULT_HALF_LIFE_DAYS } from './time-decay.js';
export { attributeMarkov, MARKOV_CONVERSION, MARKOV_NULL, MARKOV_START } from './markov.js';
export type { MarkovResult, MarkovTransitions } from './markov.js';
export { attributeShapley, MAX_EXACT_SHAPLEY_CHANNELS, DEFAULT_SHAPLEY_SAMPLES } from './shapley.js';
export type { CreditInterval, ShapleyOptions, ShapleyResult } from './shapley.js';
export { attributeAll, creditRows } from './attribute-all.js';
export type { AttributeAllOptions, AttributionResults } from './attribute-all.js';
export { channelRoi } from './roi.js';
export type { ChannelRoi, ChannelRoiRow, SpendByChannel } from './roi.js';
export { triangulate, DEFAULT_DISAGREEMENT_POINTS } from './triangulate.js';
export type { ResultsByModel, TriangulateOptions, TriangulationReason, TriangulationReasonCode, TriangulationRow } from './triangulate.js';
export { topPaths, pathLengthDistribution, timeToConversion } from './diagnostics.js';
export type { PathLengthBucket, TimeToConversion, TopPath } from './diagnostics.js';
export { computeFunnel, DEFAULT_FUNNEL_WINDOW_DAYS, NO_CHANNEL } from './funnel.js';
export { toFunnelColumns } from './funnel.js';
export type { FunnelColumns, FunnelEvent, FunnelInput, FunnelOptions, FunnelResult, FunnelStepResult } from './funnel.js';
export { adviseBudgetShift } from './budget-shift.js';
export type { BudgetShiftAdvice, BudgetShiftCaveat, BudgetShiftNote, BudgetShiftOptions, BudgetShiftRow } from './budget-shift.js';
export { defaultSyntheticChain, generateSyntheticJourneys } from './synthetic.js';
export type { SyntheticChain, SyntheticOptions } from './synthetic.js';
export { mulberry32 } from '../random.js';
export { DAY_MS } from './units.js';
