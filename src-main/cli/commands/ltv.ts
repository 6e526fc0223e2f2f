import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { THINNESS_TEXTS } from '../../model/customer/index.js';
import type { Command } from '../command.js';
import { fmtMoney, fmtNumber, numberIn, positiveNumber, requireProject } from '../args.js';

export const ltvCommand: Command = {
  name: 'ltv',
  usage: 'ltv --project p.roi --calibration-end DATE [--holdout-end DATE] [--horizon-weeks 52] [--margin 0.3] [--discount-rate-monthly 0.01] [--out customers.csv] [--json]',
  options: {
    project: { type: 'string' },
    'calibration-end': { type: 'string' },
    'holdout-end': { type: 'string' },
    'horizon-weeks': { type: 'string' },
    margin: { type: 'string' },
    'discount-rate-monthly': { type: 'string' },
    out: { type: 'string' },
  },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, ltvCommand.usage);
    const calibrationEnd = values['calibration-end'] as string | undefined;
    if (!calibrationEnd) throw new AppError('error.invalidInput', { detail: `--calibration-end is required. usage: roi-studio ${ltvCommand.usage}` });
    const r = await runJob(
      'ltv',
      {
        project: resolve(project),
        params: {
          calibrationEnd,
          holdoutEnd: values['holdout-end'] as string | undefined,
          horizonWeeks: positiveNumber(values, 'horizon-weeks'),
          margin: numberIn(values, 'margin', 0, 1),
          discountRateMonthly: numberIn(values, 'discount-rate-monthly', 0, 1),
        },
        outFile: values.out ? resolve(String(values.out)) : undefined,
      },
      { signal },
    );
    if (values.json) return out.json(r);
    out.line(`${fmtNumber(r.customers)} customers, ${fmtNumber(r.repeatCustomers)} with repeat purchases (calibration to ${r.calibrationEnd})`);
    if (r.bgnbd) out.line(`BG/NBD: r=${r.bgnbd.r.toFixed(4)} α=${r.bgnbd.alpha.toFixed(4)} a=${r.bgnbd.a.toFixed(4)} b=${r.bgnbd.b.toFixed(4)}  LL=${r.bgnbd.logLikelihood.toFixed(2)}`);
    if (r.gammaGamma) out.line(`Gamma-Gamma: p=${r.gammaGamma.p.toFixed(4)} q=${r.gammaGamma.q.toFixed(4)} γ=${r.gammaGamma.gamma.toFixed(4)}  (frequency–spend correlation ${r.gammaGamma.frequencySpendCorrelation.toFixed(3)})`);
    const verdict = r.reliability.verdict;
    if (verdict === 'notReliable' || verdict === 'refused') {
      // A degenerate or refused fit: its reasons, never a CLV that reads like a result.
      out.line(`Not reliable — no CLV is reported. Why:`);
      for (const c of r.reliability.checks.filter((x) => x.verdict !== 'ok')) out.line(`  ${c.code}: ${fmtNumber(c.have, Number.isInteger(c.have) ? 0 : 1)} (needs ${fmtNumber(c.verdict === 'refused' ? c.refuseBelow : c.thinBelow)})`);
      for (const p of r.reliability.problems) out.line(`  ${p.code}: ${Object.entries(p.params).map(([k, v]) => `${k} = ${String(v)}`).join(', ')}`);
    } else out.line(`CLV over ${r.horizonWeeks} weeks at ${r.margin * 100}% margin: total ${fmtMoney(r.totals.clv)}, mean ${fmtMoney(r.totals.meanClv)}`);
    if (r.holdout) {
      const h = r.holdout;
      out.line(`Holdout to ${r.holdoutEnd}: actual ${fmtNumber(h.actualTotal)} vs predicted ${fmtNumber(h.predictedTotal, 1)} purchase days; MAE ${h.mae.toFixed(3)}, RMSE ${h.rmse.toFixed(3)}, r ${h.correlation.toFixed(3)}`);
    }
    out.line(`High value at risk: ${fmtNumber(r.highValueAtRiskCount)} customers`);
    for (const f of r.flags) {
      const text = THINNESS_TEXTS[f.code][lang === 'zh-CN' ? 'zh' : 'en'];
      // Figures as the screen shows them: 2.7 weeks, not 2.7142857142857144.
      const param = (k: string): string => {
        const v = f.params[k];
        return typeof v === 'number' ? fmtNumber(v, Number.isInteger(v) ? 0 : 1) : String(v ?? '');
      };
      out.line(`! ${text.replace(/\{(\w+)\}/g, (_, k: string) => param(k))}`);
    }
    if (r.outFile) out.line(`\n→ ${r.outFile}`);
  },
};
