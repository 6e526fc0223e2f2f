/**
 * plotly.js, loaded once for every chart. Its 3.5 MB of script hold the main thread for most
 * of a second while they are evaluated: loaded by the first chart, that second fell on the
 * moment the first result appeared (ui-no-freeze measured 0.8–1.3 s), so the app loads it
 * ahead, when the page is idle (App.svelte, idle-preload.ts).
 */
import type PlotlyApi from 'plotly.js-dist-min';
import { ZH_CN_LOCALE } from './plotly-theme.js';

let loading: Promise<typeof PlotlyApi> | null = null;

export function loadPlotly(): Promise<typeof PlotlyApi> {
  loading ??= import('plotly.js-dist-min').then((module) => {
    module.default.register(ZH_CN_LOCALE);
    return module.default;
  });
  return loading;
}
