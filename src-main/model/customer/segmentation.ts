/**
 * The segmentation analysis end to end: RFM scores and segments at the as-of date, then
 * k-means on the same customers' R, F, M plus optional numeric attributes.
 */
import { segmentCustomersKMeans, type KMeansOptions, type KMeansSegmentation } from './kmeans.js';
import type { OrderInput } from './order-log.js';
import { computeRfm, type RfmOptions, type RfmResult } from './rfm.js';
import { WarningCounter, type CustomerWarning } from './warnings.js';
import { assess, checkNeed, type Reliability } from '../reliability.js';

export interface SegmentationOptions extends RfmOptions, Omit<KMeansOptions, 'attributeNames'> {
  /** Extra numeric attributes by customer id, aligned with `names`; missing ids or nulls are imputed. */
  attributes?: { names: readonly string[]; byCustomer: ReadonlyMap<string, readonly (number | null)[]> };
}

export interface SegmentationAnalysis {
  rfm: RfmResult;
  kmeans: KMeansSegmentation;
  /**
   * RFM quintiles need 5 customers to mean anything (50 to be more than a ranking of a
   * handful); k-means is not run below 20 customers — clusters of two or three people are
   * not segments — and is thin below 100.
   */
  reliability: { rfm: Reliability; kmeans: Reliability };
  warnings: CustomerWarning[];
}

/** RFM segments and k-means clusters of the customers in an order log. */
export function analyzeSegments(orders: OrderInput, options: SegmentationOptions = {}): SegmentationAnalysis {
  const rfm = computeRfm(orders, options);
  const attributes = options.attributes;
  const inputs = attributes
    ? rfm.customers.map((c) => ({ ...c, attributes: attributes.byCustomer.get(c.customerId) ?? [] }))
    : rfm.customers;
  const n = rfm.customers.length;
  const reliability = { rfm: assess([checkNeed('customers', n, 50, 5)]), kmeans: assess([checkNeed('customers', n, 100, 20)]) };
  const kmeans = segmentCustomersKMeans(reliability.kmeans.verdict === 'refused' ? [] : inputs, { ...options, attributeNames: attributes?.names ?? [] });
  const warnings = new WarningCounter();
  warnings.merge(rfm.warnings);
  warnings.merge(kmeans.warnings);
  return { rfm, kmeans, reliability, warnings: warnings.list() };
}
