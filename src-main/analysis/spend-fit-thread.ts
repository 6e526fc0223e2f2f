/**
 * The Gamma-Gamma fit of an LTV analysis on a second thread (second-thread.ts), while
 * BG/NBD is fitted on this one: on a million customers each fit takes about half a
 * second (ltv-e2e, issue 13). Wherever it runs, the fit is the same.
 */
import { fitSpendHere, type GammaGammaFit, type SpendColumns, type SpendFitStarter } from '../model/customer/index.js';
import { startOnSecondThread } from './second-thread.js';

/** Below this many customers the fit takes milliseconds: not worth a thread. */
const THREAD_FROM_CUSTOMERS = 50_000;

export interface SpendFitRequest {
  spend: SpendColumns;
  seed: number | undefined;
}

export const fitSpendInThread: SpendFitStarter = (spend, seed) => {
  if (spend.x.length < THREAD_FROM_CUSTOMERS) return fitSpendHere(spend, seed);
  return startOnSecondThread<SpendFitRequest, GammaGammaFit>('spend-fit-worker', { spend, seed }, () => fitSpendHere(spend, seed)());
};
