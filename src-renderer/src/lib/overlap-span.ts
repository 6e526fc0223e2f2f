/** The days and money of an overlap in the user's words: "2025-01-01 – 2025-01-20 · Spend 4,220". */
import { MONEY_ROLE } from '@shared/datasets.js';
import type { DatasetKind } from '@shared/kinds.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { roleLabel } from '@shared/i18n/role-label.js';

interface Words {
  t: (key: MessageKey) => string;
  number: (value: number, digits?: number) => string;
}

export function overlapSpanText(words: Words, kind: DatasetKind, span: { from: string | null; to: string | null; money: number | null }): string {
  const parts: string[] = [];
  if (span.from && span.to) parts.push(span.from === span.to ? span.from : `${span.from} – ${span.to}`);
  const role = MONEY_ROLE[kind];
  if (role && span.money !== null) parts.push(`${roleLabel(words.t, role)} ${words.number(span.money, 2)}`);
  return parts.join(' · ');
}
