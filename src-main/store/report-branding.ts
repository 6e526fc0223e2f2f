/** The report's branding, remembered per project (one project file per client). */
import type { Database } from 'better-sqlite3';
import { NO_BRANDING } from '@shared/report-branding.js';
import type { ReportBranding } from '@shared/report-branding.js';
import { getMeta, setMeta } from './meta.js';

const KEY = 'report.branding';

export function getBranding(db: Database): ReportBranding {
  const text = getMeta(db, KEY);
  if (!text) return NO_BRANDING;
  try {
    const stored = JSON.parse(text) as Partial<ReportBranding>;
    return { title: stored.title ?? '', client: stored.client ?? '', logo: stored.logo ?? null };
  } catch {
    return NO_BRANDING; // a damaged entry costs the branding, never the report
  }
}

export function setBranding(db: Database, branding: ReportBranding): void {
  setMeta(db, KEY, JSON.stringify(branding));
}
