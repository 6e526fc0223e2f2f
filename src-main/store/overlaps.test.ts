/**
 * A project whose datasets overlapped before imports checked for it (every shared day
 * counts twice) is flagged: on the dashboard and in the report's data-quality appendix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers/cli.js';
import { buildDashboard } from '../analysis/dashboard.js';
import { gatherReportContents } from '../report/contents.js';
import { makeFormatter } from '../report/format.js';
import { qualityBody } from '../report/html/sections-overview.js';
import { datasetsTable, overlapsTable } from '../report/tables-overview.js';
import { openProject } from './project.js';
import { storedOverlaps } from './overlaps.js';

const dir = tempDir();

function projectWithSpend(name: string): string {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, 'date,channel,campaign,spend\n2025-01-01,Meta,a,10\n2025-01-02,Meta,a,20\n2025-01-03,Meta,,30\n');
  const project = join(dir, `${name}.roi`);
  const r = runCli(['import', file, '--project', project]);
  if (r.code !== 0) throw new Error(r.stderr);
  return project;
}

/** What an import before overlap checks left behind: a second dataset repeating two of the days. */
function addOldOverlappingImport(project: string): void {
  const db = openProject(project);
  try {
    db.exec(`INSERT INTO datasets (kind, file_name, sha256, format, encoding, mapping, imported_at, rows_read, rows_imported, rows_rejected, duplicates_removed, quality)
             VALUES ('spend','spend-again.csv','x','csv','UTF-8','{}','2025-02-01T00:00:00Z',3,3,0,0,'{"headers":[],"columns":[],"unmappedHeaders":[],"issuesByCode":{},"dateOrders":{},"seconds":0}')`);
    db.exec(`INSERT INTO spend (dataset_id, row, date, channel, campaign, spend) VALUES (2, 2, '2025-01-02', 'Meta', 'a', 20), (2, 3, '2025-01-03', 'Meta', NULL, 30), (2, 4, '2025-01-04', 'Meta', 'a', 40)`);
  } finally {
    db.close();
  }
}

describe('overlaps already stored', () => {
  it('are found through the natural key (a NULL campaign matches a NULL campaign), with their days and money', () => {
    const project = projectWithSpend('old');
    addOldOverlappingImport(project);
    const db = openProject(project);
    try {
      expect(storedOverlaps(db)).toEqual([{ kind: 'spend', rows: 4, from: '2025-01-02', to: '2025-01-03', money: 100, datasets: [1, 2] }]);
      expect(buildDashboard(db).overlaps).toHaveLength(1);
      const m = gatherReportContents(db, project, { sections: ['quality'] });
      for (const lang of ['en', 'zh-CN'] as const) {
        const f = makeFormatter(lang);
        const table = overlapsTable(m, f)!;
        expect(table.rows).toEqual([[f.t('ui.kind.spend'), f.list(['old.csv', 'spend-again.csv']), 4, '2025-01-02 – 2025-01-03', 100]]);
        expect(datasetsTable(m, f).marked).toEqual([true, true]);
        expect(qualityBody(m, f)).toContain(f.t('report.quality.overlaps'));
      }
    } finally {
      db.close();
    }
  });

  it('are not claimed where datasets do not share a key', () => {
    const project = projectWithSpend('clean');
    const db = openProject(project);
    try {
      expect(storedOverlaps(db)).toEqual([]);
      expect(buildDashboard(db).overlaps).toEqual([]);
      expect(overlapsTable(gatherReportContents(db, project, { sections: ['quality'] }), makeFormatter('en'))).toBeNull();
    } finally {
      db.close();
    }
  });
});
