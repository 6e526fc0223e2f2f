/**
 * Words that carry no opinion in any shop: function words, pronouns, numbers, and time
 * and quantity words. A user's corrections never teach the model these (adapt.ts): three
 * complaints about "arrived after a week" must not make "a week" a complaint, nor
 * "两个小时" one in a review that says "用了两个小时就到了，很快".
 */
const ZH = (
  '的 了 是 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 这次 那次 一 一个 一下 一点 个 也 都 就 还 又 在 和 跟 与 把 被 给 让 对 从 到 吧 吗 呢 啊 呀 哦 嗯 哈 ' +
  '有 没 要 会 能 可以 说 看 买 用 吃 来 去 上 下 里 时 时候 之后 以后 以前 已经 刚 才 再 次 份 块 件 点 天 周 星期 礼拜 月 年 号 小时 分钟 钟头 半 多 几 ' +
  '今天 昨天 明天 早上 中午 下午 晚上 第一 第二 两 三 四 五 六 七 八 九 十 百 千 万 ' +
  '一天 两天 三天 半天 一周 两周 一个月 半个月 一个星期 一个小时 两个小时 半小时 个小时 一次 每次'
).split(' ');
const EN = (
  'a an the and or of to in on at for with from by as is are was were be been am it its this that these those i me my we our you your he she they them their ' +
  'there here then than so if when after before about into over just also only still even again once do does did done have has had get got go went come came ' +
  'take took taken arrive arrived receive received ' +
  'one two three four five six seven eight nine ten first second day days week weeks month months year years hour hours minute minutes time times today yesterday ' +
  'order ordered item items thing things'
).split(' ');

export const STOP_WORDS: ReadonlySet<string> = new Set([...ZH, ...EN]);

/** A word of no opinion: a stop word, or a number. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || /^[\p{N}.,]+$/u.test(word);
}

/**
 * A word feature of an opinion-free word (u:week, u:小时) or a pair with one ("a week",
 * 一周|差: the pair says no more than its other word, which is weighed on its own).
 */
export function isOpinionFreeFeature(feature: string): boolean {
  if (!feature.startsWith('u:') && !feature.startsWith('b:')) return false;
  return feature.slice(2).split('|').some(isStopWord);
}
