import { describe, expect, it } from 'vitest';
import { triangulate } from './mmm-triangulation.js';

describe('marketing mix beside attribution', () => {
  const mmm = [
    { channel: 'Search', roas: 0.6, low: 0.3, high: 0.9 },
    { channel: 'Douyin', roas: 2, low: 1.5, high: 2.8 },
    { channel: 'WeChat', roas: 1.2, low: 0.8, high: 1.6 },
    { channel: 'Email', roas: 3, low: 1, high: 5 },
  ];
  const attribution = {
    last: [
      { channel: 'Search', roas: 4.1 },
      { channel: 'Douyin', roas: 0.7 },
      { channel: 'WeChat', roas: 1.4 },
    ],
    markov: [
      { channel: 'Search', roas: 2.5 },
      { channel: 'Douyin', roas: null },
      { channel: 'WeChat', roas: 1.1 },
    ],
  };

  it('reads the preferred model with a figure, and says which way each channel parts', () => {
    const rows = triangulate(mmm, attribution, ['markov', 'last']);
    expect(rows.map((r) => [r.channel, r.model, r.verdict])).toEqual([
      ['Search', 'markov', 'attributionHigher'],
      ['Douyin', 'last', 'attributionLower'],
      ['WeChat', 'markov', 'agree'],
      ['Email', null, 'noAttribution'],
    ]);
    expect(rows[0].attribution).toEqual({ last: 4.1, markov: 2.5 });
  });
});
