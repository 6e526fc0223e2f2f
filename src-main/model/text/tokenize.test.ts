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

  it('keeps English words with apostrophes, emoji, clauses and sentences alike in both segmenters', () => {
    for (const vocabulary of [undefined, ['但是']]) {
      const t = tokenize("Didn't like it, but 👍! 但是好", vocabulary && { words: new Set(vocabulary), maxLength: 2 });
      expect(t.tokens.map((x) => [x.word, x.clause])).toEqual([["didn't", 0], ['like', 0], ['it', 0], ['but', 1], ['👍', 1], ['但是', 2], ['好', 2]]);
      expect(t.exclamations[1]).toBe(1);
    }
  });
});
