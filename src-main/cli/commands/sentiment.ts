import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { dateFlag, fmtNumber, requireProject } from '../args.js';
import { aspectName } from '@shared/i18n/sentiment-words.js';

const TERMS_SHOWN = 10;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const signed = (x: number): string => `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

/** `--aspect taste=辣,麻,spicy` (repeatable): words added to an aspect, or a new aspect. */
function aspectFlags(raw: unknown): Record<string, string[]> | undefined {
  if (raw === undefined) return undefined;
  const words: Record<string, string[]> = {};
  for (const flag of raw as string[]) {
    const m = /^([^=]+)=(.+)$/.exec(flag);
    if (!m) throw new AppError('error.flagFormat', { flag: 'aspect', format: 'ID=word,word…', example: 'taste=辣,麻,spicy', value: flag });
    words[m[1].trim()] = [...(words[m[1].trim()] ?? []), ...m[2].split(/[,，、]/).map((w) => w.trim()).filter(Boolean)];
  }
  return words;
}

export const sentimentCommand: Command = {
  name: 'sentiment',
  usage: 'sentiment --project p.roi [--from DATE] [--to DATE] [--aspect ID=word,word …] [--out reviews.csv] [--json]',
  options: { project: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, aspect: { type: 'string', multiple: true }, out: { type: 'string' } },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, sentimentCommand.usage);
    const from = dateFlag(values, 'from');
    const to = dateFlag(values, 'to');
    if (from !== undefined && to !== undefined && from > to) throw new AppError('error.periodReversed', { from, to });
    const r = await runJob(
      'sentiment',
      { project: resolve(project), params: { from, to, aspectWords: aspectFlags(values.aspect) }, outFile: values.out ? resolve(String(values.out)) : undefined },
      { signal, onProgress: values.json ? undefined : out.progress() },
    );
    // Per-review lines belong in --out (every review, as a spreadsheet); the JSON keeps the figures.
    const { items: _items, ...figures } = r;
    if (values.json) return out.json(figures);
    const zh = lang === 'zh-CN';
    const say = (t: { en: string; zh: string }): string => (zh ? t.zh : t.en);
    const aspect = (id: string): string => aspectName(id, out.t);
    const t = out.t;
    const list = t('ui.goals.listSeparator');
    const counts = t('ui.sentiment.counts', { reviews: fmtNumber(r.reviews), positive: pct(r.positiveShare), neutral: pct(r.neutralShare), negative: pct(r.negativeShare) });
    out.line(t('cli.sentiment.summary', { counts, net: signed(r.netSentiment) }));
    for (const note of r.notes) out.line(`· ${say(note)}`);
    // The report's words for a month whose complaints rose beyond chance; the p-value for those who want it.
    for (const a of r.alerts) out.line(`! ${t('report.reviews.alert', { month: a.month, share: pct(a.negativeShare), baseline: pct(a.baselineShare) })} (p = ${a.pValue})`);
    const shareRow = (key: string, s: { reviews: number; positiveShare: number; neutralShare: number; negativeShare: number; netSentiment: number }): string[] => [
      key,
      fmtNumber(s.reviews),
      pct(s.positiveShare),
      pct(s.neutralShare),
      pct(s.negativeShare),
      signed(s.netSentiment),
    ];
    const head = (first: string): string[] => [first, 'reviews', 'positive', 'neutral', 'negative', 'netSentiment'].map(out.col);
    if (r.byMonth.length) {
      out.line();
      out.line(formatTable([head('month'), ...r.byMonth.map((m) => shareRow(m.key, m))]));
    }
    if (r.byAspect.length) {
      out.line();
      out.line(formatTable([head('aspect'), ...r.byAspect.map((a) => shareRow(aspect(a.key), a))]));
    }
    out.line();
    out.line(t('report.reviews.praised', { terms: r.topTerms.positive.slice(0, TERMS_SHOWN).map((x) => x.term).join(list) || '—' }));
    out.line(t('report.reviews.complained', { terms: r.topTerms.negative.slice(0, TERMS_SHOWN).map((x) => x.term).join(list) || '—' }));
    if (r.atRiskReviewerCount > 0) out.line(t('cli.sentiment.atRisk', { n: fmtNumber(r.atRiskReviewerCount) }));
    if (r.outFile) out.line(`\n→ ${r.outFile}`);
  },
};
