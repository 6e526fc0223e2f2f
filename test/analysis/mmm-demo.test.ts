/**
 * The marketing-mix model on the demo project, checked against the demo's own truth
 * (truth.mmm, src-main/demo/brand-revenue.ts): the demo's weekly sheet is what the model
 * reads, every channel's spend and every week's revenue arrive intact, the gate says
 * "directional only" because every channel follows one festival calendar (as the demo's
 * README says it should), and the total revenue media brought — the part such data does
 * determine — is close to the truth.
 */
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';

const { project, truth } = buildDemo();

interface MmmJson {
  weeks: number;
  channels: { channel: string; spend: number; contribution: number; roas: number; roasLow: number; roasHigh: number; verdict: string }[];
  gate: { verdict: string; reasons: { code: string; channel?: string; other?: string }[] };
  decomposition: { week: string; actual: number }[];
}

describe('marketing-mix model on the demo', () => {
  const r = runJson<MmmJson>(['mmm', '--project', project]);

  it('reads the demo’s weekly sheet: its weeks, revenue and each channel’s spend', () => {
    expect(r.weeks).toBe(truth.mmm.weekStarts.length);
    expect(r.decomposition.map((w) => w.week)).toEqual(truth.mmm.weekStarts);
    r.decomposition.forEach((w, t) => expect(w.actual).toBeCloseTo(truth.mmm.weeklyRevenue[t], 2));
    expect(r.channels.map((c) => c.channel).sort()).toEqual(truth.mmm.channels.map((c) => c.en).sort());
    for (const c of r.channels) expect(c.spend).toBeCloseTo(truth.mmm.channels.find((x) => x.en === c.channel)!.spend, 1);
  });

  // Every channel follows one festival calendar (correlations 0.96–0.99), so the data measure
  // only the channels' total; each channel's own ROAS is the priors' guess. The intervals
  // used to keep the priors fixed and came out narrow around that guess: Email 0.90
  // (0.86–1.05) against a true 2.0, Baidu 1.01 (0.73–1.37) against 0.3.
  it('gives every channel an interval that holds its true ROAS, though the channels cannot be told apart', () => {
    for (const c of r.channels) {
      const truthRoas = truth.mmm.channels.find((x) => x.en === c.channel)!.roas;
      expect({ channel: c.channel, inside: c.roasLow <= truthRoas && truthRoas <= c.roasHigh }).toEqual({ channel: c.channel, inside: true });
      // Its interval reaches zero because the split is unknown, not because it earns nothing.
      expect(c.verdict).toBe('notSeparable');
    }
    // What they do return together is measured, and said.
    const together = r.gate.reasons.find((x) => x.code === 'measuredTogether') as unknown as { roas: number; roasLow: number; roasHigh: number };
    const spend = truth.mmm.channels.reduce((s, c) => s + c.spend, 0);
    const jointTruth = truth.mmm.channels.reduce((s, c) => s + c.contribution, 0) / spend;
    expect(Math.abs(together.roas / jointTruth - 1)).toBeLessThan(0.2);
    expect(together.roasLow).toBeGreaterThan(0);
    // Its interval holds the truth (0.83): from 200 replicates the 5th percentile was 0.833,
    // a Monte Carlo error of ±0.016; the 1,000 the model now draws give 0.815.
    expect(together.roasLow).toBeLessThanOrEqual(jointTruth);
    expect(together.roasHigh).toBeGreaterThanOrEqual(jointTruth);
    // Far narrower than any one channel's: the total is what such data can tell.
    for (const c of r.channels) expect(together.roasHigh - together.roasLow).toBeLessThan((c.roasHigh - c.roasLow) / 3);
    expect(r.gate.reasons.some((x) => x.code === 'noDetectableEffect')).toBe(false);
  });

  it('says directional only, naming the channels that move together, and gets their total right', () => {
    expect(r.gate.verdict).toBe('directionalOnly');
    expect(r.gate.reasons.filter((x) => x.code === 'correlatedSpend').length).toBeGreaterThan(10);
    const modelled = r.channels.reduce((s, c) => s + c.contribution, 0);
    const actual = truth.mmm.channels.reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(modelled / actual - 1)).toBeLessThan(0.2);
    const text = runCli(['mmm', '--project', project, '--lang', 'zh-CN']).stdout;
    expect(text).toMatch(/仅供参考方向/);
    // No channel earns back its next yuan: the split keeps money back, and says so plainly (not "−4,427 more than now").
    expect(text).toMatch(/这个分配每周少花 [\d,]+（每周花费 [\d,]+）。渠道每周少带来 [\d,]+ 收入（90% 区间 [\d,]+ 至 [\d,]+），少于省下的钱，所以收入减花费每周提高 [\d,]+。/);
    expect(text).not.toMatch(/比当前分配多 −/);
    // One sentence for the group, not one per pair.
    expect(text.match(/同涨同落/g)).toHaveLength(1);
    // The budget split says its moves among channels it cannot tell apart are a guess.
    expect(text).toMatch(/抖音、微信、小红书、百度、淘宝、邮件、Google Ads、Meta 无法区分（花费总是一起变化）：本分配在它们之间挪动预算只是模型的推测/);
  });
});
