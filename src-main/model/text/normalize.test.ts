import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, normalizeReviewText, stripHtml, toSimplified } from './normalize.js';

describe('normalizeReviewText', () => {
  it('strips tags, scripts and entities and says so', () => {
    const r = stripHtml('<p>很好&amp;便宜</p><script>alert("差")</script><br/>&#22909;&#x597D;');
    expect(r.stripped).toBe(true);
    expect(r.text).not.toContain('<');
    expect(r.text).not.toContain('差');
    expect(r.text).toContain('很好&便宜');
    expect(r.text).toContain('好好');
    expect(stripHtml('no tags here').stripped).toBe(false);
  });

  it('maps Traditional characters to Simplified', () => {
    expect(toSimplified('東西還不錯', { 東: '东', 還: '还', 錯: '错' })).toEqual({ text: '东西还不错', changed: true });
    expect(toSimplified('东西', { 東: '东' }).changed).toBe(false);
  });

  it('cuts a 100k-character review to a bounded prefix and flags it', () => {
    const long = '很好'.repeat(50_000);
    const r = normalizeReviewText(long, {});
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(normalizeReviewText('很好', {}).truncated).toBe(false);
  });

  it('never splits a surrogate pair (emoji) at the cut', () => {
    const r = normalizeReviewText('a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀'.repeat(10), {});
    expect(r.text.endsWith('\ud83d')).toBe(false);
  });
});
