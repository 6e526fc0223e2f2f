/** The `goals` table: what a project aims for, as the goal rules (analysis/goals.ts) read and write it. */
import type { Database } from 'better-sqlite3';
import type { GoalType } from '@shared/goals.js';

export interface GoalRow {
  id: number;
  type: GoalType;
  target: number;
  period_start: string;
  period_end: string;
  budget: number | null;
  note: string;
  created_at: string;
}

/** What a goal is set to; the baseline is the measure of the period before, when it was set. */
export interface GoalFields {
  type: GoalType;
  target: number;
  baseline: number | null;
  periodStart: string;
  periodEnd: string;
  budget: number | null;
  note: string;
}

const COLUMNS = 'id, type, target, period_start, period_end, budget, note, created_at';

export function goalRows(db: Database): GoalRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM goals ORDER BY id`).all() as GoalRow[];
}

export function goalRow(db: Database, id: number): GoalRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM goals WHERE id = ?`).get(id) as GoalRow | undefined;
}

/** The new goal's id. */
export function insertGoal(db: Database, goal: GoalFields, createdAt: string): number {
  const info = db
    .prepare('INSERT INTO goals (type, target, baseline, period_start, period_end, budget, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(goal.type, goal.target, goal.baseline, goal.periodStart, goal.periodEnd, goal.budget, goal.note, createdAt);
  return Number(info.lastInsertRowid);
}

/** False when no goal has this id. */
export function updateGoal(db: Database, id: number, goal: GoalFields): boolean {
  return (
    db
      .prepare('UPDATE goals SET type = ?, target = ?, baseline = ?, period_start = ?, period_end = ?, budget = ?, note = ? WHERE id = ?')
      .run(goal.type, goal.target, goal.baseline, goal.periodStart, goal.periodEnd, goal.budget, goal.note, id).changes > 0
  );
}

export function deleteGoalRow(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM goals WHERE id = ?').run(id).changes > 0;
}
