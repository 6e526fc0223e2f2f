/**
 * The marketing-mix optimiser's and planner's answers as they cross the API (the
 * Optimise step and the what-if planner read them; src-main/analysis/mmm*.ts makes them).
 */
export interface MmmInterval {
  low: number;
  high: number;
}

export interface MmmOptimiser {
  /** Weekly budget split (the recent weekly spend unless the user gave one). */
  budget: number;
  /** Per channel, in the result's channel order: recent weekly spend, bounds, the best split. */
  current: number[];
  lower: number[];
  upper: number[];
  locked: boolean[];
  allocation: number[];
  /** Weekly revenue the channels bring at the best split (point, 90 % interval) and its gain over the current split. */
  expectedRevenue: number;
  expectedRevenueInterval: MmmInterval;
  uplift: number;
  upliftInterval: MmmInterval;
  /** Money that would earn less than it costs anywhere within the bounds: kept, not spent. */
  unplaced: number;
  marginalRoas: number[];
  /** Channels funded beyond the most they ever spent in a week (the curve is extrapolated there). */
  beyondObserved: string[];
  /** The bounds' lower ends already add up to more than the budget. */
  infeasible: boolean;
  /** Asked for a revenue goal the bounds cannot reach: this is the most the bounds allow. */
  goalUnreachable?: boolean;
  /** Budget-for-a-goal mode (asked for): the split that reaches the weekly goal with the least spend, or unreachable within the bounds. */
  forGoal?: MmmModeResult | { goal: number; reachable: false };
  /** Target-ROAS mode (asked for): the largest split that keeps the target. */
  atTargetRoas?: MmmModeResult;
  /** Asked for a revenue goal of the Goal step: which one, and what it asks of the channels each week. */
  servesGoal?: MmmGoalLink;
}

/**
 * A revenue goal (Goal step) as the optimiser's weekly question: the goal's revenue per
 * week, what the baseline (trend, seasons, controls) brings on its own over the plan
 * weeks, and the rest, which the channels must bring.
 */
export interface MmmGoalLink {
  goalId: number;
  target: number;
  periodStart: string;
  periodEnd: string;
  weeklyRevenue: number;
  weeklyBaseline: number;
  weeklyMedia: number;
}

/** A budget the optimiser chose for a goal or a target ROAS, with what it brings. */
export interface MmmModeResult {
  goal?: number;
  target?: number;
  reachable: true;
  budget: number;
  allocation: number[];
  expectedRevenue: number;
  expectedRevenueInterval: MmmInterval;
}

export interface MmmPlanWeek {
  week: string;
  spend: number[];
  revenue: number;
  revenueInterval: MmmInterval;
}

export interface MmmWhatIf {
  channels: string[];
  weeks: number;
  spend: number[];
  /** Revenue over the weeks (baseline + channels), point and 90 % interval; the same at the recent spend. */
  revenue: number;
  revenueInterval: MmmInterval;
  current: number;
  currentInterval: MmmInterval;
  /** Gain over the recent spend, with its interval (over the same draws). */
  uplift: number;
  upliftInterval: MmmInterval;
  /** Channels asked to spend beyond the most they ever spent in a week. */
  beyondObserved: string[];
  plan: MmmPlanWeek[];
}

/**
 * A what-if kept in the project: the weekly spend per channel (by channel name, so it
 * reopens on a refitted model) and what the model predicted for it when it was saved.
 */
export interface MmmScenario {
  id: number;
  name: string;
  channels: string[];
  spend: number[];
  weeks: number;
  revenue: number;
  revenueInterval: MmmInterval;
  savedAt: string;
  /** Which goal this scenario serves, if the user planned for one (Goal step). */
  goalId?: number;
}
