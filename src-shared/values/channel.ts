/**
 * One spelling per marketing channel, so `抖音`, `Douyin` and `巨量引擎` add up in one row
 * of every report.
 *
 * Rule, in order:
 * 1. NFKC (full-width → half-width), whitespace collapsed and trimmed.
 * 2. Google-Analytics `source / medium` pairs: medium `organic` → 'Organic Search',
 *    source `(direct)` → 'Direct', otherwise the source is normalised.
 * 3. Web domains keep their name part (`m.facebook.com` → `facebook`).
 * 4. Known aliases (channel-aliases.ts), compared case-, space- and punctuation-
 *    insensitively; then again without an ad-product ending (`Baidu Ads`, `微博广告`).
 * 5. Chinese text containing a Chinese alias (`淘宝直通车`, `百度信息流`): the alias that
 *    starts the text wins, else the longest contained one.
 * 6. Unknown channels keep their words; ASCII words written all in one case get a
 *    capital first letter (`email  BLAST` and `EMAIL BLAST` → `Email Blast`), mixed-case
 *    words (`iPhone`) are kept as written, Chinese is kept as is.
 */
import { CHANNEL_ALIASES, CHANNEL_SUFFIXES } from './channel-aliases.js';

const compact = (s: string): string => s.toLowerCase().replace(/[\s\-_.·()[\]【】]/g, '');

const ALIAS_TO_CANONICAL = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(CHANNEL_ALIASES)) {
  ALIAS_TO_CANONICAL.set(compact(canonical), canonical);
  for (const alias of aliases) ALIAS_TO_CANONICAL.set(compact(alias), canonical);
}

/** Chinese aliases, longest first, for containment matching. */
const CJK_ALIASES = [...ALIAS_TO_CANONICAL.keys()].filter((k) => /[^\x20-\x7e]/.test(k) && k.length >= 2).sort((a, b) => b.length - a.length);

const DOMAIN = /^(?:(?:www|m|l|lm|mobile)\.)?([a-z0-9-]+)\.(?:com|cn|net|org|com\.cn|co)(?:\/.*)?$/i;
const SOURCE_MEDIUM = /^(.+?)\s+\/\s+(.+)$/;

/** A channel name as written, compared without width or spacing differences (the stored `channel_raw`). */
export function writtenChannel(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function normaliseChannel(raw: string): string {
  let s = /[^\x20-\x7e]/.test(raw) ? raw.normalize('NFKC') : raw;
  s = s.replace(/\s+/g, ' ').trim();
  const pair = SOURCE_MEDIUM.exec(s);
  if (pair) {
    const medium = compact(pair[2]);
    if (medium === 'organic') return 'Organic Search';
    s = pair[1];
  }
  const domain = DOMAIN.exec(s);
  if (domain) s = domain[1];
  return knownChannel(compact(s)) ?? titleCaseAscii(s);
}

function knownChannel(key: string): string | undefined {
  if (key === '') return undefined;
  const exact = ALIAS_TO_CANONICAL.get(key);
  if (exact) return exact;
  for (const suffix of CHANNEL_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const bare = ALIAS_TO_CANONICAL.get(key.slice(0, -suffix.length));
      if (bare) return bare;
    }
  }
  if (!/[^\x20-\x7e]/.test(key)) return undefined;
  const prefix = CJK_ALIASES.find((alias) => key.startsWith(alias));
  const inner = prefix ?? CJK_ALIASES.find((alias) => key.includes(alias));
  return inner && ALIAS_TO_CANONICAL.get(inner);
}

function titleCaseAscii(s: string): string {
  return s.replace(/[A-Za-z][A-Za-z']*/g, (word) => {
    const lower = word.toLowerCase();
    const oneCase = word === lower || word === word.toUpperCase();
    return oneCase ? lower.charAt(0).toUpperCase() + lower.slice(1) : word;
  });
}
