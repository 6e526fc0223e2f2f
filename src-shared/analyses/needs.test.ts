import { describe, expect, it } from 'vitest';
import { ANALYSES, autoJourneySource } from './index.js';
import { canRun, meetsNeed } from './needs.js';

const dataset = (kind: 'orders' | 'spend' | 'touchpoints' | 'paths', mapping: Record<string, string>, rowsImported = 10) => ({ kind, rowsImported, mapping });

describe('what an analysis needs', () => {
  it('counts orders as attribution data only when they name their channel', () => {
    const plainOrders = dataset('orders', { customer_id: 'c', date: 'd', revenue: 'r' });
    const sourcedOrders = dataset('orders', { customer_id: 'c', date: 'd', revenue: 'r', channel: '来源渠道' });
    expect(canRun(ANALYSES.attribution, [plainOrders])).toBe(false);
    expect(canRun(ANALYSES.attribution, [plainOrders, sourcedOrders])).toBe(true);
    expect(canRun(ANALYSES.segments, [plainOrders])).toBe(true);
  });

  it('wants rows, not an empty dataset of the kind', () => {
    expect(meetsNeed([dataset('touchpoints', {}, 0)], 'touchpoints')).toBe(false);
    expect(canRun(ANALYSES.funnel, [dataset('touchpoints', {}, 0), dataset('spend', {})])).toBe(false);
    expect(canRun(ANALYSES.mmm, [dataset('spend', {})])).toBe(true);
  });
});

describe('the journeys a default attribution run reads', () => {
  const sourcedOrders = dataset('orders', { customer_id: 'c', date: 'd', revenue: 'r', channel: '来源渠道' });
  it('prefers the touchpoint log, then a paths export, then orders that name their source channel', () => {
    expect(autoJourneySource([sourcedOrders, dataset('paths', {}), dataset('touchpoints', {})])).toBe('touchpoints');
    expect(autoJourneySource([sourcedOrders, dataset('paths', {}), dataset('touchpoints', {}, 0)])).toBe('paths');
    expect(autoJourneySource([dataset('spend', {}), sourcedOrders])).toBe('orders');
  });

  it('has none without journeys or sourced orders', () => {
    expect(autoJourneySource([dataset('spend', {}), dataset('orders', { customer_id: 'c', date: 'd', revenue: 'r' })])).toBeNull();
  });
});
