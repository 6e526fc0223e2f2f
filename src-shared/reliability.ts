/**
 * The thin-data verdict every analysis result carries (the rules that produce it are in
 * src-main/model/reliability.ts): what each check counted against its thresholds, the
 * problems of the fit, and the worst of them.
 */
export type Verdict = 'ok' | 'thin' | 'notReliable' | 'refused';

export interface DataCheck {
  /** What is counted: 'customers', 'repeatCustomers', 'historyWeeks', 'conversions', 'conversionsPerChannel', … */
  code: string;
  have: number;
  /** Below this the results are shown as thin. */
  thinBelow: number;
  /** Below this the analysis (or that part of it) is not run. */
  refuseBelow: number;
  verdict: Verdict;
}

export interface FitProblem {
  /** 'parameterAtEdge', 'degenerateFit', … */
  code: string;
  /** What went wrong, e.g. { parameter: 'q', value: 1.8e9 }. */
  params: Record<string, string | number>;
}

export interface Reliability {
  verdict: Verdict;
  checks: DataCheck[];
  problems: FitProblem[];
}
