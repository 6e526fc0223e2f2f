import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { tokenize } from './tokenize.js';

const lang = (text: string): string => detectLanguage(tokenize(text));

describe('detectLanguage', () => {
  it('tells Chinese, English and mixed reviews apart', () => {
    expect(lang('物流很快，包装很精致')).toBe('zh');
    expect(lang('买的iPhone很好用')).toBe('zh');
    expect(lang('Fast shipping, arrived in two days')).toBe('en');
    expect(lang('质量很好 the quality is great and shipping was fast')).toBe('mixed');
  });

  it('labels other languages unknown instead of guessing', () => {
    expect(lang('Très bon produit, livraison rapide et je suis content')).toBe('unknown');
    expect(lang('Muy bueno, me encanta el producto')).toBe('unknown');
    expect(lang('とても美味しいです、また買います')).toBe('unknown');
    expect(lang('정말 좋아요 배송도 빨라요')).toBe('unknown');
    expect(lang('Отличный товар, быстрая доставка')).toBe('unknown');
  });

  it('says none for texts without words', () => {
    expect(lang('')).toBe('none');
    expect(lang('😀😀👍')).toBe('none');
    expect(lang('！！！。。。???')).toBe('none');
  });
});
