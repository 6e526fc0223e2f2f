import { describe, expect, it } from 'vitest';
import { xmlText } from './xml-bytes.js';
import { XmlTextMemo } from './xml-text-memo.js';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Texts laid out in one buffer, as cells lie in a sheet's XML: [start, end) of each. */
function layout(texts: readonly string[]): { buf: Buffer; spans: [number, number][] } {
  const parts = texts.map((t) => Buffer.from(`<v>${t}</v>`, 'utf8'));
  const spans: [number, number][] = [];
  let at = 0;
  for (const p of parts) {
    spans.push([at + 3, at + p.length - 4]);
    at += p.length;
  }
  return { buf: Buffer.concat(parts), spans };
}

describe('XmlTextMemo', () => {
  it('gives what xmlText gives, for repeats, near misses, entities and texts too long to remember', () => {
    const next = random(11);
    const pool = ['抖音', '微信朋友圈', '双十一大促-第1期', '双十一大促-第2期', '双十一大促-第12期', 'A&amp;B', 'A&B', '&#x4e2d;文', '中文', 'x', '', ' padded ', '𠮷野家', '长'.repeat(30), 'a'.repeat(64), 'a'.repeat(65)];
    // Many distinct texts too, so that slots are taken over and hashes meet.
    for (let i = 0; i < 20_000; i++) pool.push(`c${i % 9000}-${'中'.repeat(i % 5)}`);
    const texts = Array.from({ length: 200_000 }, () => pool[Math.floor(next() ** 3 * pool.length)]);
    const { buf, spans } = layout(texts);
    const memo = new XmlTextMemo();
    for (const [start, end] of spans) expect(memo.text(buf, start, end)).toBe(xmlText(buf, start, end));
  });

  it('rests while texts do not repeat, and still decodes every one of them', () => {
    const texts = Array.from({ length: 100_000 }, (_, i) => `订单-${i}`);
    const { buf, spans } = layout([...texts, ...texts.slice(0, 10_000)]);
    const memo = new XmlTextMemo();
    const out = spans.map(([start, end]) => memo.text(buf, start, end));
    expect(out).toEqual([...texts, ...texts.slice(0, 10_000)]);
  });
});
