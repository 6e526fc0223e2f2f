/** Column widths of the rows view: headers keep room for their sort arrow, long ids give way so every header fits the window. */
import { describe, expect, it } from 'vitest';
import { ARROW_WIDTH, fitColumnWidth, fitColumnsInto, headerWidth } from './column-width.js';

describe('column widths', () => {
  it('leaves room for the sort arrow after a header', () => {
    // "revenue": 7 units × 7.2 px, the arrow (24 px) and 26 px padding; its values are narrower.
    expect(fitColumnWidth('revenue', ['12'])).toBe(Math.round(7 * 7.2 + 24 + 26));
  });

  it('narrows only the id columns, widest first, down to a floor, until the table fits', () => {
    // row, order id, customer id (an id 600 px wide), date, revenue: 960 px in a 760 px card.
    expect(fitColumnsInto([60, 120, 600, 120, 60], [false, true, true, false, false], 760)).toEqual([60, 120, 400, 120, 60]);
    // Not enough to give: the ids stop at the floor; the others never narrow.
    expect(fitColumnsInto([60, 300, 600, 120], [false, true, true, false], 400)).toEqual([60, 180, 180, 120]);
    // Fits already, or the width is not known yet: unchanged.
    expect(fitColumnsInto([60, 600], [false, true], 900)).toEqual([60, 600]);
    expect(fitColumnsInto([60, 600], [false, true], 0)).toEqual([60, 600]);
  });
});

describe('a header that may wrap', () => {
  const measure = (text: string) => text.length * 7;
  it('needs its widest word, or half of a long label with its arrow on two lines', () => {
    expect(headerWidth('Impressions', measure)).toBe(77);
    expect(headerWidth('Channel in the file', measure)).toBe(Math.ceil((19 * 7 + ARROW_WIDTH) / 2 + 8));
    // CJK breaks between characters.
    expect(headerWidth('文件中的渠道', measure)).toBe(Math.ceil((6 * 7 + ARROW_WIDTH) / 2 + 8));
  });
});

describe('columns with floors of their own', () => {
  it('narrow the widest first, each down to its own floor, figures (false) never', () => {
    // row, date, campaign (a name, floor 96), customer id (floor 180), spend: 1000 px into 700.
    expect(fitColumnsInto([60, 100, 300, 440, 100], [false, false, 96, 180, false], 700)).toEqual([60, 100, 220, 220, 100]);
    expect(fitColumnsInto([60, 100, 300, 440, 100], [false, false, 96, 180, false], 400)).toEqual([60, 100, 96, 180, 100]);
  });
});
