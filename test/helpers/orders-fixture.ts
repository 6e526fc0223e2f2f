/**
 * Small orders files written by a test, with what they hold worked out from the rows
 * themselves (not read back from the program): enough customers for segments to run,
 * small enough to import in milliseconds.
 */
import { writeFileSync } from 'node:fs';

export interface OrdersFile {
  file: string;
  rows: number;
  customerIds: Set<string>;
  revenue: number;
}

const DAY_MS = 86_400_000;

/**
 * Customers `from`…`to` (as c001…), each with 1–4 orders on days spread over the first
 * half of 2025; whole-yuan revenues, so sums are exact. `tag` keeps order ids (and so the
 * file's bytes) apart between files.
 */
export function writeOrders(file: string, tag: string, from: number, to: number): OrdersFile {
  const lines = ['order_id,customer_id,date,revenue'];
  const customerIds = new Set<string>();
  let revenue = 0;
  for (let i = from; i <= to; i++) {
    const customer = `c${String(i).padStart(3, '0')}`;
    customerIds.add(customer);
    for (let j = 0; j <= i % 4; j++) {
      const day = new Date(Date.UTC(2025, 0, 1) + ((i * 13 + j * 37) % 180) * DAY_MS).toISOString().slice(0, 10);
      const amount = 10 + ((i * 7 + j * 3) % 50);
      revenue += amount;
      lines.push(`${tag}-${i}-${j},${customer},${day},${amount}`);
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, rows: lines.length - 1, customerIds, revenue };
}
