import { describe, expect, it } from 'vitest';
import { KPI_KEYS } from '@shared/dashboard.js';
import { GOAL_TYPES, LOWER_IS_BETTER } from '@shared/goals.js';
import { KPI_ORDER, GOAL_TYPE_ORDER, changeTone, formatChange, formatMeasure, fromInputValue, goalDirection, toInputValue } from './measures.js';

const number = (value: number, digits = 0): string => new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

describe('measures', () => {
  it('cover every goal type and KPI of the contract', () => {
    expect([...GOAL_TYPE_ORDER].sort()).toEqual([...GOAL_TYPES].sort());
    expect([...KPI_ORDER].sort()).toEqual([...KPI_KEYS].sort());
    for (const type of GOAL_TYPES) expect(goalDirection(type) === 'lower').toBe(LOWER_IS_BETTER.has(type));
  });

  it('write each unit as a reader expects, and "—" for what cannot be computed', () => {
    expect(formatMeasure('money', 1234567.891, number)).toBe('1,234,568');
    expect(formatMeasure('money', 12.404, number)).toBe('12.40');
    expect(formatMeasure('percent', 0.2345, number)).toBe('23.5%');
    expect(formatMeasure('multiple', 3.14159, number)).toBe('3.14×');
    expect(formatMeasure('count', 1500, number)).toBe('1,500');
    expect(formatMeasure('money', null, number)).toBe('—');
    expect(formatMeasure('percent', Number.NaN, number)).toBe('—');
    expect(formatMeasure('multiple', Number.POSITIVE_INFINITY, number)).toBe('—');
  });

  it('take shares and ROI in percent and give them back as fractions', () => {
    expect(toInputValue('percent', 0.275)).toBe(27.5);
    expect(fromInputValue('percent', 27.5)).toBeCloseTo(0.275, 12);
    expect(toInputValue('money', 1200)).toBe(1200);
    expect(fromInputValue('multiple', 3)).toBe(3);
  });

  it('sign changes with a true minus and colour CAC the other way round', () => {
    expect(formatChange(0.123, number)).toBe('+12.3%');
    expect(formatChange(-0.04, number)).toBe('−4.0%');
    expect(formatChange(null, number)).toBe('—');
    expect(changeTone('revenue', 0.1)).toBe('better');
    expect(changeTone('revenue', -0.1)).toBe('worse');
    expect(changeTone('cac', 0.1)).toBe('worse');
    expect(changeTone('cac', -0.1)).toBe('better');
    expect(changeTone('spend', 0.5)).toBe('neutral');
    expect(changeTone('roi', null)).toBe('neutral');
  });
});
