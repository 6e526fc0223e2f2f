/**
 * Property-based fuzzing of the value parsers (issue 10, deliver 7): whatever a cell
 * holds, typing never throws, a number is finite and within the stated magnitude, a date
 * is a real ISO date, and the fast paths agree with the general ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleType } from '@shared/kinds.js';
import { fuzzRuns, fuzzSeed } from '../../../test/helpers/fuzz-runs.js';
import { MAX_NUMBER_MAGNITUDE } from '../limits.js';
import { makeCellTyper, parseNumber, plainDecimalBytes, plainDecimalValue } from './index.js';

const params = (sample: number) => ({ numRuns: fuzzRuns(sample), seed: fuzzSeed() });

/** Cells as exports write them: digits, separators, currency, magnitudes, dates, CJK, noise. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.,-+ eE%¥$€万亿kK元/年月日:T年-'.split('')), maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.double().map(String),
  fc.integer().map(String),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('cell typers under fuzzing', () => {
  const types: RoleType[] = ['number', 'integer', 'date', 'datetime', 'text', 'channel', 'event'];

  it('never throw, and return only well-formed values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.array(cellText, { maxLength: 5 }), cellText, (type, samples, raw) => {
        const typed = makeCellTyper(type, samples)(raw);
        if (!typed.ok) {
          expect(typeof typed.code).toBe('string');
          return;
        }
        const v = typed.value;
        if (v === null) return;
        if (type === 'number' || type === 'integer') {
          expect(typeof v).toBe('number');
          expect(Number.isFinite(v as number)).toBe(true);
          expect(Math.abs(v as number)).toBeLessThanOrEqual(MAX_NUMBER_MAGNITUDE);
          if (type === 'integer') expect(Number.isInteger(v)).toBe(true);
        } else if (type === 'date') {
          const m = ISO_DATE.exec(String(v));
          expect(m, String(v)).not.toBeNull();
          expect(isRealDate(Number(m![1]), Number(m![2]), Number(m![3]))).toBe(true);
        } else if (type === 'datetime') {
          const m = ISO_DATETIME.exec(String(v)) ?? ISO_DATE.exec(String(v));
          expect(m, String(v)).not.toBeNull();
        } else if (type === 'event') {
          expect(['touch', 'conversion']).toContain(v);
        } else {
          expect(typeof v).toBe('string');
        }
      }),
      params(400),
    );
  });

  it('read back every number written plainly, with thousands separators or a currency sign', () => {
    const typer = makeCellTyper('number', []);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('plain', 'grouped', 'yuan', 'dollar'), (whole, cents, style) => {
        const value = whole + Math.sign(whole || 1) * cents / 100;
        const text = Math.abs(value).toFixed(2);
        const [int, frac] = text.split('.');
        const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const sign = value < 0 ? '-' : '';
        const raw = { plain: `${sign}${text}`, grouped: `${sign}${grouped}.${frac}`, yuan: `${sign}¥${grouped}.${frac}`, dollar: `${sign}$${text}` }[style];
        const typed = typer(raw);
        expect(typed, raw).toEqual({ ok: true, value: Number(`${sign}${text}`) || 0 });
      }),
      params(400),
    );
  });

  it('refuse every number past the magnitude limit, never store it', () => {
    const typer = makeCellTyper('number', []);
    fc.assert(
      fc.property(fc.double({ min: MAX_NUMBER_MAGNITUDE * 1.0000001, noNaN: true }), fc.boolean(), (n, negative) => {
        const raw = String(negative ? -n : n);
        const typed = typer(raw);
        expect(typed.ok, raw).toBe(false);
      }),
      params(300),
    );
  });

  it('read back every real calendar day written in ISO, slashes or Chinese', () => {
    const typer = makeCellTyper('date', []);
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2089, 11, 31)), noInvalidDate: true }), fc.constantFrom('iso', 'slash', 'zh'), (date, style) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const d = date.getUTCDate();
        const raw = { iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, slash: `${y}/${m}/${d}`, zh: `${y}年${m}月${d}日` }[style];
        expect(typer(raw), raw).toEqual({ ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` });
      }),
      params(400),
    );
  });
});

describe('fast number paths', () => {
  it('agree with Number() wherever they answer, from strings and from bytes alike', () => {
    const plain = fc.oneof(
      fc.stringMatching(/^-?\d{1,18}(\.\d{1,18})?$/),
      fc.string({ unit: fc.constantFrom(...'0123456789.-+ e'.split('')), maxLength: 20 }),
    );
    fc.assert(
      fc.property(plain, fc.boolean(), (raw, integersOnly) => {
        const fast = plainDecimalValue(raw, integersOnly);
        const bytes = Buffer.from(`x${raw}y`, 'latin1');
        const fromBytes = plainDecimalBytes(bytes, 1, bytes.length - 1, integersOnly);
        expect(Object.is(fast, fromBytes) || (Number.isNaN(fast) && Number.isNaN(fromBytes)), raw).toBe(true);
        if (!Number.isNaN(fast)) {
          expect(fast === Number(raw), raw).toBe(true); // −0 and 0 alike: stored values have no −0
          if (integersOnly) expect(raw.includes('.'), raw).toBe(false);
        }
        const parsed = parseNumber(raw);
        if (!Number.isNaN(fast) && Number.isFinite(Number(raw))) expect(parsed === Number(raw), raw).toBe(true);
      }),
      params(800),
    );
  });
});
