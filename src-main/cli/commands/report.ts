import { extname, resolve } from 'node:path';
import { REPORT_SECTIONS } from '@shared/api.js';
import type { ReportSection } from '@shared/api.js';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import type { Command } from '../command.js';
import { requireProject } from '../args.js';

const USAGE = `report --project p.roi --out report.pdf|report.xlsx [--lang zh-CN|en] [--sections ${REPORT_SECTIONS.join(',')}] [--json]`;

function parseSections(list: string | undefined): ReportSection[] | undefined {
  if (list === undefined) return undefined;
  const sections = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of sections) {
    if (!(REPORT_SECTIONS as readonly string[]).includes(s)) {
      throw new AppError('error.invalidInput', { detail: `--sections: unknown section "${s}" (sections: ${REPORT_SECTIONS.join(', ')})` });
    }
  }
  return sections as ReportSection[];
}

/** `roi-studio report`: the PDF or Excel report of a project; missing analyses run with defaults. */
export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  options: { project: { type: 'string' }, out: { type: 'string' }, sections: { type: 'string' } },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, USAGE);
    const target = values.out;
    if (typeof target !== 'string' || !target) throw new AppError('error.invalidInput', { detail: `--out is required. usage: roi-studio ${USAGE}` });
    const ext = extname(target).toLowerCase();
    if (ext !== '.pdf' && ext !== '.xlsx') throw new AppError('error.invalidInput', { detail: `--out must end in .pdf or .xlsx, got "${target}"` });
    const result = await runJob(
      'report',
      { project: resolve(project), lang, sections: parseSections(values.sections as string | undefined), format: ext === '.pdf' ? 'pdf' : 'xlsx', outFile: resolve(target) },
      { signal, onProgress: out.progress() },
    );
    out.endProgress();
    if (values.json) return out.json(result);
    out.line(`${result.file} (${(result.bytes / 1024).toFixed(0)} KB)`);
    for (const s of result.skipped) out.line(`  ${out.t('report.skippedLine', { section: out.t(`report.section.${s.section}`), reason: s.reason })}`);
  },
};
