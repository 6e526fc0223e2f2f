import { describe, expect, it } from 'vitest';
import { toErrorInfo } from './errors.js';

describe('toErrorInfo', () => {
  it('says a locked project is busy with another ROI Studio job, without a blank name', () => {
    expect(toErrorInfo(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toEqual({ code: 'error.projectLocked', params: {} });
  });

  it('turns a vanished file or a folder into their messages, not "ENOENT…"', () => {
    const errno = (code: string, path: string) => Object.assign(new Error(`${code}: no such file or directory, open '${path}'`), { code, path });
    expect(toErrorInfo(errno('ENOENT', '/x/orders.csv'))).toEqual({ code: 'error.fileNotFound', params: { file: '/x/orders.csv' } });
    expect(toErrorInfo(errno('EISDIR', '/x'))).toEqual({ code: 'error.notAFile', params: { file: '/x' } });
  });
});
