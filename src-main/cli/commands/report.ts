import { extname, resolve } from 'node:path';
import { REPORT_SECTIONS } from '@shared/api.js';
import type { ReportSection } from '@shared/api.js';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import type { Command } from '../command.js';
import { requireProject } from '../args.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { BRANDING_TEXT_MAX, LOGO_MAX_BYTES } from '@shared/report-branding.js';
import type { ReportBranding } from '@shared/report-branding.js';
import { checkLogo } from '../../report/logo.js';
import { openProject } from '../../store/project.js';
import { getBranding, setBranding } from '../../store/report-branding.js';

const USAGE = `report --project p.roi --out report.pdf|report.xlsx [--lang zh-CN|en] [--sections ${REPORT_SECTIONS.join(',')}] [--title text] [--client name] [--logo file.png|file.jpg] [--json]`;

function parseSections(list: string | undefined): ReportSection[] | undefined {
  if (list === undefined) return undefined;
  const sections = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of sections) {
    if (!(REPORT_SECTIONS as readonly string[]).includes(s)) {
      throw new AppError('error.badChoice', { flag: 'sections', choices: REPORT_SECTIONS.join('|'), value: s });
    }
  }
  return sections as ReportSection[];
}

/** `roi-studio report`: the PDF or Excel report of a project; missing analyses run with defaults. */
export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  options: { project: { type: 'string' }, out: { type: 'string' }, sections: { type: 'string' }, title: { type: 'string' }, client: { type: 'string' }, logo: { type: 'string' } },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, USAGE);
    const target = values.out;
    if (typeof target !== 'string' || !target) throw new AppError('error.flagRequired', { flag: 'out', usage: USAGE });
    const ext = extname(target).toLowerCase();
    if (ext !== '.pdf' && ext !== '.xlsx') throw new AppError('error.reportFormat', { value: target });
    const branding = brandingFromFlags(resolve(project), values);
    const result = await runJob(
      'report',
      { project: resolve(project), lang, sections: parseSections(values.sections as string | undefined), format: ext === '.pdf' ? 'pdf' : 'xlsx', outFile: resolve(target), branding: branding ?? undefined },
      { signal, onProgress: out.progress() },
    );
    out.endProgress();
    // Remembered for the next report once this one is written (a failed one changes nothing).
    if (branding) rememberBranding(resolve(project), branding);
    if (values.json) return out.json(result);
    out.line(`${result.file} (${(result.bytes / 1024).toFixed(0)} KB)`);
    for (const s of result.skipped) out.line(`  ${out.t('report.skippedLine', { section: out.t(`report.section.${s.section}`), reason: s.reason })}`);
  },
};

/**
 * The project's remembered branding with the flags given laid over it (an empty value
 * removes that part), or null when no branding flag was given. The logo is checked here,
 * before anything runs.
 */
function brandingFromFlags(project: string, values: Record<string, unknown>): ReportBranding | null {
  const { title, client, logo } = values as { title?: string; client?: string; logo?: string };
  if (title === undefined && client === undefined && logo === undefined) return null;
  for (const [flag, text] of [['title', title], ['client', client]] as const) {
    if (text !== undefined && text.trim().length > BRANDING_TEXT_MAX) throw new AppError('error.flagTooLong', { flag, max: BRANDING_TEXT_MAX });
  }
  const db = openProject(project, { readonly: true });
  const stored = (() => {
    try {
      return getBranding(db);
    } finally {
      db.close();
    }
  })();
  let image = stored.logo;
  if (logo !== undefined) {
    if (logo.trim() === '') image = null;
    else {
      // Refused by its size before it is read: a wrong path to a video is not loaded whole.
      if (!existsSync(logo) || statSync(logo).isDirectory()) throw new AppError('error.fileNotFound', { file: logo });
      const size = statSync(logo).size;
      if (size > LOGO_MAX_BYTES) throw new AppError('error.logoTooLarge', { file: basename(logo), kb: Math.ceil(size / 1024), max: LOGO_MAX_BYTES / 1024 });
      image = checkLogo(readFileSync(logo), basename(logo));
    }
  }
  return { title: title?.trim() ?? stored.title, client: client?.trim() ?? stored.client, logo: image };
}

function rememberBranding(project: string, branding: ReportBranding): void {
  const db = openProject(project);
  try {
    setBranding(db, branding);
  } finally {
    db.close();
  }
}
