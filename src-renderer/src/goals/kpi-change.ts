/**
 * How a KPI's change against the previous period reads. Rates (ROI, repeat rate) change
 * in percentage points — ROI 211.8 % → 424 % is "+212.2 pp", not "+100.1 %", a relative
 * change of a percentage that reads as if ROI had gone up by a hundred points (issue 14
 * finding 10). Other measures change relatively ("+12.3%").
 */
import { formatChange, type MeasureUnit } from './measures.js';

type NumberFormat = (value: number, digits?: number) => string;

export function formatKpiChange(
  unit: MeasureUnit,
  kpi: { value: number | null; previous: number | null; change: number | null },
  number: NumberFormat,
  points: (signedAmount: string) => string,
): string {
  if (unit !== 'percent') return formatChange(kpi.change, number);
  if (kpi.value === null || kpi.previous === null || !Number.isFinite(kpi.value) || !Number.isFinite(kpi.previous)) return '—';
  const diff = (kpi.value - kpi.previous) * 100;
  const amount = number(Math.abs(diff), 1);
  return points(diff > 0 ? `+${amount}` : diff < 0 ? `−${amount}` : amount);
}

/** The direction of the change, for its arrow and colour: the difference for rates. */
export function kpiChangeSign(unit: MeasureUnit, kpi: { value: number | null; previous: number | null; change: number | null }): number | null {
  if (unit !== 'percent') return kpi.change;
  if (kpi.value === null || kpi.previous === null) return null;
  return kpi.value - kpi.previous;
}
