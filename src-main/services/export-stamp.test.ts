import { describe, expect, it } from 'vitest';
import { exportStamp } from './export-stamp.js';

describe('exportStamp', () => {
  it('reads as a date and time, and numbers exports within one second', () => {
    const last = { stamp: '', count: 0 };
    const at = new Date('2026-12-04T21:54:29.123Z');
    expect(exportStamp(at, last).name).toBe('20261204-215429');
    expect(exportStamp(new Date('2026-12-04T21:54:29.900Z'), last).name).toBe('20261204-215429-2');
    expect(exportStamp(new Date('2026-12-04T21:54:30.001Z'), last).name).toBe('20261204-215430');
  });
});
