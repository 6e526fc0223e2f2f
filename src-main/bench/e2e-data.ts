/**
 * The files the end-to-end benchmarks import, made the same way on every run (seeded):
 * - an orders export of 1M customers (~4.5M order lines: BG/NBD purchase days, a fifth of
 *   the orders with a second line), the project `ltv`, `segments` and `cohorts` run on;
 * - a touchpoints log of 1M journeys (~4M touches and their conversions) from the
 *   synthetic Markov chain, the project `attribution` and `funnel` run on.
 */
import { generateSyntheticJourneys } from '../model/attribution/index.js';
import { simulateOrderRows } from '../model/customer/index.js';
import { mulberry32 } from '../model/random.js';
import { csvWriter } from './csv-writer.js';

const BATCH = 50_000;

/** Orders of `customers` customers from 2024-01-01 to 2025-12-31; returns the number of lines. */
export async function writeOrdersCsv(file: string, customers: number): Promise<number> {
  const out = csvWriter(file, 'order_id,customer_id,date,revenue,product');
  const random = mulberry32(5);
  let lines = 0;
  let orders = 0;
  for (let first = 0; first < customers; first += BATCH) {
    const n = Math.min(BATCH, customers - first);
    const rows = simulateOrderRows(n, { r: 0.5, alpha: 4, a: 0.8, b: 2.5 }, 7 + first, { calibrationDays: 730, acquisitionDays: 700 });
    for (const row of rows) {
      // simulateOrderRows numbers each batch's customers C1…Cn: renumber across batches.
      const customer = `C${first + Number(row.customerId!.slice(1))}`;
      const order = `O${++orders}`;
      if (random() < 0.2) {
        const part = Math.round(row.revenue * 60) / 100;
        await out.line(`${order},${customer},${row.date},${part},P${orders % 500}`);
        await out.line(`${order},${customer},${row.date},${Math.round((row.revenue - part) * 100) / 100},P${(orders * 7) % 500}`);
        lines += 2;
      } else {
        await out.line(`${order},${customer},${row.date},${row.revenue},P${orders % 500}`);
        lines++;
      }
    }
  }
  await out.close();
  return lines;
}

const CHANNEL_NAMES = ['抖音', '微信', '百度', '小红书', '淘宝', '邮件', 'Google Ads', 'Meta', '快手', '微博', '京东', '知乎'];

/** Touchpoints of `journeys` journeys, one customer each: touch rows, then a conversion row when the journey converts. */
export async function writeTouchpointsCsv(file: string, journeys: number): Promise<{ rows: number; touches: number }> {
  const out = csvWriter(file, 'customer_id,timestamp,channel,event,value');
  const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19);
  const channelOf = new Map(Array.from({ length: 12 }, (_, i) => [`channel-${String(i + 1).padStart(2, '0')}`, CHANNEL_NAMES[i]]));
  let rows = 0;
  let touches = 0;
  for (let first = 0; first < journeys; first += BATCH) {
    const batch = generateSyntheticJourneys(Math.min(BATCH, journeys - first), 42 + first);
    for (let j = 0; j < batch.length; j++) {
      const journey = batch[j];
      const customer = `U${first + j + 1}`;
      for (let t = 0; t < journey.channels.length; t++) {
        await out.line(`${customer},${stamp(journey.times![t])},${channelOf.get(journey.channels[t])},${t === 0 ? 'impression' : 'click'},`);
      }
      touches += journey.channels.length;
      rows += journey.channels.length;
      if (journey.converted) {
        await out.line(`${customer},${stamp(journey.conversionTime!)},${channelOf.get(journey.channels[journey.channels.length - 1])},conversion,${journey.value}`);
        rows++;
      }
    }
  }
  await out.close();
  return { rows, touches };
}
