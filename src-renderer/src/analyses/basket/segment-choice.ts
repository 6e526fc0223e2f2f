/** The RFM segments a basket analysis can be narrowed to: those of the latest segments run that hold customers. */
import type { SegmentsAnalysis } from '../shared/customer-types.js';
import { inLanguage } from '../shared/customer-types.js';

export interface SegmentOption {
  /** What the basket analysis takes (the engine's English id). */
  id: string;
  name: string;
  customers: number;
}

export function segmentOptions(segments: SegmentsAnalysis | null, lang: string): SegmentOption[] {
  if (!segments) return [];
  return segments.rfm.segments.filter((s) => s.customers > 0).map((s) => ({ id: s.segment, name: inLanguage(lang, s.label), customers: s.customers }));
}
