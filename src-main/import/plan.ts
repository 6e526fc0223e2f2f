/**
 * Deciding what a table is before reading it all: its kind (given or detected from the
 * headers) and which header fills each role (automatic, then the user's overrides).
 * Shared by the import and by the wizard's preview, so both say the same thing.
 */
import { AppError } from '@shared/errors.js';
import { DATASET_KINDS, KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import { asWholeFile, mayBeWholeFile, wholeFileValue } from '@shared/whole-file-value.js';
import { autoMap, detectKind, guessPlatform, missingRequired } from './mapping/index.js';

export interface ImportPlan {
  kind: DatasetKind;
  mapping: ColumnMapping;
  /** Role → 0..1; 1 for roles the user mapped by hand. */
  confidence: Record<string, number>;
  missing: string[];
}

const list = (items: readonly string[]): string => items.map((s) => `"${s}"`).join(', ');

export function chooseKind(file: string, headers: readonly string[], kind?: DatasetKind): DatasetKind {
  if (kind) return kind;
  const detected = detectKind(headers);
  if ('kind' in detected) return detected.kind;
  if ('ambiguous' in detected) throw new AppError('error.kindAmbiguous', { file, candidates: detected.ambiguous.join(', ') });
  throw new AppError('error.kindUndetected', { file, found: list(headers), kinds: DATASET_KINDS.join(', ') });
}

/** The plan, without throwing for missing roles (the wizard shows them as gaps to fill). */
export function planMapping(file: string, headers: readonly string[], kind: DatasetKind, overrides: ColumnMapping = {}): ImportPlan {
  const roles = KIND_ROLES[kind].map((s) => s.role);
  for (const [role, header] of Object.entries(overrides)) {
    // The kind as a key, put into the reader's words (广告花费); roles stay ids: they are what --map takes.
    if (!roles.includes(role)) throw new AppError('error.unknownRole', { kind: `ui.kind.${kind}`, role, roles: roles.join(', ') });
    const wholeFile = mayBeWholeFile(role) && wholeFileValue(header, headers) !== null;
    if (header !== '' && !headers.includes(header) && !wholeFile) throw new AppError('error.unknownHeader', { file, header, role, found: list(headers) });
  }
  const auto = autoMap(kind, headers);
  const overridden = new Set(Object.values(overrides));
  const mapping: ColumnMapping = {};
  const confidence: Record<string, number> = {};
  for (const role of roles) {
    if (role in overrides) {
      if (overrides[role] !== '') {
        mapping[role] = overrides[role];
        confidence[role] = 1;
      }
    } else if (auto.mapping[role] && !overridden.has(auto.mapping[role])) {
      mapping[role] = auto.mapping[role];
      confidence[role] = auto.confidence[role] ?? 0;
    }
  }
  // A platform's own spend export has no channel column: every row is that platform's (told by its headers).
  const platform = kind === 'spend' && !mapping.channel && !('channel' in overrides) ? guessPlatform(headers) : null;
  if (platform) {
    mapping.channel = asWholeFile(platform);
    confidence.channel = 0.9;
  }
  return { kind, mapping, confidence, missing: missingRequired(kind, mapping) };
}

/** The plan an import can run with: every required role mapped, or a message saying what is missing. */
export function planImport(file: string, headers: readonly string[], kind?: DatasetKind, overrides?: ColumnMapping): ImportPlan {
  const plan = planMapping(file, headers, chooseKind(file, headers, kind), overrides);
  if (plan.missing.length > 0) {
    throw new AppError('error.missingColumns', { file, kind: `ui.kind.${plan.kind}`, missing: list(plan.missing), found: list(headers) });
  }
  return plan;
}

/** Parses `role=Header` arguments (the header may itself contain `=`). */
export function parseMapArgs(args: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const arg of args) {
    const at = arg.indexOf('=');
    if (at <= 0) throw new AppError('error.badMapArg', { arg });
    mapping[arg.slice(0, at).trim()] = arg.slice(at + 1).trim();
  }
  return mapping;
}
