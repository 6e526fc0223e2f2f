import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const words = (text: string, vocabulary?: string[]) =>
  tokenize(text, vocabulary && { words: new Set(vocabulary), maxLength: Math.max(...vocabulary.map((w) => w.length)) }).tokens.map((t) => t.word);

describe('tokenize', () => {
  it('segments Chinese with ICU when the model has no vocabulary', () => {
    expect(words('物流很快，质量不错')).toEqual(['物流', '很快', '质量', '不错']);
  });

  it('matches the longest vocabulary word, single characters otherwise', () => {
    expect(words('物流很快，质量不错', ['物流', '很快', '质量', '不错', '质量不'])).toEqual(['物流', '很快', '质量不', '错']);
    expect(words('火锅很辣', ['火锅'])).toEqual(['火锅', '很', '辣']);
  });

  it('looks one word ahead, so a degree word is not glued to the start of an opinion word', () => {
    // Plain forward matching reads 很难/吃 ("very difficult", "eat") and 很不/好吃.
    expect(words('这个很难吃', ['这个', '很难', '难吃'])).toEqual(['这个', '很', '难吃']);
    expect(words('很不好吃', ['很不', '不好吃', '好吃'])).toEqual(['很', '不好吃']);
    // Other ties keep the longer first word.
    expect(words('质量好吃', ['质量', '量好', '好吃'])).toEqual(['质量', '好吃']);
    expect(words('物流快', ['物流', '流快'])).toEqual(['物流', '快']);
  });

  it('keeps English words with apostrophes, emoji, clauses and sentences alike in both segmenters', () => {
    for (const vocabulary of [undefined, ['但是']]) {
      const t = tokenize("Didn't like it, but 👍! 但是好", vocabulary && { words: new Set(vocabulary), maxLength: 2 });
      expect(t.tokens.map((x) => [x.word, x.clause])).toEqual([["didn't", 0], ['like', 0], ['it', 0], ['but', 1], ['👍', 1], ['但是', 2], ['好', 2]]);
      expect(t.exclamations[1]).toBe(1);
    }
  });
});
