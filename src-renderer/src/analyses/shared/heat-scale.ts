/**
 * Heatmap colour scales per theme: opaque from the card's own colour to a strong hue, so
 * the cell labels Plotly colours by contrast stay readable in light and in dark.
 */
export type HeatHue = 'blue' | 'green';
type ThemeName = 'light' | 'dark';

const ENDS: Record<ThemeName, Record<HeatHue, [string, string]>> = {
  light: { blue: ['#f3f6fc', '#2563c9'], green: ['#f1f8f4', '#1c7f52'] },
  dark: { blue: ['#232a36', '#5b8fe6'], green: ['#1f2b26', '#3fae7c'] },
};

export function heatScale(theme: ThemeName, hue: HeatHue): [number, string][] {
  const [low, high] = ENDS[theme][hue];
  return [
    [0, low],
    [1, high],
  ];
}
