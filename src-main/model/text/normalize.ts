/**
 * Text clean-up before a review is read: HTML removed, widths unified, Traditional
 * characters mapped to Simplified, and very long texts cut to a bounded prefix (the
 * analysis of one review must not grow with a pasted 100k-character essay).
 */

/** Characters of a review that are analysed; the rest is ignored and the review flagged. */
export const MAX_ANALYSED_CHARS = 4000;
/** HTML is stripped from at most this many leading characters (tags shrink the text). */
const MAX_RAW_CHARS = MAX_ANALYSED_CHARS * 4;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
};
const BLOCK_CONTENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;
const BREAK_TAG = /<(br|\/p|\/div|\/li|p|div|li)\b[^<>]*>/gi;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

export interface NormalizedText {
  text: string;
  truncated: boolean;
  htmlStripped: boolean;
  traditional: boolean;
}

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/** Removes tags (script/style with their content) and decodes entities; says whether it changed anything. */
export function stripHtml(text: string): { text: string; stripped: boolean } {
  if (!/[<&]/.test(text)) return { text, stripped: false };
  const out = text
    .replace(BLOCK_CONTENT, ' ')
    .replace(BREAK_TAG, '\n')
    .replace(TAG, ' ')
    .replace(ENTITY, decodeEntity);
  return { text: out, stripped: out !== text };
}

const mapPatterns = new WeakMap<object, RegExp>();

/** One character class of every mapped character, built once per map. */
function patternOf(map: Readonly<Record<string, string>>): RegExp {
  let pattern = mapPatterns.get(map);
  if (pattern === undefined) {
    const chars = Object.keys(map).map((c) => c.replace(/[\\\]^-]/g, '\\$&'));
    pattern = chars.length > 0 ? new RegExp(`[${chars.join('')}]`, 'gu') : /(?!)/gu;
    mapPatterns.set(map, pattern);
  }
  return pattern;
}

/** Maps each Traditional character to its Simplified form (character by character, OpenCC's table). */
export function toSimplified(text: string, map: Readonly<Record<string, string>>): { text: string; changed: boolean } {
  const pattern = patternOf(map);
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return { text, changed: false };
  pattern.lastIndex = 0;
  return { text: text.replace(pattern, (ch) => map[ch] ?? ch), changed: true };
}

/** Cuts to `limit` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) <= 0xdbff ? limit - 1 : limit;
  return text.slice(0, end);
}

export function normalizeReviewText(raw: string, traditionalToSimplified: Readonly<Record<string, string>>): NormalizedText {
  const head = cut(raw, MAX_RAW_CHARS);
  const html = stripHtml(head);
  const wide = html.text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const text = cut(wide, MAX_ANALYSED_CHARS);
  const simple = toSimplified(text, traditionalToSimplified);
  return {
    text: simple.text,
    truncated: head.length < raw.length || text.length < wide.length,
    htmlStripped: html.stripped,
    traditional: simple.changed,
  };
}
