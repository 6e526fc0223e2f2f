/** Small helpers shared by CLI commands: required flags, numbers, and number formatting. */
import { AppError } from '@shared/errors.js';
import { isFigure, moneyDigits } from '@shared/figures.js';

type Values = Record<string, string | boolean | string[] | undefined>;

export function requireProject(values: Values, usage: string): string {
  const project = values.project;
  if (typeof project !== 'string' || !project) throw new AppError('error.flagRequired', { flag: 'project', usage });
  return project;
}

export function positiveNumber(values: Values, flag: string): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new AppError('error.flagNotPositive', { flag, value: String(raw) });
  return n;
}

export function numberIn(values: Values, flag: string, min: number, max: number): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new AppError('error.flagOutOfRange', { flag, min, max, value: String(raw) });
  return n;
}

/** A `--from`/`--to` style date flag: 2025-01-31, a real day, or undefined when not given. */
export function dateFlag(values: Values, flag: string): string | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const text = String(raw);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) throw new AppError('error.flagNotDate', { flag, value: text });
  return text;
}

/** Undefined figures print as an em dash, never NaN or Infinity. */
export const fmtNumber = (x: number | null | undefined, digits = 0): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** Money by the screens' and the report's rule (src-shared/figures.ts): whole from 100 up and for whole amounts. */
export const fmtMoney = (x: number | null | undefined): string => fmtNumber(x, isFigure(x) ? moneyDigits(x) : 0);
export const fmtRatio = (x: number | null | undefined): string => fmtNumber(x, 2);
