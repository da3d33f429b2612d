import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addDays, todayIso } from '../../src-shared/dates';
import { registerDef, type RecordData, type RegisterDef, type RegisterKey } from '../../src-shared/registers';
import { isDeepStrictEqual } from 'node:util';
import { DATABASE_FILE, openLedger } from '../../src-main/core/db/open';
import { LATEST_VERSION } from '../../src-main/core/db/migrations';
import type { RegisterRow } from '../../src-main/core/db/schema';
import { formatCaseNumber } from '../../src-main/core/registers/caseNumber';
import { supportColumns } from '../../src-main/core/registers/supportColumns';
import { childRows, searchText, toColumns } from '../../src-main/core/registers/codec';
import { parseRecord } from '../../src-main/core/registers/repository';
import { searchGrams, searchTableOf } from '../../src-main/core/registers/searchIndex';
import { personName, TOWNS, VILLAGES } from './people';
import { Random } from './random';
import { syntheticRecord, type RecordContext } from './records';

// Builds a synthetic office ledger fast (prepared statements, big transactions) but with exactly the rows the app
// writes: each record passes the app's own parseRecord, and its columns, search_text, grams and child rows come from
// the same functions the repository uses. Built ledgers are cached per seed, size and schema version.

export type LedgerSize = 'office' | 'county';

/** Ten years of a busy 司法所 (the office size of npm run bench); the county is fifteen such offices in one database. */
export const OFFICE_COUNTS: Record<RegisterKey, number> = {
  disputeScreening: 100_000,
  petition: 60_000,
  mediationCase: 50_000,
  legalAid: 30_000,
  legalPublicity: 20_000,
  studyMeeting: 10_000,
  typicalCase: 5_000,
  mediator: 2_000,
  correctionSubject: 5_000,
  // 安置帮教: a township has dozens to a few hundred people in their 3 or 5 years at a time; ten years' worth.
  resettlement: 1_000,
  // Not one of the 七簿二册: the 工作信息 the county wants, two or more a month.
  workInfo: 300,
};
const COUNTY_FACTOR = 5;
const COUNTY_OFFICES = 15;
/** Bump when the generated data changes, so cached ledgers are rebuilt. */
const GENERATOR_VERSION = 4;
const YEARS = 10;
const BATCH = 5_000;
/** Page cache of the generating process (KiB); it never measures anything. */
const BULK_CACHE_KB = 1_000_000;
/**
 * The app's own validation is slow for a bulk load, so every 50th record proves the generator writes its normal form.
 */
const CHECK_EVERY = 50;

export const CACHE_DIR = path.resolve(import.meta.dirname, '..', '.cache');

export function countsFor(size: LedgerSize, scale = 1): Record<RegisterKey, number> {
  const factor = (size === 'county' ? COUNTY_FACTOR : 1) * scale;
  return Object.fromEntries(
    Object.entries(OFFICE_COUNTS).map(([k, n]) => [k, Math.max(1, Math.round(n * factor))]),
  ) as Record<RegisterKey, number>;
}

/** The cached ledger file for this seed and size, generated first if missing. `scale` shrinks it for tests. */
export function syntheticLedger(
  size: LedgerSize,
  seed: number,
  options: { scale?: number; dir?: string; log?: (line: string) => void } = {},
): string {
  const scale = options.scale ?? 1;
  const dir =
    options.dir ?? path.join(CACHE_DIR, `${size}-seed${seed}-x${scale}-v${LATEST_VERSION}-g${GENERATOR_VERSION}`);
  const file = path.join(dir, DATABASE_FILE);
  const done = path.join(dir, 'complete');
  if (fs.existsSync(done)) return file;
  fs.rmSync(dir, { recursive: true, force: true });
  // The app creates the schema, so the generated file is a ledger the app itself would open without migrating.
  openLedger(dir).sqlite.close();
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('synchronous = OFF');
    // A bulk load: a large page cache, and the secondary indexes built once at the end rather than row by row.
    sqlite.pragma(`cache_size = -${BULK_CACHE_KB}`);
    const indexes = sqlite
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const index of indexes) sqlite.exec(`DROP INDEX ${index.name}`);
    fill(sqlite, size, seed, scale, options.log ?? (() => {}));
    const started = Date.now();
    for (const index of indexes) sqlite.exec(index.sql);
    options.log?.(`  索引: ${indexes.length} 个, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    sqlite.close();
  }
  fs.writeFileSync(done, new Date().toISOString());
  return file;
}

function fill(
  sqlite: Database.Database,
  size: LedgerSize,
  seed: number,
  scale: number,
  log: (line: string) => void,
): void {
  const rng = new Random(seed);
  const offices = size === 'county' ? COUNTY_OFFICES : 1;
  const committee = sqlite.prepare(
    'INSERT INTO committee (name, short_name, kind, active, sort) VALUES (?, ?, ?, 1, ?)',
  );
  const committeeIds: number[] = [];
  sqlite.transaction(() => {
    for (let o = 0; o < offices; o++) {
      const t = TOWNS[o]!;
      committeeIds.push(
        Number(committee.run(`${t}人民调解委员会`, t.slice(0, 2), '乡镇调委会', committeeIds.length).lastInsertRowid),
      );
      for (const v of VILLAGES.slice(0, 10)) {
        committeeIds.push(
          Number(
            committee.run(`${v}人民调解委员会`, t.slice(0, 2) + v.slice(0, 2), '村调委会', committeeIds.length)
              .lastInsertRowid,
          ),
        );
      }
    }
    const staff = sqlite.prepare('INSERT INTO staff (name, position, active, sort) VALUES (?, ?, 1, ?)');
    for (let i = 0; i < 6 * offices; i++) staff.run(personName(rng), i % 6 === 0 ? '所长' : '科员', i);
  })();
  const ctx: Omit<RecordContext, 'date'> = {
    committeeIds,
    staff: (sqlite.prepare('SELECT name FROM staff').all() as { name: string }[]).map((s) => s.name),
    mediators: Array.from({ length: 40 * offices }, () => personName(rng)),
  };
  const last = addDays(todayIso(), -45);
  const first = addDays(last, -365 * YEARS);
  for (const [register, count] of Object.entries(countsFor(size, scale)) as [RegisterKey, number][]) {
    const started = Date.now();
    insertRegister(sqlite, register, count, rng, (i) => ({
      ...ctx,
      date: addDays(first, Math.floor((i * 365 * YEARS) / count)),
    }));
    log(`  ${registerDef(register).title}: ${count} 条, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function insertRegister(
  sqlite: Database.Database,
  register: RegisterKey,
  count: number,
  rng: Random,
  context: (i: number) => RecordContext,
): void {
  const def = registerDef(register);
  const statements = new Map<string, Database.Statement>();
  const insertRow = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      statements.set(key, statement);
    }
    return Number(statement.run(row).lastInsertRowid);
  };
  const index = sqlite.prepare(`INSERT INTO ${searchTableOf(def)} (rowid, grams) VALUES (?, ?)`);
  const caseSeq = new Map<string, number>();
  const shortNames = new Map(
    (sqlite.prepare('SELECT id, short_name FROM committee').all() as { id: number; short_name: string }[]).map((c) => [
      c.id,
      c.short_name,
    ]),
  );
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ctx = context(i);
      const data = syntheticRecord(def, rng, ctx);
      if (i % CHECK_EVERY === 0) checkNormalForm(def, data);
      const generated: RegisterRow = {};
      if (register === 'mediationCase') {
        // As assignCaseNumber numbers them: per committee, per year of 受理日期.
        const committeeId = Number(data['committee_id']);
        const year = Number(String(data['accept_date']).slice(0, 4));
        const seq = (caseSeq.get(`${committeeId}:${year}`) ?? 0) + 1;
        caseSeq.set(`${committeeId}:${year}`, seq);
        Object.assign(generated, {
          case_year: year,
          case_seq: seq,
          case_no: formatCaseNumber(year, shortNames.get(committeeId)!, seq),
        });
      }
      // 帮教期满日期 (and the level of the latest 评估), as every save of the form works them out.
      if (register === 'resettlement') Object.assign(generated, supportColumns(data));
      const text = searchText(def, { ...data, ...generated });
      const stamp = `${ctx.date}T01:30:00.000Z`;
      const id = insertRow(def.table, {
        ...toColumns(def, data),
        ...generated,
        search_text: text,
        created_at: stamp,
        updated_at: stamp,
      });
      index.run(id, searchGrams(text));
      const { entries, parties } = childRows(def, id, data);
      for (const entry of entries) insertRow('record_entry', entry);
      for (const party of parties) insertRow('party', party);
    }
  });
  for (let from = 0; from < count; from += BATCH) batch(from, Math.min(count, from + BATCH));
}

/** The record is exactly what parseRecord (the app's validation and normalisation) makes of it. */
function checkNormalForm(def: RegisterDef, data: RecordData): void {
  const parsed = parseRecord(def, data);
  if (!isDeepStrictEqual(parsed, data)) {
    const differs = Object.keys(parsed).filter((key) => !isDeepStrictEqual(parsed[key], data[key]));
    throw new Error(`${def.title}: generated record differs from the app's normal form in ${differs.join(', ')}`);
  }
}
