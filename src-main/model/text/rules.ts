/**
 * The word lists behind the rules (negation, degree, contrast), in one place. The English
 * ones follow VADER's rules (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text", ICWSM 2014), written here from the paper's
 * description; the Chinese ones are their counterparts.
 */

/** Multiplier of a negated word (VADER's N_SCALAR): flips and dampens. */
export const NEGATION_SCALAR = -0.74;
/** A negator reaches this many words ahead, within its clause (VADER looks 3 words back). */
export const NEGATION_REACH = 3;
/** A degree word reaches this many words ahead, within its clause. */
export const DEGREE_REACH = 2;
/** Before and after a contrast word in the same sentence (VADER's "but" rule). */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
/** An ALL-CAPS English word among lower-case text is emphasised (VADER: +0.733 on ~2.5). */
export const CAPS_EMPHASIS = 1.3;
/** Each "!" (up to 3) raises its clause by this share. */
export const EXCLAMATION_STEP = 0.12;

export const NEGATORS: ReadonlySet<string> = new Set([
  // zh
  '不', '没', '没有', '别', '无', '未', '非', '不是', '并不', '并没有', '从不', '从没', '绝不', '毫不', '不用', '不必', '不会', '不能', '没什么', '木有', '不太', '不怎么', '不大',
  // 都/也 + 不/没 ("一点都不好吃", "也没有问题"): the segmenter keeps them as one word
  '都不', '也不', '都没', '也没', '都没有', '也没有', '一点也不', '一点都不',
  // en (words ending in n't are negators too)
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'nowhere', 'without', 'cannot', 'hardly', 'barely', 'rarely', 'seldom', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'aint', 'arent', 'werent', 'havent', 'hasnt', 'hadnt',
]);

/** A word the segmenter glued onto 不/没 ("很不", "太不", "还没"): a negator too, or 很不好吃 reads as praise. */
const GLUED_NEGATION = /^\p{Script=Han}{1,2}[不没]$/u;

/** Called for every word near every other word: the cheap tests first. */
export function isNegator(word: string): boolean {
  if (NEGATORS.has(word) || word.endsWith("n't")) return true;
  const last = word.charCodeAt(word.length - 1);
  return (last === 0x4e0d || last === 0x6ca1) && GLUED_NEGATION.test(word); // 不, 没
}

/** Degree words and their multipliers on the next sentiment word. */
export const DEGREE: ReadonlyMap<string, number> = new Map([
  // zh: strong, moderate, weak
  ...['非常', '特别', '极其', '极', '超级', '超', '十分', '相当', '太', '最', '极度', '格外', '尤其', '巨', '贼', '真的', '实在'].map((w) => [w, 1.5] as const),
  ...['很', '挺', '真', '蛮', '更', '越来越', '比较', '较', '还挺'].map((w) => [w, 1.25] as const),
  ...['有点', '有些', '有一点', '稍微', '稍', '略', '略微'].map((w) => [w, 0.6] as const),
  // en
  ...['extremely', 'absolutely', 'incredibly', 'totally', 'completely', 'utterly', 'super', 'so', 'most', 'highly', 'hugely', 'exceptionally', 'truly', 'really', 'thoroughly', 'amazingly'].map((w) => [w, 1.5] as const),
  ...['very', 'quite', 'pretty', 'especially', 'more', 'too', 'fairly', 'particularly', 'such'].map((w) => [w, 1.25] as const),
  ...['slightly', 'somewhat', 'barely', 'little', 'marginally', 'partly', 'kinda', 'sorta', 'less', 'occasionally'].map((w) => [w, 0.6] as const),
]);

/** A word that acts through the rules (negation, degree, contrast, concession). */
export function isRuleWord(word: string): boolean {
  return isNegator(word) || DEGREE.has(word) || CONTRAST.has(word) || CONCESSIVE.has(word);
}

/** Words that turn a sentence: what follows weighs more than what precedes. */
export const CONTRAST: ReadonlySet<string> = new Set(['但是', '但', '可是', '不过', '然而', '只是', '可惜', 'but', 'however', 'though']);
/** Words that open a conceded clause ("although A, B"): that clause weighs less. */
export const CONCESSIVE: ReadonlySet<string> = new Set(['虽然', '虽', '尽管', '虽说', 'although', 'despite']);

/**
 * Emoji valences on VADER's −4…+4 scale: the common ones in reviews (VADER itself reads
 * emoji through their descriptions; this table is the short version of that idea).
 */
export const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map([
  ...['😀', '😃', '😄', '😁', '😊', '☺', '🙂', '😆', '😋', '😎', '🤩', '🥳', '😌', '💯', '✨', '🌟', '⭐', '🎉', '💪', '🙏', '😇', '🤗', '💕', '💖', '💗', '💓', '💞', '😘', '👌', '✅'].map((e) => [e, 2] as const),
  ...['😍', '🥰', '❤', '❤️', '♥', '👍', '👏', '🔥', '😻'].map((e) => [e, 2.7] as const),
  ...['😐', '😑', '🤔', '😶'].map((e) => [e, 0] as const),
  ...['😕', '🙁', '☹', '😒', '😞', '😔', '😟', '😩', '😫', '😓', '😪', '😥', '🙄', '😬', '😰', '😨'].map((e) => [e, -1.8] as const),
  ...['😠', '😡', '🤬', '👎', '💔', '😢', '😭', '🤮', '🤢', '😤', '💩', '❌', '😱', '😖', '😣'].map((e) => [e, -2.6] as const),
]);
