import type { SpendOverview } from '@shared/api.js';
import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';

export function overviewHandlers(): Partial<HandlerMap> {
  return {
    'overview.spend': ({ project }) =>
      withProject(project, (db) => {
        const rows = db
          .prepare('SELECT substr(date, 1, 10) AS day, channel, sum(spend) AS spend FROM spend GROUP BY day, channel ORDER BY day')
          .all() as { day: string; channel: string; spend: number }[];
        const dates = [...new Set(rows.map((r) => r.day))];
        const index = new Map(dates.map((d, i) => [d, i]));
        const byChannel = new Map<string, number[]>();
        let total = 0;
        for (const r of rows) {
          const series = byChannel.get(r.channel) ?? byChannel.set(r.channel, new Array<number>(dates.length).fill(0)).get(r.channel)!;
          series[index.get(r.day)!] = r.spend;
          total += r.spend;
        }
        const series = [...byChannel].map(([channel, spend]) => ({ channel, spend })).sort((a, b) => sum(b.spend) - sum(a.spend));
        const overview: SpendOverview = { dates, series, total };
        return overview;
      }),
  };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
