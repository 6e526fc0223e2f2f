import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { reliabilityReasons } from '@shared/reliability-words.js';
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
    if (!calibrationEnd) throw new AppError('error.flagRequired', { flag: 'calibration-end', usage: ltvCommand.usage });
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
    const t = out.t;
    out.line(t('cli.ltv.summary', { customers: fmtNumber(r.customers), repeat: fmtNumber(r.repeatCustomers), calibrationEnd: r.calibrationEnd }));
    const fixed = (x: number, digits: number): string => x.toFixed(digits);
    if (r.bgnbd) out.line(t('cli.ltv.bgnbd', { r: fixed(r.bgnbd.r, 4), alpha: fixed(r.bgnbd.alpha, 4), a: fixed(r.bgnbd.a, 4), b: fixed(r.bgnbd.b, 4), ll: fixed(r.bgnbd.logLikelihood, 2) }));
    if (r.gammaGamma) out.line(t('cli.ltv.gammaGamma', { p: fixed(r.gammaGamma.p, 4), q: fixed(r.gammaGamma.q, 4), gamma: fixed(r.gammaGamma.gamma, 4), correlation: fixed(r.gammaGamma.frequencySpendCorrelation, 3) }));
    const verdict = r.reliability.verdict;
    if (verdict === 'notReliable' || verdict === 'refused') {
      // A degenerate or refused fit: its reasons, in the screens' words, never a CLV that reads like a result.
      out.line(t(verdict === 'refused' ? 'cli.ltv.refused' : 'cli.ltv.notReliable'));
      for (const reason of reliabilityReasons(t, fmtNumber, r.reliability)) out.line(`  - ${reason}`);
    } else out.line(t('cli.ltv.clv', { weeks: r.horizonWeeks, margin: `${fmtNumber(r.margin * 100, Number.isInteger(r.margin * 100) ? 0 : 1)}%`, total: fmtMoney(r.totals.clv), mean: fmtMoney(r.totals.meanClv) }));
    if (r.holdout) {
      const h = r.holdout;
      out.line(t('cli.ltv.holdout', { holdoutEnd: r.holdoutEnd ?? '', actual: fmtNumber(h.actualTotal), predicted: fmtNumber(h.predictedTotal, 1), mae: fixed(h.mae, 3), rmse: fixed(h.rmse, 3), r: fixed(h.correlation, 3) }));
    }
    out.line(t('cli.ltv.atRisk', { count: fmtNumber(r.highValueAtRiskCount) }));
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
