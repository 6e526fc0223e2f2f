import { describe, expect, it } from 'vitest';
import { API_NAMES } from '@shared/api.js';
import type { HandlerMap } from './registry.js';
import { combineHandlers, dispatch } from './registry.js';

const fake = (): HandlerMap =>
  Object.fromEntries(API_NAMES.map((n) => [n, (input: unknown) => ({ echoed: n, input })])) as unknown as HandlerMap;

describe('service registry', () => {
  it('rejects a handler registered twice and a missing handler', () => {
    const all = fake();
    expect(() => combineHandlers(all, { 'app.info': all['app.info'] })).toThrow(/registered twice: app.info/);
    const { 'overview.spend': _dropped, ...rest } = all;
    expect(() => combineHandlers(rest)).toThrow(/missing: overview.spend/);
  });

  it('validates inputs at the boundary and answers with envelopes', async () => {
    const handlers = combineHandlers(fake());
    expect(await dispatch(handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
    const bad = await dispatch(handlers, 'dataset.rows', { project: 'p.roi', datasetId: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
    expect(JSON.stringify(bad)).toMatch(/datasetId/);
    expect(await dispatch(handlers, 'import.start', { project: 'p.roi', file: 'x.csv', kind: 'sales', mapping: {} })).toMatchObject({ ok: false });
    // defaults are applied before the handler sees the input
    expect(await dispatch(handlers, 'dataset.rows', { project: 'p.roi', datasetId: 3 })).toEqual({
      ok: true,
      value: { echoed: 'dataset.rows', input: { project: 'p.roi', datasetId: 3, offset: 0, limit: 200 } },
    });
  });

  it('turns a thrown error into an error value', async () => {
    const handlers = combineHandlers({
      ...fake(),
      'app.info': () => {
        throw new Error('boom');
      },
    });
    expect(await dispatch(handlers, 'app.info', {})).toEqual({ ok: false, error: { code: 'error.unexpected', params: { detail: 'boom' } } });
  });
});
