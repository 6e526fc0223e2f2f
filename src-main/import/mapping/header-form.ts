/**
 * Headers compared the way a person reads them: case, width, spaces, punctuation and
 * camelCase do not matter (`Campaign name`, `campaign_name`, `campaignName`, `ＣＡＭＰＡＩＧＮ
 * ＮＡＭＥ` are one header), and a bracketed unit or note is optional (`Amount spent
 * (USD)`, `消耗(元)`, `Clicks (all)`).
 */
export interface HeaderForm {
  /** Letters and digits only, lower-case (`amountspentusd`). */
  compact: string;
  /** The same without bracketed parts (`amountspent`). */
  bare: string;
  /** Words of the bracket-free text (`['amount', 'spent']`); a Chinese run is one word. */
  tokens: string[];
  /** Lower-cased NFKC text, for marker checks. */
  lower: string;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g;

export function headerForm(header: string): HeaderForm {
  const lower = header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  const bareText = lower.replace(BRACKETED, ' ');
  return {
    compact: lower.replace(NOT_WORD, ''),
    bare: bareText.replace(NOT_WORD, ''),
    tokens: bareText.split(NOT_WORD).filter((t) => t !== ''),
    lower,
  };
}

/** True when `needle` occurs in `hay` as a run of whole words. */
export function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
