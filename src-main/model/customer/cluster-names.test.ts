import { describe, expect, it } from 'vitest';
import { baseClusterName, nameClusters } from './cluster-names.js';

const c = (zRecency: number, zFrequency: number, zMonetary: number) => ({ zRecency, zFrequency, zMonetary });

describe('cluster names', () => {
  it('reads activity and value off the z-scored centroid', () => {
    expect(baseClusterName(c(-1, 1, 1.2))).toEqual({ zh: '高价值活跃', en: 'High-value active' });
    expect(baseClusterName(c(-1, -0.8, -0.2))).toEqual({ zh: '新客', en: 'New' });
    expect(baseClusterName(c(-0.9, 0.3, -0.1))).toEqual({ zh: '潜力活跃', en: 'Promising active' });
    expect(baseClusterName(c(0.2, 0.9, 0.8))).toEqual({ zh: '高价值待唤醒', en: 'High-value cooling' });
    expect(baseClusterName(c(0, 0, 0))).toEqual({ zh: '一般维持', en: 'Steady mid-value' });
    expect(baseClusterName(c(0.1, -1, -0.6))).toEqual({ zh: '低价值偶购', en: 'Low-value occasional' });
    expect(baseClusterName(c(1.2, 0.6, 0.9))).toEqual({ zh: '流失风险', en: 'At risk' });
    expect(baseClusterName(c(1.1, -0.7, -0.9))).toEqual({ zh: '低价值沉睡', en: 'Low-value dormant' });
  });

  it('numbers clusters that share a name by decreasing value', () => {
    const names = nameClusters([c(1.2, -0.5, -0.6), c(-1, 1, 1), c(1.1, -0.9, -1.2)]);
    expect(names.map((n) => n.en)).toEqual(['Low-value dormant 1', 'High-value active', 'Low-value dormant 2']);
    expect(names[2].zh).toBe('低价值沉睡 2');
    expect(new Set(names.map((n) => n.en)).size).toBe(3);
  });
});
