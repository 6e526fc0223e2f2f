/**
 * Funnel step names as the funnel analysis reads them from touchpoint rows (the event,
 * else the channel, lower-cased), ordered the way they tend to happen: by their mean
 * relative position in each customer's time-ordered sequence (0 = first touch, 1 = last).
 * Only a suggestion to start from — real logs are not strict funnels — so the user edits it.
 * Names the funnel vocabulary knows (曝光, click, 转化 …: src-shared/funnel-stages.ts) take
 * their place in it whatever the sample says; only unknown names are placed by the sample.
 */
import { funnelStage, LAST_FUNNEL_STAGE } from '@shared/funnel-stages.js';
type Cell = string | number | null;

interface RowsPage {
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** The names in pages of `dataset.rows` (columns by role), in their typical order. */
export function stepNamesInTypicalOrder(pages: readonly RowsPage[]): string[] {
  const sequences = new Map<string, { time: string; name: string }[]>();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const [customer, time, event, channel] = ['customer_id', 'timestamp', 'event', 'channel'].map((c) => page.columns.indexOf(c));
    for (const row of page.rows) {
      const name = (text(event >= 0 ? row[event] : null) || text(channel >= 0 ? row[channel] : null)).toLowerCase();
      if (!name) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const id = text(customer >= 0 ? row[customer] : null);
      if (!id) continue;
      const sequence = sequences.get(id) ?? [];
      sequence.push({ time: text(time >= 0 ? row[time] : null), name });
      sequences.set(id, sequence);
    }
  }
  const positions = new Map<string, { sum: number; n: number }>();
  for (const sequence of sequences.values()) {
    if (sequence.length < 2) continue;
    // ISO timestamps sort as text.
    sequence.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    sequence.forEach(({ name }, i) => {
      const p = positions.get(name) ?? { sum: 0, n: 0 };
      p.sum += i / (sequence.length - 1);
      p.n++;
      positions.set(name, p);
    });
  }
  const mean = (name: string): number => {
    const p = positions.get(name);
    return p ? p.sum / p.n : 0.5;
  };
  // One scale for both: a known stage, or the sample position stretched over the stages.
  const place = (name: string): number => funnelStage(name) ?? mean(name) * LAST_FUNNEL_STAGE;
  return [...counts.keys()].sort((a, b) => place(a) - place(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
}
