/** How the CLI talks: localised text on a terminal, one JSON document with --json. */
import { translate } from '@shared/i18n/index.js';
import type { Lang, MessageKey } from '@shared/i18n/index.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { JobProgress } from '@shared/jobs.js';
import { describeError } from '@shared/i18n/describe-error.js';
import { reportPhaseText } from '@shared/i18n/phase.js';

export interface Output {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A table column's heading, as the report names it (report.col.<key>: 渠道, Channel). */
  col(key: string): string;
  line(text?: string): void;
  /** A note for the person waiting, on stderr: stdout stays the result (and valid JSON with --json). */
  note(text: string): void;
  json(value: unknown): void;
  error(info: ErrorInfo): void;
  progress(): ((p: JobProgress) => void) | undefined;
  endProgress(): void;
  /** `--progress`: progress as plain lines when stderr is not a terminal (logs, scripts). */
  showProgressLines(): void;
}

export function makeOutput(lang: Lang, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Output {
  let barShown = false;
  let progressLines = false;
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    col: (key) => translate(lang, `report.col.${key}` as MessageKey),
    line: (text = '') => void stdout.write(`${text}\n`),
    note: (text) => void stderr.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    error: (info) => void stderr.write(`roi-studio: ${describeError(lang, info)}\n`),
    /** A progress bar on stderr on a terminal; elsewhere nothing, or lines with --progress. */
    progress() {
      if (!stderr.isTTY) return progressLines ? lineProgress(lang, stderr) : undefined;
      return (p) => {
        barShown = true;
        const width = 30;
        const f = p.fraction ?? 0;
        const full = Math.round(f * width);
        const count = p.count !== undefined ? `  ${p.count.toLocaleString(lang)}` : '';
        const phase = reportPhaseText(p.phase, (key, params) => translate(lang, key, params));
        stderr.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(f * 100).toFixed(0).padStart(3)}% ${phase}${count}   `);
      };
    },
    endProgress() {
      if (barShown) stderr.write('\r\x1b[K');
      barShown = false;
    },
    showProgressLines() {
      progressLines = true;
    },
  };
}

/** One line per 5 % step or change of phase: `35% reading 350,000`. */
function lineProgress(lang: Lang, stderr: NodeJS.WriteStream): (p: JobProgress) => void {
  let last = '';
  return (p) => {
    const percent = Math.floor((p.fraction ?? 0) * 20) * 5;
    const phase = reportPhaseText(p.phase, (key, params) => translate(lang, key, params));
    const step = `${percent} ${phase}`;
    if (step === last) return;
    last = step;
    stderr.write(`${percent}% ${phase}${p.count !== undefined ? ` ${p.count.toLocaleString(lang)}` : ''}\n`);
  };
}

/** Left-aligned columns for terminal tables (CJK characters count as two cells). */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uFFEE]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c] - width(cell))).join('  ').trimEnd()).join('\n');
}
