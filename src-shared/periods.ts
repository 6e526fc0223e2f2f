/**
 * Calendar periods as ISO dates (YYYY-MM-DD, both ends included, computed in UTC so time
 * zones cannot shift a day): the quarter in progress, the one after, and the previous
 * period of equal length (the goals' baseline rule). The services and the screens both
 * use these: a goal's baseline must be the same period on either side.
 */

export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;

function toMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(toMs(iso) + days * DAY);
}

/** Days in a period, both ends included. */
export function periodDays(period: Period): number {
  return Math.round((toMs(period.to) - toMs(period.from)) / DAY) + 1;
}

/** The last day of the month of `iso`. */
export function monthEnd(iso: string): string {
  return toIso(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0));
}

/**
 * The equally long period just before this one. Whole calendar months compare with as
 * many months before (a quarter with the quarter before, November with October), which
 * is how a client reads "the previous period"; any other period with as many days before.
 */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1);
  if (period.from.endsWith('-01') && monthEnd(period.to) === period.to) {
    const months = (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 + Number(period.to.slice(5, 7)) - Number(period.from.slice(5, 7)) + 1;
    return { from: toIso(Date.UTC(Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7)) - 1 - months, 1)), to };
  }
  return { from: addDays(to, 1 - periodDays(period)), to };
}

/** The calendar month that holds a date. */
export function monthOf(iso: string): Period {
  return { from: `${iso.slice(0, 7)}-01`, to: monthEnd(iso) };
}

/** The last calendar month (or quarter) the data covers to its end: the one of `end`, else the one before. */
export function lastWholeMonth(end: string): Period {
  const month = monthOf(end);
  return month.to === end ? month : monthOf(addDays(month.from, -1));
}

export function lastWholeQuarter(end: string): Period {
  const quarter = quarterOf(end);
  return quarter.to === end ? quarter : quarterOf(addDays(quarter.from, -1));
}

/** The calendar quarter that holds a date. */
export function quarterOf(iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const firstMonth = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3;
  const from = toIso(Date.UTC(year, firstMonth, 1));
  const to = toIso(Date.UTC(year, firstMonth + 3, 0));
  return { from, to };
}

export function nextQuarter(iso: string): Period {
  return quarterOf(addDays(quarterOf(iso).to, 1));
}

export function yearOf(iso: string): Period {
  const year = iso.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The n days that end on (and include) a date. */
export function lastDays(end: string, days: number): Period {
  return { from: addDays(end, 1 - days), to: end };
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toIso(toMs(value)) === value;
}
