import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { fmtMoney, fmtNumber, requireProject } from '../args.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export const segmentsCommand: Command = {
  name: 'segments',
  usage: 'segments --project p.roi [--as-of DATE] [--k auto|N] [--seed S] [--attributes age,…] [--out assignments.csv] [--json]',
  options: { project: { type: 'string' }, 'as-of': { type: 'string' }, k: { type: 'string' }, seed: { type: 'string' }, attributes: { type: 'string' }, out: { type: 'string' } },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, segmentsCommand.usage);
    const k = values.k === undefined || values.k === 'auto' ? 'auto' : Number(values.k);
    if (k !== 'auto' && !(Number.isInteger(k) && k >= 2 && k <= 8)) throw new AppError('error.badChoice', { flag: 'k', choices: 'auto|2…8', value: String(values.k) });
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new AppError('error.flagNotWhole', { flag: 'seed', value: String(values.seed) });
    const attributes = values.attributes ? String(values.attributes).split(',').map((s) => s.trim()).filter(Boolean) : undefined;
    const r = await runJob(
      'segments',
      { project: resolve(project), params: { asOf: values['as-of'] as string | undefined, k, seed, attributes }, outFile: values.out ? resolve(String(values.out)) : undefined },
      { signal },
    );
    if (values.json) return out.json(r);
    const zh = lang === 'zh-CN';
    out.line(out.t('cli.segments.summary', { asOf: r.asOf, customers: fmtNumber(r.customers), revenue: fmtMoney(r.totalRevenue) }));
    out.line(formatTable([[out.col('segment'), out.col('customers'), out.col('revenueShare'), out.col('action')], ...r.rfm.segments.filter((s) => s.customers > 0).map((s) => [zh ? s.label.zh : s.label.en, fmtNumber(s.customers), pct(s.revenueShare), zh ? s.actionText.zh : s.actionText.en])]));
    out.line();
    out.line(formatTable([[out.t('cli.segments.zhGroups'), out.col('customers'), out.col('revenueShare')], ...r.rfm.segmentsZh.map((s) => [zh ? s.label.zh : s.label.en, fmtNumber(s.customers), pct(s.revenueShare)])]));
    out.line();
    out.line(out.t(`cli.segments.kmeans.${r.kmeans.chosenBy}`, { k: r.kmeans.k, silhouette: r.kmeans.silhouette.toFixed(3) }));
    out.line(formatTable([[out.col('cluster'), out.col('segment'), out.col('customers'), out.col('recency'), out.col('frequency'), out.col('monetary'), out.col('revenueShare')], ...r.kmeans.clusters.map((c) => [String(c.id), zh ? c.label.zh : c.label.en, fmtNumber(c.size), fmtNumber(c.recency, 1), fmtNumber(c.frequency, 2), fmtMoney(c.monetary), pct(c.revenueShare)])]));
    if (r.outFile) out.line(`\n→ ${r.outFile}`);
  },
};
