/**
 * A project small enough to compute by hand, imported through the CLI as a user would.
 * Figures per month (purchase = order row with revenue ≥ 0; one purchase day per
 * customer and day):
 *   Jan: spend 150, revenue 230, new A B, buyers A (2 days) B (1)        → repeat 1/2
 *   Feb: spend 300, revenue 450, new C D, buyers A B (2 days) C (2 lines, 1 day) D → repeat 1/4
 *   Mar: spend 300, revenue 30 (A refunds 20, D buys 50), new none, buyers D → repeat 0/1
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

export const SPEND_CSV = ['date,channel,spend', '2025-01-05,Douyin,100', '2025-01-20,WeChat,50', '2025-02-03,Douyin,200', '2025-02-15,WeChat,100', '2025-03-10,Douyin,300'];

export const ORDERS_CSV = [
  'order_id,customer_id,date,revenue',
  'o1,A,2025-01-03,100',
  'o2,B,2025-01-10,50',
  'o3,A,2025-01-25,80',
  'o4,C,2025-02-02,200',
  'o5,A,2025-02-05,60',
  'o6,B,2025-02-05,40',
  'o7,B,2025-02-20,30',
  'o8,C,2025-02-02,20',
  'o9,D,2025-02-28,100',
  'o10,A,2025-03-05,-20',
  'o11,D,2025-03-15,50',
];

function importInto(project: string, dir: string, name: string, lines: readonly string[]): void {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = runCli(['import', file, '--project', project]);
  if (r.code !== 0) throw new Error(`import ${name} failed: ${r.stderr}`);
}

/** The small project with spend and orders, and one with orders only. */
export function buildSmallProjects(): { full: string; ordersOnly: string } {
  const dir = tempDir('roi-small-');
  const full = join(dir, 'small.roi');
  const ordersOnly = join(dir, 'orders-only.roi');
  importInto(full, dir, 'spend.csv', SPEND_CSV);
  importInto(full, dir, 'orders.csv', ORDERS_CSV);
  importInto(ordersOnly, dir, 'orders-only.csv', ORDERS_CSV);
  return { full, ordersOnly };
}
