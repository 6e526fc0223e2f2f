/**
 * Thin data gets a verdict in every analysis (issue 14, Deliver 4): the funnel and the
 * cohorts say how many customers their rates rest on, and stay quiet when there are enough.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-thin-');

type Verdict = { reliability: { verdict: string; checks: { code: string; have: number; verdict: string }[] } };

function project(name: string, touchLines: string[], orderLines: string[]): string {
  const p = join(dir, `${name}.roi`);
  const touches = join(dir, `${name}-touchpoints.csv`);
  writeFileSync(touches, `customer_id,timestamp,channel,event\n${touchLines.join('\n')}\n`);
  const orders = join(dir, `${name}-orders.csv`);
  writeFileSync(orders, `customer_id,date,revenue\n${orderLines.join('\n')}\n`);
  runJson(['import', touches, '--project', p]);
  runJson(['import', orders, '--project', p]);
  return p;
}

const customers = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
const check = (v: Verdict, code: string) => v.reliability.checks.find((c) => c.code === code);

describe('thin-data verdicts', () => {
  it('calls a funnel of 12 entrants and cohorts of a handful of customers thin', () => {
    const ids = customers(12);
    const p = project(
      'thin',
      ids.flatMap((c, i) => [`${c},2025-01-0${(i % 9) + 1} 10:00,Meta,view`, ...(i % 2 ? [`${c},2025-01-0${(i % 9) + 1} 11:00,Meta,cart`] : [])]),
      ids.map((c, i) => `${c},2025-0${(i % 3) + 1}-05,100`),
    );
    const funnel = runJson<Verdict>(['funnel', '--project', p, '--steps', 'view,cart']);
    expect(funnel.reliability.verdict).toBe('thin');
    expect(check(funnel, 'funnelEntrants')).toMatchObject({ have: 12, verdict: 'thin' });
    const cohorts = runJson<Verdict>(['cohorts', '--project', p]);
    expect(cohorts.reliability.verdict).toBe('thin');
    expect(check(cohorts, 'smallestCohort')).toMatchObject({ have: 4, verdict: 'thin' });
  });

  it('words an LTV fit on a short history with its figures rounded as the screen shows them', () => {
    const ids = customers(12);
    // 19 days of history (Jan 1–20) against a 52-week horizon: 2.7 weeks, not 2.7142857142857144.
    const p = project('short', ids.map((c) => `${c},2025-01-01 10:00,Meta,view`), ids.flatMap((c, i) => [`${c},2025-01-01,100`, `${c},2025-01-${String(2 + (i % 19)).padStart(2, '0')},80`]));
    const text = runCli(['ltv', '--project', p, '--calibration-end', '2025-01-20', '--lang', 'zh-CN']).stdout;
    expect(text).toMatch(/只有 2\.7 周的历史数据，却要预测 52 周/);
  });

  it('says nothing when 300 customers over six months back the rates', () => {
    const ids = customers(300);
    const p = project(
      'enough',
      ids.flatMap((c, i) => [`${c},2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00,Meta,view`, `${c},2025-01-${String((i % 28) + 1).padStart(2, '0')} 11:00,Meta,cart`]),
      ids.map((c, i) => `${c},2025-0${(i % 6) + 1}-05,100`),
    );
    expect(runJson<Verdict>(['funnel', '--project', p, '--steps', 'view,cart']).reliability.verdict).toBe('ok');
    expect(runJson<Verdict>(['cohorts', '--project', p]).reliability.verdict).toBe('ok');
  });
});
