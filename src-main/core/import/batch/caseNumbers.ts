import type { Kysely } from 'kysely';
import { viewOf, type RecordData } from '../../../../src-shared/registers';
import { int, text } from '../../../../src-shared/registers/read';
import type { LedgerDatabase, RegisterRow } from '../../db/schema';
import { formatCaseNumber } from '../../registers/caseNumber';

// 卷号 of imported cases. A case with its own 卷号 keeps it; one without gets the next number of its committee and year,
// in order of 受理日期, after every number already used (in the ledger, deleted cases included, and in the file), as
// registers/caseNumber.ts numbers a typed case. The plan is worked out whole before anything is written, so the
// preview shows the numbers the import will give and the import gives them whatever order it writes in.

type Db = Kysely<LedgerDatabase>;

export interface CaseToNumber {
  line: number;
  data: RecordData;
  /** The row's own 卷号, or null. */
  caseNo: string | null;
}

export interface CaseNumberPlan {
  /** The generated columns (case_no, case_year, case_seq) each numbered row's record gets. */
  numbers: Map<number, { caseNo: string; columns: RegisterRow }>;
  /** A row whose 卷号 clashes, in Chinese, naming the 卷号. */
  errors: Map<number, string>;
}

/**
 * The number of a 卷号 written as this app writes the series' (（2019）东人调字第12号, brackets of either width, spaces
 * ignored), or null for a 卷号 of any other form, year or committee.
 */
function numberInSeries(caseNo: string, year: number, shortName: string): number | null {
  const plain = caseNo.replace(/\s+/g, '').replace('(', '（').replace(')', '）');
  const seq = Number(/第(\d+)号$/.exec(plain)?.[1] ?? NaN);
  return Number.isInteger(seq) && seq > 0 && plain === formatCaseNumber(year, shortName, seq) ? seq : null;
}

/** Committee and year: the numbering a 卷号 belongs to. */
const seriesOf = (committee: number, year: number) => `${committee}/${year}`;

interface Series {
  committee: number;
  year: number;
  /** Numbers used in the ledger, by 卷号. */
  used: Map<number, string>;
}

export async function planCaseNumbers(db: Db, cases: readonly CaseToNumber[]): Promise<CaseNumberPlan> {
  const plan: CaseNumberPlan = { numbers: new Map(), errors: new Map() };
  const shortNames = new Map(
    (await db.selectFrom('committee').select(['id', 'short_name']).execute()).map((c) => [c.id, c.short_name]),
  );
  const rows = cases.flatMap((c) => {
    const d = viewOf('mediationCase', c.data);
    const committee = int(d, 'committee_id');
    const acceptDate = text(d, 'accept_date');
    if (committee === null || acceptDate === null) return [];
    // The series is always the 受理 year's, as registers/caseNumber.ts keeps it: a case saved again keeps its 卷号
    // only while its committee and 受理 year stay those of its series. A 卷号 of another year (accepted at the turn of
    // the year, numbered in the next) keeps its text with a number outside the series' range, like any other form.
    const year = Number(acceptDate.slice(0, 4));
    const short = shortNames.get(committee);
    const givenSeq = c.caseNo === null || short === undefined ? null : numberInSeries(c.caseNo, year, short);
    return [{ ...c, committee, acceptDate, year, givenSeq }];
  });
  const series = await readSeries(db, rows);
  const taken = await takenNumbers(
    db,
    rows.flatMap((r) => (r.caseNo === null ? [] : [r.caseNo])),
  );

  // Rows keeping their own 卷号: refuse one already used, by text or by number, in the ledger or earlier in the file.
  const inFile = new Map<string, number>();
  const seqsInFile = new Map<string, { line: number; caseNo: string }>();
  const last = new Map<string, number>();
  const lowest = new Map<string, number>();
  for (const [key, s] of series) {
    const seqs = [...s.used.keys()];
    last.set(key, Math.max(0, ...seqs));
    lowest.set(key, Math.min(0, ...seqs));
  }
  for (const row of rows) {
    if (row.caseNo === null) continue;
    const key = seriesOf(row.committee, row.year);
    const s = series.get(key)!;
    const sameText = inFile.get(row.caseNo);
    const sameSeq = row.givenSeq === null ? undefined : seqsInFile.get(`${key}/${row.givenSeq}`);
    const usedAs = row.givenSeq === null ? undefined : s.used.get(row.givenSeq);
    const clash =
      taken.get(row.caseNo) ??
      (usedAs !== undefined ? `卷号“${row.caseNo}”与登记簿中已有的“${usedAs}”编号相同` : undefined) ??
      (sameText !== undefined ? `卷号“${row.caseNo}”与第${sameText}行重复` : undefined) ??
      (sameSeq ? `卷号“${row.caseNo}”与第${sameSeq.line}行的“${sameSeq.caseNo}”编号相同` : undefined);
    if (clash) {
      plan.errors.set(row.line, clash);
      continue;
    }
    inFile.set(row.caseNo, row.line);
    let seq = row.givenSeq;
    if (seq === null) {
      // A 卷号 in a form of its own keeps its text; its number stays out of the range the office's numbering hands out.
      seq = (lowest.get(key) ?? 0) - 1;
      lowest.set(key, seq);
    } else {
      seqsInFile.set(`${key}/${seq}`, { line: row.line, caseNo: row.caseNo });
      last.set(key, Math.max(last.get(key) ?? 0, seq));
    }
    plan.numbers.set(row.line, {
      caseNo: row.caseNo,
      columns: { case_no: row.caseNo, case_year: row.year, case_seq: seq },
    });
  }

  // Rows without one: numbered after all of those, in order of 受理日期 (rows of one day in file order).
  const unnumbered = rows
    .filter((r) => r.caseNo === null && shortNames.has(r.committee))
    .sort((a, b) => a.acceptDate.localeCompare(b.acceptDate) || a.line - b.line);
  for (const row of unnumbered) {
    const key = seriesOf(row.committee, row.year);
    const seq = (last.get(key) ?? 0) + 1;
    last.set(key, seq);
    const caseNo = formatCaseNumber(row.year, shortNames.get(row.committee)!, seq);
    plan.numbers.set(row.line, { caseNo, columns: { case_no: caseNo, case_year: row.year, case_seq: seq } });
  }
  return plan;
}

/** The numbers used in each committee and year the rows fall in, deleted cases included (they keep theirs). */
async function readSeries(db: Db, rows: readonly { committee: number; year: number }[]): Promise<Map<string, Series>> {
  const series = new Map<string, Series>();
  for (const { committee, year } of rows) {
    const key = seriesOf(committee, year);
    if (series.has(key)) continue;
    const used = await db
      .selectFrom('mediation_case')
      .select(['case_seq', 'case_no'])
      .where('committee_id', '=', committee)
      .where('case_year', '=', year)
      .execute();
    series.set(key, { committee, year, used: new Map(used.map((u) => [Number(u['case_seq']), String(u['case_no'])])) });
  }
  return series;
}

/** Of the given 卷号, those a case of the ledger already has, each with the sentence refusing it. */
async function takenNumbers(db: Db, caseNos: readonly string[]): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  const unique = [...new Set(caseNos)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const found = await db
      .selectFrom('mediation_case')
      .select(['case_no', 'deleted_at'])
      .where('case_no', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const f of found) {
      const where = f['deleted_at'] === null ? '登记簿中已有这个卷号的案件' : '回收站中已有这个卷号的案件';
      taken.set(String(f['case_no']), `卷号“${String(f['case_no'])}”已被使用：${where}`);
    }
  }
  return taken;
}

/** Values bound in one IN list: well under SQLite's limit of bound parameters. */
export const CHUNK = 500;
