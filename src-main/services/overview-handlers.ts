import type { SpendOverview } from '@shared/api.js';
import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';
import { channelResolver } from '../store/channel-map.js';
import { spendByDayAndChannel } from '../store/queries/spend.js';

export function overviewHandlers(): Partial<HandlerMap> {
  return {
    'overview.spend': ({ project }) =>
      withProject(project, (db) => {
        const rows = spendByDayAndChannel(db);
        const dates = [...new Set(rows.map((r) => r.day))];
        const index = new Map(dates.map((d, i) => [d, i]));
        // Spend by the channel each row counts as in the project's channel map (merges and splits).
        const resolve = channelResolver(db);
        const byChannel = new Map<string, number[]>();
        let total = 0;
        for (const r of rows) {
          const channel = resolve(r.channel, r.raw);
          const series = byChannel.get(channel) ?? byChannel.set(channel, new Array<number>(dates.length).fill(0)).get(channel)!;
          series[index.get(r.day)!] += r.spend;
          total += r.spend;
        }
        const series = [...byChannel].map(([channel, spend]) => ({ channel, spend })).sort((a, b) => sum(b.spend) - sum(a.spend));
        const overview: SpendOverview = { dates, series, total };
        return overview;
      }),
  };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
