/**
 * A lift test entered with values, as the Models step sends it (issue 12, item 7): the
 * saved answer moves toward the measured revenue by the test's interval, and the report's
 * marketing-mix section says what was measured and how far the channel's ROAS moved.
 * Needs the built workers (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import type { JobEvent } from '@shared/api.js';
import type { MmmParamsInput } from '@shared/analyses/index.js';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';
import type { MmmAnalysis } from '../analysis/mmm.js';

const { dir, services, call } = testServices('roi-mmm-lift-');
const project = `${dir}/p.roi`;
type Fitted = Extract<MmmAnalysis, { status: 'fitted' }>;

async function run(params: MmmParamsInput): Promise<Fitted> {
  const events: JobEvent[] = [];
  const off = services.onJobEvent((e) => events.push(e));
  const { jobId } = await call('analysis.run', { project, kind: 'mmm', params });
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => events.some((e) => e.jobId === jobId && e.type !== 'progress') && (clearInterval(timer), resolve()), 50);
  });
  off();
  const latest = await call('analysis.latest', { project, kind: 'mmm' });
  return latest!.result as unknown as Fitted;
}

describe('a lift test entered with values', () => {
  it('moves the answer toward what it measured, and the report says by how much', async () => {
    await importFile({ project, file: 'test/fixtures/mmm-robyn/dt_simulated_weekly.csv', kind: 'weekly' });
    const plain = await run({});
    const tv = plain.channels.findIndex((c) => c.channel === 'TV');
    // Twelve weeks in which a test measured twice what the model gives TV, ±10 %.
    const period = plain.decomposition.channels[tv].slice(100, 112).reduce((a, b) => a + b, 0);
    const measured = Math.round(2 * period);
    const liftTest = { channel: 'TV', from: plain.weeks[100], to: plain.weeks[111], incrementalRevenue: measured, low: Math.round(measured * 0.9), high: Math.round(measured * 1.1) };
    const calibrated = await run({ liftTests: [liftTest] });

    expect(calibrated.params.liftTests).toEqual([liftTest]);
    const effect = calibrated.calibration!.find((c) => c.channel === 'TV')!;
    expect(effect.measured).toBe(measured);
    expect(effect.roasWithout).toBeCloseTo(plain.channels[tv].roas, 6);
    expect(effect.roasWith).toBe(calibrated.channels[tv].roas);
    // Toward the measurement: the test weeks' contribution gets closer, and ROAS rises with it.
    expect(Math.abs(effect.periodContributionWith - measured)).toBeLessThan(0.5 * Math.abs(effect.periodContributionWithout - measured));
    expect(effect.roasWith).toBeGreaterThan(effect.roasWithout);

    const two = (x: number) => x.toFixed(2);
    const en = (await call('report.preview', { project, lang: 'en', sections: ['mmm'] })).html;
    expect(en).toContain(`calibrating moved ROAS ${two(effect.roasWithout)} → ${two(effect.roasWith)}`);
    expect(en).toContain(`measured ¥${measured.toLocaleString('en-US')}`);
    const zh = (await call('report.preview', { project, lang: 'zh-CN', sections: ['mmm'] })).html;
    expect(zh).toContain(`校准使 ROAS 从 ${two(effect.roasWithout)} 变为 ${two(effect.roasWith)}`);
  }, 120_000);
});
