/**
 * What the demo simulation produces: the rows of the six dataset kinds (before they are
 * written as spreadsheets) and the truth they were drawn from. Times are naive China
 * wall-clock epoch milliseconds (calendar.ts). Everything is plain JSON-safe data.
 */
import type { BrandTruth } from './brand-revenue.js';
import type { Promo } from './calendar.js';

export interface DemoOptions {
  seed?: number;
  customers?: number;
  /** First day, `YYYY-MM-DD`. */
  start?: string;
  months?: number;
}

export interface SpendRow {
  /** `YYYY-MM-DD` */
  date: string;
  channel: string;
  campaign: string;
  spend: number;
  impressions: number;
  clicks: number;
}

export type TouchEvent = 'view' | 'click' | 'conversion';

export interface TouchpointRow {
  customerId: string;
  time: number;
  channel: string;
  /** 曝光 (view) / 点击 (click) are touches; 转化 (conversion) marks the purchase and is not a touch. */
  event: TouchEvent;
}

/** One customer's journey as drawn from the chain (channel indices into truth.channels). */
export interface DemoJourney {
  customerId: string;
  channels: number[];
  times: number[];
  converted: boolean;
  /** Purchase time and first-order revenue when converted; else null and 0. */
  conversionTime: number | null;
  value: number;
}

export interface OrderLine {
  /** Shopify-style order name, `#1001`; lines of one order share it. */
  orderId: string;
  customerId: string;
  time: number;
  product: string;
  quantity: number;
  /** This line's amount after the order discount; the lines of an order sum to its total. */
  revenue: number;
  source: string;
}

export interface CustomerRow {
  customerId: string;
  /** `YYYY-MM-DD` */
  signupDate: string;
  region: string;
  age: number;
  gender: string;
  memberLevel: string;
}

export interface ReviewRow {
  text: string;
  rating: number;
  /** `YYYY-MM-DD` */
  date: string;
  platform: string;
  product: string;
  customerId: string;
  language: 'zh' | 'en';
  sentiment: 'positive' | 'neutral' | 'negative';
}

export interface PathRow {
  /** Channel labels joined by ' > ', repeats kept. */
  path: string;
  conversions: number;
  value: number;
  nulls: number;
}

export interface ChannelTruth {
  key: string;
  /** As written in the exported files. */
  label: string;
  zh: string;
  /** The canonical name the importer maps the label to (its channel alias table). */
  en: string;
  cpm: number;
  ctr: number;
  targetRoas: number;
  /** Realised totals over the period. */
  spend: number;
  /** Exact removal effect of the true chain. */
  removalEffect: number;
  /** First-order revenue credited by the exact removal effects: V · RE_k / Σ RE. */
  creditedValue: number;
  /** creditedValue / spend and (creditedValue − spend) / spend. */
  roas: number;
  roi: number;
}

export interface DemoTruth {
  description: string;
  seed: number;
  start: string;
  /** Exclusive end date (`YYYY-MM-DD`). */
  end: string;
  months: number;
  days: number;
  brand: { zh: string; en: string };
  channels: ChannelTruth[];
  /** Channel names (`en`, the importer's canonical names) from best to worst designed ROAS. */
  roiOrdering: string[];
  markov: {
    /** Row/column order: the channel names (`en`), then 'conversion', then 'null'. */
    states: string[];
    start: number[];
    transitions: number[][];
    conversionProbability: number;
    expectedTouchesPerJourney: number;
    lookbackDaysSafe: number;
  };
  bgnbd: { r: number; alpha: number; a: number; b: number; timeUnit: 'week' };
  gammaGamma: { p: number; q: number; gamma: number; meanTransactionValue: number };
  promos: Promo[];
  counts: {
    customers: number;
    journeys: number;
    convertingCustomers: number;
    touches: number;
    touchpointRows: number;
    orders: number;
    repeatOrders: number;
    orderLines: number;
    reviews: number;
    spendRows: number;
    distinctPaths: number;
  };
  revenue: { firstOrders: number; repeatOrders: number; total: number };
  reviews: {
    sentimentShares: { positive: number; neutral: number; negative: number };
    languageShares: { zh: number; en: number };
    problemProduct: string;
  };
  memberLevels: { name: string; minRevenue: number }[];
  /** Marketing-mix truth: the weekly brand revenue stream driven by spend (brand-revenue.ts). */
  mmm: BrandTruth;
}

export interface DemoData {
  truth: DemoTruth;
  spend: SpendRow[];
  journeys: DemoJourney[];
  touchpoints: TouchpointRow[];
  orders: OrderLine[];
  customers: CustomerRow[];
  reviews: ReviewRow[];
  paths: PathRow[];
}
