/**
 * Funnel and cohorts in the report (issue 16, item 4): without a funnel run of the user's,
 * the report orders the events the funnel vocabulary knows; with fewer than two it says
 * what to do instead of inventing steps; a run the user saved is what the report uses.
 * Needs the built parse worker (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { openProject } from '../store/project.js';
import { saveAnalysis } from '../store/analyses.js';
import { runFunnel } from '../analysis/funnel.js';
import { defaultFunnelSteps, ensureFunnel } from './analysis-runs.js';
import { previewReport } from './build.js';
import { tempDir } from '../../test/helpers/cli.js';

const dir = tempDir('roi-report-journeys-');

async function project(name: string, events: string[]): Promise<string> {
  const file = join(dir, `${name}.csv`);
  const rows = events.flatMap((event, i) => [`c${i % 3},2025-03-0${1 + (i % 5)} 10:0${i % 10}:00,Douyin,${event}`]);
  writeFileSync(file, `customer_id,timestamp,channel,event\n${rows.join('\n')}\n`);
  const roi = join(dir, `${name}.roi`);
  await importFile({ project: roi, file, kind: 'touchpoints' });
  return roi;
}

describe('the report’s funnel', () => {
  it('orders the known events by funnel stage, the most common spelling of each', async () => {
    const roi = await project('known', ['purchase', 'click', 'Impression', 'newsletter', 'impression', 'Impression', 'click', '点击']);
    const db = openProject(roi);
    try {
      // 点击 and click are one stage: the commoner spelling stands for it; newsletter has no stage.
      expect(defaultFunnelSteps(db)).toEqual(['Impression', 'click', 'purchase']);
    } finally {
      db.close();
    }
  });

  it('says how to choose steps when the events fit no funnel, and uses the user’s run once there is one', async () => {
    const roi = await project('unknown', ['newsletter', 'webinar', 'newsletter', 'demo call']);
    const skipped = previewReport({ project: roi, lang: 'en', sections: ['funnel'] });
    expect(skipped.skipped).toEqual([{ section: 'funnel', reason: expect.stringContaining('choose the steps in the Models step') }]);
    const db = openProject(roi);
    try {
      const params = { steps: ['newsletter', 'webinar'], windowDays: 30 };
      saveAnalysis(db, 'funnel', params, runFunnel(db, params));
      const outcome = ensureFunnel(db);
      expect('run' in outcome && outcome.run.params.steps).toEqual(['newsletter', 'webinar']);
    } finally {
      db.close();
    }
    const report = previewReport({ project: roi, lang: 'en', sections: ['funnel'] });
    expect(report.skipped).toEqual([]);
    expect(report.html).toContain('steps newsletter → webinar');
  });
});
