/**
 * What each extra column of a wide marketing-mix sheet (the `weekly` kind) is: a channel's
 * spend, an exposure (impressions, clicks, views — not money), a control (promo flag,
 * price, events, competitor sales, holidays), or nothing to use. Proposed from the header
 * alone, following the names MMM users write (Robyn's `tv_S`, `facebook_I`,
 * `search_clicks_P`, `competitor_sales_B`; `Search_spend`, `抖音消耗`, `微信花费`); the user
 * confirms or changes each in the Models step, and the choice travels with the run's
 * params. Shared: the analysis reads it, the wizard shows it.
 */

export const MMM_COLUMN_ROLES = ['spend', 'exposure', 'control', 'ignore'] as const;
export type MmmColumnRole = (typeof MMM_COLUMN_ROLES)[number];

export interface MmmColumn {
  header: string;
  role: MmmColumnRole;
  /** The channel a spend or exposure column belongs to (`tv_S` → `tv`, `抖音消耗` → `抖音`). */
  channel: string;
}

const SPEND_SUFFIX = /(?:[\s_.-]*(?:_s|spend|spends|spending|cost|costs|investment|budget|\(s\)|\(spend\)))$/i;
const SPEND_CJK = /(?:消耗|花费|花销|投放金额|投放费用|广告费|费用|支出|成本|投入|预算)(?:[（(]元[)）])?$/;
const EXPOSURE_SUFFIX = /(?:[\s_.-]*(?:_i|_p|impressions?|impr|imps|clicks?|views?|reach|grps?|trps?|sessions|visits))$/i;
const EXPOSURE_CJK = /(?:曝光|曝光量|展示|展现|展示数|点击|点击量|点击数|播放|播放量|阅读|阅读量|触达|访问)(?:数|量)?$/;
/** Columns that are never a driver: row numbers, week labels. */
const IGNORED = /^(?:#|no|id|row|index|week|week number|weeknum|year|month|序号|行号|周|周数|年|月)$/i;

function stripped(header: string, pattern: RegExp): string {
  return header.replace(pattern, '').replace(/[\s_.-]+$/, '').trim();
}

/** The role a header suggests and the channel it names. */
export function classifyMmmColumn(header: string): MmmColumn {
  const h = header.trim();
  if (h === '' || IGNORED.test(h)) return { header, role: 'ignore', channel: '' };
  if (SPEND_SUFFIX.test(h)) return { header, role: 'spend', channel: stripped(h, SPEND_SUFFIX) || h };
  if (SPEND_CJK.test(h)) return { header, role: 'spend', channel: stripped(h, SPEND_CJK) || h };
  if (EXPOSURE_SUFFIX.test(h)) return { header, role: 'exposure', channel: stripped(h, EXPOSURE_SUFFIX) || h };
  if (EXPOSURE_CJK.test(h)) return { header, role: 'exposure', channel: stripped(h, EXPOSURE_CJK) || h };
  return { header, role: 'control', channel: '' };
}

/** Headers that read as a channel's spend (the sign of a wide marketing-mix sheet). */
export function spendLikeHeaders(headers: readonly string[]): string[] {
  return headers.filter((h) => classifyMmmColumn(h).role === 'spend');
}

/**
 * The roles of a sheet's extra columns: the user's choice where given (header → role), the
 * header's suggestion elsewhere.
 */
export function resolveMmmColumns(headers: readonly string[], chosen: Readonly<Record<string, MmmColumnRole>> = {}): MmmColumn[] {
  return headers.map((header) => {
    const suggested = classifyMmmColumn(header);
    const role = chosen[header] ?? suggested.role;
    return { header, role, channel: role === suggested.role && suggested.channel ? suggested.channel : header };
  });
}
