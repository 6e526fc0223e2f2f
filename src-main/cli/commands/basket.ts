import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { fmtMoney, fmtNumber, requireProject } from '../args.js';

/** Rules printed as text; --json has every kept rule. */
const RULES_SHOWN = 20;
const BUNDLES_SHOWN = 5;

function fraction(values: Record<string, unknown>, name: string, { min, max, integer = false }: { min: number; max: number; integer?: boolean }): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (!(Number.isFinite(x) && x >= min && x <= max && (!integer || Number.isInteger(x)))) {
    throw new AppError(integer && Number.isFinite(x) && x >= min && x <= max ? 'error.flagNotWhole' : 'error.flagOutOfRange', { flag: name, min, max, value: String(raw) });
  }
  return x;
}

export const basketCommand: Command = {
  name: 'basket',
  usage: 'basket --project p.roi [--min-support s] [--min-confidence c] [--min-lift l] [--max-length k] [--segment NAME] [--json]',
  options: {
    project: { type: 'string' },
    'min-support': { type: 'string' },
    'min-confidence': { type: 'string' },
    'min-lift': { type: 'string' },
    'max-length': { type: 'string' },
    segment: { type: 'string' },
  },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, basketCommand.usage);
    const minSupport = fraction(values, 'min-support', { min: 1e-9, max: 1 });
    const minConfidence = fraction(values, 'min-confidence', { min: 0, max: 1 });
    const minLift = fraction(values, 'min-lift', { min: 0, max: 1e9 });
    const maxLength = fraction(values, 'max-length', { min: 2, max: 6, integer: true });
    const segment = values.segment === undefined ? undefined : String(values.segment);
    const r = await runJob('basket', { project: resolve(project), params: { minSupport, minConfidence, minLift, maxLength, segment } }, { signal });
    if (values.json) return out.json(r);
    const zh = lang === 'zh-CN';
    const say = (t: { en: string; zh: string }): string => (zh ? t.zh : t.en);
    const t = out.t;
    out.line(t('ui.models.basket.counts', { baskets: fmtNumber(r.transactions), items: fmtNumber(r.items), itemsets: fmtNumber(r.frequentItemsets), rules: fmtNumber(r.ruleCount) }));
    for (const note of r.notes) out.line(`· ${say(note)}`);
    if (r.verdictText) return out.line(say(r.verdictText));
    if (r.capped) out.line(`! ${say(r.capped)}`);
    if (r.rules.length === 0) return out.line(t('ui.models.basket.none'));
    out.line();
    out.line(
      formatTable([
        // Headed as the report's table of rules is.
        ['ifBought', 'alsoBought', 'baskets', 'support', 'confidence', 'lift', 'basketRevenue'].map(out.col),
        ...r.rules.slice(0, RULES_SHOWN).map((x) => [x.antecedent.join(' + '), x.consequent.join(' + '), fmtNumber(x.count), fmtNumber(x.support, 4), fmtNumber(x.confidence, 3), fmtNumber(x.lift, 2), fmtMoney(x.revenue)]),
      ]),
    );
    if (r.rules.length > RULES_SHOWN) out.line(t('cli.basket.more', { n: r.rules.length - RULES_SHOWN }));
    out.line();
    out.line(`${t('ui.models.basket.bundlesTitle')}${zh ? '：' : ':'}`);
    for (const x of r.rules.filter((rule) => rule.lift > 1).slice(0, BUNDLES_SHOWN)) {
      out.line(`· ${t('ui.models.basket.bundle', { a: x.antecedent.join(' + '), b: x.consequent.join(' + '), n: fmtNumber(x.count), lift: x.lift.toFixed(2) })}`);
    }
  },
};
