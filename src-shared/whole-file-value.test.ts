import { describe, expect, it } from 'vitest';
import { asWholeFile, mayBeWholeFile, wholeFileValue } from './whole-file-value.js';

describe('one value for the whole file', () => {
  const headers = ['Day', 'Cost', '=odd header'];

  it('is written =value and read back, trimmed', () => {
    expect(asWholeFile(' Google Ads ')).toBe('=Google Ads');
    expect(wholeFileValue('=Google Ads', headers)).toBe('Google Ads');
  });

  it('is not a header, nothing, or an empty value', () => {
    expect(wholeFileValue('Cost', headers)).toBeNull();
    expect(wholeFileValue('=odd header', headers)).toBeNull();
    expect(wholeFileValue('=  ', headers)).toBeNull();
    expect(wholeFileValue(undefined, headers)).toBeNull();
  });

  it('fills the channel only', () => {
    expect(mayBeWholeFile('channel')).toBe(true);
    expect(mayBeWholeFile('spend')).toBe(false);
  });
});
