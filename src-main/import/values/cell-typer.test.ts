import { describe, it, expect } from 'vitest';
import { makeCellTyper } from './cell-typer.js';
import type { Typed } from './cell-typer.js';

const value = (t: Typed): unknown => (t.ok ? t.value : `!${t.code}`);

describe('makeCellTyper', () => {
  it('types numbers, with placeholders as empty and junk as issues', () => {
    const type = makeCellTyper('number', ['1,200', '3']);
    expect(['', '--', 'N/A', '#N/A', '1234.5', '¥1,200', '12.5%', '1.2万', '(123)', '１２３', '-0'].map((r) => value(type(r)))).toEqual([
      null, null, null, null, 1234.5, 1200, 0.125, 12000, -123, 123, 0,
    ]);
    expect(type('1,2,3')).toEqual({ ok: false, code: 'issue.ambiguousNumber', value: '1,2,3' });
    expect(type('abc')).toEqual({ ok: false, code: 'issue.notANumber', value: 'abc' });
    expect(value(type('1'.repeat(400)))).toBe('!issue.notANumber');
  });

  it('switches a European column to the decimal comma', () => {
    const type = makeCellTyper('number', ['12,50', '1.234,00', '7']);
    expect(['12,50', '1.234', '1.234,5', '7'].map((r) => value(type(r)))).toEqual([12.5, 1234, 1234.5, 7]);
  });

  it('requires whole numbers for integers', () => {
    const type = makeCellTyper('integer', []);
    expect(['3', '1,000', '1.2万', '3.0', '2.5', '-'].map((r) => value(type(r)))).toEqual([3, 1000, 12000, 3, '!issue.notANumber', null]);
  });

  it('reads a date column in the order its samples reveal', () => {
    const dayFirst = makeCellTyper('date', ['03/01/2025', '13/01/2025']);
    const monthFirst = makeCellTyper('date', ['01/03/2025', '01/13/2025']);
    expect(value(dayFirst('03/01/2025'))).toBe('2025-01-03');
    expect(value(monthFirst('03/01/2025'))).toBe('2025-03-01');
    expect(value(monthFirst('2025-01-03'))).toBe('2025-01-03');
    expect(value(dayFirst('2025-02-30'))).toBe('!issue.notADate');
    expect(value(dayFirst('--'))).toBeNull();
    expect(value(dayFirst(''))).toBeNull();
  });

  it('turns Excel serials and times into datetimes', () => {
    const type = makeCellTyper('datetime', ['45658.5']);
    expect(value(type('45658.5'))).toBe('2025-01-01T12:00:00');
    expect(value(type('2025-01-03 14:05'))).toBe('2025-01-03T14:05:00');
    expect(value(type('2025年1月3日'))).toBe('2025-01-03T00:00:00');
  });

  it('keeps text as written, channels canonical, events as touch/conversion', () => {
    expect(value(makeCellTyper('text', [])('N/A'))).toBe('N/A');
    expect(value(makeCellTyper('text', [])(''))).toBeNull();
    const channel = makeCellTyper('channel', []);
    expect(['抖音', 'douyin', '--', 'email  blast'].map((r) => value(channel(r)))).toEqual(['Douyin', 'Douyin', null, 'Email Blast']);
    const event = makeCellTyper('event', []);
    expect(['click', '购买', 'refund', ''].map((r) => value(event(r)))).toEqual(['touch', 'conversion', '!issue.badEvent', null]);
  });

  it('returns the same answer on a cache hit as on the first call', () => {
    const type = makeCellTyper('date', []);
    const first = type('2025年1月3日');
    expect(first).toEqual({ ok: true, value: '2025-01-03' });
    expect(type('2025年1月3日')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('makeCellTyper speed (loose bounds, to catch pathologies only)', () => {
  const N = 1_000_000;
  const timeColumn = (type: Parameters<typeof makeCellTyper>[0], cells: string[]): number => {
    const typer = makeCellTyper(type, cells.slice(0, 1000));
    const start = performance.now();
    let bad = 0;
    for (let i = 0; i < cells.length; i++) if (!typer(cells[i]).ok) bad++;
    const ms = performance.now() - start;
    expect(bad).toBe(0);
    console.log(`${type}: ${cells.length} cells (${cells[0]} …) in ${ms.toFixed(0)} ms`);
    return ms;
  };

  it('types 1M plain numbers', () => {
    const cells = Array.from({ length: N }, (_, i) => (i % 7 === 0 ? String(i) : ((i * 37) % 100000 / 100).toFixed(2)));
    expect(timeColumn('number', cells)).toBeLessThan(2000);
  });

  it('types 1M ISO dates and 1M year/month/day dates', () => {
    const isoDates = Array.from({ length: N }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
    expect(timeColumn('date', isoDates)).toBeLessThan(2000);
    const slashDates = Array.from({ length: N }, (_, i) => `2024/${(i % 12) + 1}/${(i % 28) + 1}`);
    expect(timeColumn('date', slashDates)).toBeLessThan(2000);
  });

  it('types 1M distinct datetimes (the cache cannot help)', () => {
    const cells = Array.from({ length: N }, (_, i) => {
      const s = i % 86400;
      const hh = String(Math.floor(s / 3600)).padStart(2, '0');
      const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
      const ss = String(s % 60).padStart(2, '0');
      return `2024-03-${String((Math.floor(i / 86400) % 28) + 1).padStart(2, '0')} ${hh}:${mm}:${ss}`;
    });
    expect(timeColumn('datetime', cells)).toBeLessThan(2000);
  });

  it('types 1M channel cells', () => {
    const names = ['抖音', 'Baidu', 'wechat', 'Email Blast', '小红书'];
    expect(timeColumn('channel', Array.from({ length: N }, (_, i) => names[i % names.length]))).toBeLessThan(2000);
  });
});

describe('number magnitudes', () => {
  it('refuse numbers past 10^15 with their own reason, plain or decorated (two spends of 1e308 made a total infinite)', () => {
    const typer = makeCellTyper('number', []);
    for (const raw of ['1e308', '1E16', '-2e15', '10000000000000000', '¥1,000,000,000,000,001', '20000000亿', 'Infinity']) {
      const typed = typer(raw);
      expect(typed.ok, raw).toBe(false);
      if (!typed.ok && raw !== 'Infinity') expect(typed.code, raw).toBe('issue.tooLarge');
    }
    expect(typer('1000000000000000')).toEqual({ ok: true, value: 1e15 });
    expect(typer('-1e15')).toEqual({ ok: true, value: -1e15 });
  });
});
