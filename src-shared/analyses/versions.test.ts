import { describe, expect, it } from 'vitest';
import { upgradeWith } from './versions.js';

describe('reading a saved result of another analysis version', () => {
  const v3 = {
    resultVersion: 3,
    migrations: {
      1: (r: Record<string, unknown>) => ({ ...r, total: r.sum }),
      2: (r: Record<string, unknown>) => ({ ...r, currency: 'CNY' }),
    },
  };

  it('reads the current version as it is', () => {
    expect(upgradeWith(v3, 3, { total: 5 })).toEqual({ ok: true, result: { total: 5 } });
  });

  it('runs every migration from the saved version up to the current one, in order', () => {
    expect(upgradeWith(v3, 1, { sum: 7 })).toEqual({ ok: true, result: { sum: 7, total: 7, currency: 'CNY' } });
    expect(upgradeWith(v3, 2, { total: 7 })).toEqual({ ok: true, result: { total: 7, currency: 'CNY' } });
  });

  it('withholds a result no migration reaches, or one from a newer version', () => {
    expect(upgradeWith({ resultVersion: 2 }, 1, { sum: 7 })).toEqual({ ok: false, version: 1, current: 2 });
    expect(upgradeWith({ resultVersion: 3, migrations: { 2: (r) => r } }, 1, {})).toEqual({ ok: false, version: 1, current: 3 });
    expect(upgradeWith({ resultVersion: 1 }, 2, {})).toEqual({ ok: false, version: 2, current: 1 });
  });
});
