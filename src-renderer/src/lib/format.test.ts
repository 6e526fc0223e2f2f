import { describe, expect, it } from 'vitest';
import { storedTimeText } from './format.js';

describe('a stored time as a reader writes it', () => {
  it('drops zero seconds, and the midnight of an order export’s dates', () => {
    expect(storedTimeText('2025-01-05T10:30:00')).toBe('2025-01-05 10:30');
    expect(storedTimeText('2025-01-05T10:30:07')).toBe('2025-01-05 10:30:07');
    expect(storedTimeText('2025-11-12T00:00:00')).toBe('2025-11-12');
    expect(storedTimeText('2025-11-12T00:00:00.000Z')).toBe('2025-11-12');
    expect(storedTimeText('2025-11-12T00:00:05')).toBe('2025-11-12 00:00:05');
    expect(storedTimeText('2025-11-12T00:00')).toBe('2025-11-12');
  });

  it('leaves any other text as it is', () => {
    for (const text of ['2025-11-12', 'not a time', '2025-01-05 10:30:00', 'T00:00:00', '抖音']) expect(storedTimeText(text)).toBe(text);
  });
});
