/**
 * Daily series summed into weeks (Monday to Sunday) for display: a year of days drawn
 * stacked is noise, a year of weeks is a picture. Sums only — no model is computed here.
 */
export interface DatedSeries {
  dates: string[];
  series: { name: string; values: number[] }[];
}

/** The Monday of an ISO date's week, as YYYY-MM-DD (computed in UTC, so time zones cannot shift it). */
export function weekStart(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

export function sumByWeek(input: DatedSeries): DatedSeries {
  const weeks: string[] = [];
  const weekIndex = new Map<string, number>();
  const dayToWeek = input.dates.map((d) => {
    const week = weekStart(d);
    if (!weekIndex.has(week)) {
      weekIndex.set(week, weeks.length);
      weeks.push(week);
    }
    return weekIndex.get(week)!;
  });
  return {
    dates: weeks,
    series: input.series.map(({ name, values }) => {
      const sums = new Array<number>(weeks.length).fill(0);
      values.forEach((v, i) => (sums[dayToWeek[i]] += v));
      return { name, values: sums };
    }),
  };
}
