/**
 * Whether a number column follows the European convention (`.` groups thousands, `,`
 * marks decimals), decided from its samples. A `;`-separated CSV saved by a German or
 * French Excel writes `12,50` and `1.234,56`; read with the default rules the first is
 * 'ambiguous' and `1.234` would be one-point-two.
 *
 * Rule: the column is decimal-comma when at least one sample can only be read that way,
 * none can only be read the other way, no sample holds several commas (a list), and the
 * samples that merely lean one way do not lean the other way more often.
 * - decimal-comma evidence: a single comma followed by 1–2 or 4+ digits (`12,5`,
 *   `3,1416`), a dot-grouped integer with a comma part (`1.234,5`), several dot groups
 *   (`1.234.567`).
 * - decimal-point evidence: a dot followed by 1–2 or 4+ digits (`3.5`), a comma-grouped
 *   integer with a dot part (`1,234.5`), several comma groups (`1,234,567`).
 * - leaning: `1,234` (more likely thousands than three decimals) leans decimal-point;
 *   `1.234` leans decimal-comma. Alone they prove nothing and leave the default
 *   (decimal point); they only weigh against a few odd cells (`12,5` among `1,234`s).
 */
const COMMA_EVIDENCE = [/^\d+,(?:\d{1,2}|\d{4,})$/, /^\d{1,3}(?:\.\d{3})+,\d+$/, /^\d{1,3}(?:\.\d{3}){2,}$/];
const POINT_EVIDENCE = [/^\d+\.(?:\d{1,2}|\d{4,})$/, /^\d{1,3}(?:,\d{3})+\.\d+$/, /^\d{1,3}(?:,\d{3}){2,}$/];

const LEANS_POINT = /^\d{1,3},\d{3}$/;
const LEANS_COMMA = /^\d{1,3}\.\d{3}$/;

export function detectDecimalComma(samples: readonly string[]): boolean {
  let commaVotes = 0;
  let leanComma = 0;
  let leanPoint = 0;
  for (const sample of samples) {
    const body = sample.replace(/[^\d.,]/g, '');
    if (POINT_EVIDENCE.some((re) => re.test(body))) return false;
    if (COMMA_EVIDENCE.some((re) => re.test(body))) commaVotes++;
    else if (/,.*,/.test(body) && !/\./.test(body)) return false;
    else if (LEANS_POINT.test(body)) leanPoint++;
    else if (LEANS_COMMA.test(body)) leanComma++;
  }
  return commaVotes > 0 && commaVotes + leanComma > leanPoint;
}
