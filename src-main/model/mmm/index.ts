/**
 * Marketing-mix model (issue 12): geometric adstock + Hill saturation per channel, baseline
 * with trend, yearly Fourier seasonality and controls, non-negative ridge, hyper-parameters
 * chosen by rolling-origin CV, block-bootstrap intervals, lift-test calibration and the
 * honesty gate. Pure: no I/O, seeded randomness. The method text is in fit.ts.
 */
export { geometricAdstock, geometricSteadyGain, weibullAdstock, weibullLagWeights } from './adstock.js';
export { hill, hillDerivative, hillInflection } from './hill.js';
export { fitMmm, MMM_DEFAULTS } from './fit.js';
export type { MmmOutcome, MmmResult } from './fit.js';
export { gateAfterFit, gateBeforeFit, MIN_WEEKS } from './gate.js';
export type { GateReason, GateResult, GateVerdict } from './gate.js';
export { errorMetrics } from './metrics.js';
export { baselineAt } from './summarise.js';
export { simulateMmmWorld } from './synthetic.js';
export type { SyntheticWorld, SyntheticWorldOptions } from './synthetic.js';
export type {
  CalibrationEffect,
  ChannelCurve,
  ChannelResult,
  Decomposition,
  Draw,
  FitMetrics,
  Interval,
  LiftTest,
  MmmChannelInput,
  MmmControlInput,
  MmmData,
  MmmOptions,
  ResponsePoint,
} from './types.js';
