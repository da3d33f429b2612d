import type { Kysely } from 'kysely';
import { IN_SUPPORT_STATE, RELEASED_STATE, SERVING_STATE } from '../../../src-shared/codes';
import { addYears } from '../../../src-shared/dates';
import type { RegisterDef } from '../../../src-shared/registers';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';

// Which live records of a register can still owe something: the rows the reminder loading reads. Each register with
// deadlines of its own names its scope in its row of registers/behaviour.ts; these are the scopes.

export function liveRecords(db: Kysely<LedgerDatabase>, def: RegisterDef) {
  return db.selectFrom(def.table as RegisterTableName).where('deleted_at', 'is', null);
}

export type SubjectQuery = ReturnType<typeof liveRecords>;

/** Narrows a register's live records to those that can owe something on `today`. */
export type NarrowSubjects = (subjects: SubjectQuery, today: string) => SubjectQuery;

/**
 * How far back a record can still owe something. A case's 司法确认 notice and 回访 fall weeks after its agreement; the
 * 安置帮教 hand-over and 入帮评估 within weeks of the term's end. Older records would only repeat the same years-old
 * overdue items, and reading ten years of them made 首页 take seconds (npm run bench).
 */
const CASE_HORIZON_YEARS = 2;
const RELEASED_HORIZON_YEARS = 1;

/**
 * People under correction have deadlines; those released at the end of the term only their 安置帮教 ones, for a year.
 * Spelled so that SQLite reads them through the index of 状态 (an OR of the two would read every person).
 */
export const peopleInCare: NarrowSubjects = (subjects, today) => {
  const releasedSince = addYears(today, -RELEASED_HORIZON_YEARS);
  return subjects
    .where('state', 'in', [SERVING_STATE, RELEASED_STATE])
    .where((eb) => eb.or([eb('state', '=', SERVING_STATE), eb('end_date', '>=', releasedSince)]));
};

/** Cases accepted in the last two years. */
export const recentCases: NarrowSubjects = (subjects, today) =>
  subjects.where('accept_date', '>=', addYears(today, -CASE_HORIZON_YEARS));

/** 安置帮教对象 still being helped (在帮); a person released from it, early or at the end, owes nothing more. */
export const peopleInSupport: NarrowSubjects = (subjects) => subjects.where('state', '=', IN_SUPPORT_STATE);
