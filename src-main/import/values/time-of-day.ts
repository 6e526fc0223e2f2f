/**
 * The time part of a date-time cell → seconds since midnight. Time zones are dropped on
 * purpose: an export's `14:05:00 -0500` or `Z` is read as the wall time written, because
 * marketing data is reported per local calendar day and converting would move orders
 * across midnight.
 * Accepts `14:05`, `14:05:09`, `14:05:09.123`, `2:05 PM`, `下午2:05`, `T14:05:00Z`,
 * `14:05:00+08:00`, `14:05:00 GMT+0800 (China Standard Time)`.
 */
const TIME = new RegExp(
  String.raw`^(?:(上午|下午|am|pm)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?` +
    String.raw`\s*(am|pm|a\.m\.|p\.m\.)?` +
    String.raw`\s*(?:(?:utc|gmt)?\s*(?:z|[+-]\d{1,2}(?::?\d{2})?))?\s*(?:utc|gmt)?(?:\s*\([^)]*\))?$`,
  'i',
);

export function parseTimeOfDay(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [, meridiemBefore, hh, mm, ss, meridiemAfter] = m;
  if (meridiemBefore && meridiemAfter) return null;
  let h = Number(hh);
  const mi = Number(mm);
  const s = ss === undefined ? 0 : Number(ss);
  if (mi > 59 || s > 59) return null;
  const meridiem = (meridiemBefore ?? meridiemAfter)?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const afternoon = meridiem === 'pm' || meridiem === '下午';
    h = (h % 12) + (afternoon ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  return h * 3600 + mi * 60 + s;
}
