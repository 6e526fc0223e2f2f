/**
 * Which header fills which role, proposed from the header names alone (the user confirms
 * or overrides it). Each header fills at most one role; repeated header names count once
 * (the import reads the first column of that name).
 *
 * Assignment is greedy, best score first, in four rounds so that a required role is not
 * lost to an optional one and an exact name is not lost to a partial one:
 *   1. required roles, exact names;  2. optional roles, exact names;
 *   3. required roles, partial names; 4. optional roles, partial names.
 * Within a round, ties go to the role listed first in KIND_ROLES, then the leftmost header.
 */
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import { headerForm } from './header-form.js';
import { matchRole } from './role-score.js';
import { synonymsOf } from './synonyms.js';

export interface AutoMapping {
  mapping: ColumnMapping;
  /** role → 0..1 (1 = an exact, unweighted synonym). */
  confidence: Record<string, number>;
}

interface Candidate {
  role: string;
  roleIndex: number;
  required: boolean;
  header: string;
  headerIndex: number;
  score: number;
  exact: boolean;
}

const ROUNDS: readonly ((c: Candidate) => boolean)[] = [
  (c) => c.required && c.exact,
  (c) => !c.required && c.exact,
  (c) => c.required,
  () => true,
];

export function autoMap(kind: DatasetKind, headers: readonly string[]): AutoMapping {
  const candidates = scoreCandidates(kind, headers);
  const mapping: ColumnMapping = {};
  const confidence: Record<string, number> = {};
  const usedHeaders = new Set<number>();
  for (const inRound of ROUNDS) {
    for (const c of candidates) {
      if (!inRound(c) || c.role in mapping || usedHeaders.has(c.headerIndex)) continue;
      mapping[c.role] = c.header;
      confidence[c.role] = Math.round(c.score * 100) / 100;
      usedHeaders.add(c.headerIndex);
    }
  }
  return { mapping, confidence };
}

/** Every (role, header) pair with a positive score, best first. */
function scoreCandidates(kind: DatasetKind, headers: readonly string[]): Candidate[] {
  const forms = headers.map((h, i) => (h.trim() !== '' && headers.indexOf(h) === i ? headerForm(h) : null));
  const candidates: Candidate[] = [];
  KIND_ROLES[kind].forEach((spec, roleIndex) => {
    const synonyms = synonymsOf(kind, spec.role);
    forms.forEach((form, headerIndex) => {
      if (!form) return;
      const { score, exact } = matchRole(form, synonyms, spec.type);
      if (score > 0) candidates.push({ role: spec.role, roleIndex, required: spec.required, header: headers[headerIndex], headerIndex, score, exact });
    });
  });
  return candidates.sort((a, b) => b.score - a.score || a.roleIndex - b.roleIndex || a.headerIndex - b.headerIndex);
}

/** Required roles of `kind` that `mapping` leaves without a header. */
export function missingRequired(kind: DatasetKind, mapping: ColumnMapping): string[] {
  return KIND_ROLES[kind].filter((spec) => spec.required && !mapping[spec.role]).map((spec) => spec.role);
}
