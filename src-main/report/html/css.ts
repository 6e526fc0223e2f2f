/**
 * The print stylesheet of the report: A4, CJK fonts first in Chinese (Latin ones first in
 * English: a CJK font draws ’ and “ ” full width, so "model’s" read "model’ s"), and page breaks that keep
 * headings with what follows and never cut a chart, a row or a short table in two. Page
 * margins are the printer's (they hold the running header and footer).
 */
import { CHART_FONT } from '../charts/svg.js';

export const REPORT_FONT = CHART_FONT;
/** English text in Latin faces; Chinese names in it still fall through to the CJK fonts. */
export const REPORT_FONT_LATIN = `"Liberation Sans","DejaVu Sans",Arial,Helvetica,${CHART_FONT}`;

export const reportFont = (lang: string): string => (lang === 'zh-CN' ? REPORT_FONT : REPORT_FONT_LATIN);

export const REPORT_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { font-family: ${REPORT_FONT}; font-size: 9.5pt; line-height: 1.5; color: #1f2933;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html:lang(en) { font-family: ${REPORT_FONT_LATIN}; }
body { margin: 0; }
h1, h2, h3 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 16pt; color: #0b4f75; margin: 0 0 8pt; padding-bottom: 4pt; border-bottom: 2px solid #0b6fa4; }
h3 { font-size: 11pt; margin: 14pt 0 5pt; color: #1f2933; }
p { margin: 0 0 6pt; }
.muted { color: #6b7785; }
.small { font-size: 8pt; }
section.chapter { break-before: page; page-break-before: always; }
section.chapter.short { break-before: auto; page-break-before: auto; margin-top: 18pt; break-inside: avoid; }
table.narrow { width: 62%; }
table.medium { width: 78%; }
.cover { height: 255mm; display: flex; flex-direction: column; padding-top: 38mm; }
.cover .cover-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 12mm; }
.cover .logo { max-width: 60mm; max-height: 24mm; object-fit: contain; }
.cover .client { font-weight: bold; }
.cover .brand { color: #0b6fa4; font-weight: bold; letter-spacing: 0.08em; font-size: 10pt; }
.cover h1 { font-size: 30pt; margin: 6mm 0 3mm; color: #0b4f75; }
.cover .subtitle { font-size: 13pt; color: #3e4c59; margin-bottom: 16mm; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; font-size: 10.5pt; margin: 0 0 14mm; }
.cover dt { color: #6b7785; }
.cover dd { margin: 0; }
.cover ol { margin: 0; padding-left: 16pt; font-size: 10.5pt; line-height: 1.8; }
.cover .foot { margin-top: auto; font-size: 8pt; color: #6b7785; }
.keep { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 6pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figure.narrow svg { width: 72%; }
figcaption { font-size: 9pt; font-weight: bold; margin-bottom: 3pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.3pt; margin: 0 0 4pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: bold; background: #eef3f7; border-bottom: 1.5px solid #9fb3c8; padding: 3pt 5pt; vertical-align: bottom; }
td { padding: 2pt 5pt; border-bottom: 0.5px solid #d9e2ec; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
tr.marked td { background: #fff6e0; }
.table-note { font-size: 8pt; color: #52606d; margin: 2pt 0 10pt; }
.recs { margin: 0 0 10pt; padding: 0; list-style: none; counter-reset: rec; }
.recs li { counter-increment: rec; position: relative; padding: 6pt 8pt 6pt 30pt; margin-bottom: 5pt; background: #f3f8fb;
  border-left: 3px solid #0b6fa4; break-inside: avoid; page-break-inside: avoid; }
.recs li::before { content: counter(rec); position: absolute; left: 9pt; top: 6pt; font-weight: bold; color: #0b6fa4; }
.skipped { border: 1px dashed #bcccdc; padding: 8pt 10pt; color: #52606d; background: #fafbfc; }
.bar { display: inline-block; width: 44pt; height: 6pt; background: #e3e7ec; border-radius: 3pt; margin-right: 4pt; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #009e73; }
.provenance { font-size: 7.5pt; color: #6b7785; margin-top: 10pt; }
.refs { font-size: 8pt; padding-left: 14pt; }
.refs li { margin-bottom: 3pt; }
`;
