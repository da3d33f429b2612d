import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticLedger } from '../../bench/synthetic/ledger';
import { createCore, type Core } from '../../src-main/core';
import { DATABASE_FILE } from '../../src-main/core/db/open';
import { migrations } from '../../src-main/core/db/migrations';
import { nameInitials } from '../../src-main/core/registers/codec';
import { SEARCH_COUNT_CAP } from '../../src-main/core/registers/repository';
import type { RecordPage, RecordRow } from '../../src-shared/handlers';
import { tempDir } from './helpers';
import { invokeAsAdmin } from '../support/session';

// The gram index must never change what the search box finds: on a generated ledger of a few thousand records, every
// query returns exactly the records whose search_text holds it as a substring (the meaning it had as a plain LIKE).

let dir: string;
let core: Core;

beforeAll(() => {
  dir = tempDir();
  syntheticLedger('office', 11, { scale: 0.03, dir });
  core = createCore(dir, { log: () => {} });
}, 120_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type SearchedRegister = 'petition' | 'mediationCase' | 'disputeScreening';

async function list(target: Core, register: SearchedRegister, q: string, page: number, year?: number) {
  const result = await invokeAsAdmin(target, 'registers.list', {
    register,
    q,
    page,
    pageSize: 200,
    ...(year ? { year } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as RecordPage;
}

/** Every page of the search box's result, as ids; the total must agree with the rows once the last page is read. */
async function searchIds(register: SearchedRegister, q: string, target = core, year?: number): Promise<number[]> {
  const ids: number[] = [];
  let total = 0;
  for (let page = 1; page === 1 || ids.length < total; page++) {
    const result = await list(target, register, q, page, year);
    total = result.total;
    if (result.rows.length === 0) break;
    ids.push(...result.rows.map((r) => r.id));
  }
  expect(ids.length, `total of “${q}”`).toBe(total);
  return ids.sort((a, b) => a - b);
}

/** The plain substring match, by scanning every live record's search_text in JavaScript. */
function substringIds(table: string, q: string, where = 'TRUE'): number[] {
  const rows = core.ledger.sqlite
    .prepare(`SELECT id, search_text FROM ${table} WHERE deleted_at IS NULL AND ${where}`)
    .all() as { id: number; search_text: string }[];
  return rows
    .filter((r) => r.search_text.includes(q.toLowerCase()))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

function partyOf(table: string, register: string): { name: string; phone: string; id_number: string } {
  return core.ledger.sqlite
    .prepare(
      `SELECT p.name, p.phone, p.id_number FROM party p JOIN ${table} t ON t.id = p.record_id WHERE p.register = ? AND t.deleted_at IS NULL LIMIT 1 OFFSET 7`,
    )
    .get(register) as { name: string; phone: string; id_number: string };
}

async function expectSameAsSubstring(register: 'petition' | 'mediationCase', table: string, queries: string[]) {
  for (const q of queries) {
    const expected = substringIds(table, q);
    expect(await searchIds(register, q), `“${q}”`).toEqual(expected);
  }
}

describe('search on a generated ledger', () => {
  it('finds the same records as a substring match for one- and two-character names', async () => {
    const { name } = partyOf('mediation_case', 'mediationCase');
    const queries = [name.slice(0, 1), name.slice(0, 2), name.slice(1, 3), '王', '张', '李明', '纠纷', '村'];
    await expectSameAsSubstring('mediationCase', 'mediation_case', queries);
    await expectSameAsSubstring('petition', 'petition', queries);
    expect(substringIds('mediation_case', name.slice(0, 1)).length).toBeGreaterThan(0);
  });

  it('finds 身份证号 and phone fragments, longer text, and queries with punctuation', async () => {
    const { phone, id_number } = partyOf('petition', 'petition');
    await expectSameAsSubstring('petition', 'petition', [
      phone.slice(3, 7),
      phone.slice(-4),
      id_number.slice(6, 14),
      id_number.slice(-6),
      '宅基地界址',
      '调解，双方',
      '（',
      '2x',
    ]);
    const caseNo = core.ledger.sqlite.prepare('SELECT case_no FROM mediation_case LIMIT 1 OFFSET 3').get() as {
      case_no: string;
    };
    await expectSameAsSubstring('mediationCase', 'mediation_case', [caseNo.case_no, caseNo.case_no.slice(0, 6)]);
  });

  it('counts a common word only up to a cap past the page, and pages on to every match', async () => {
    const q = '宅基地';
    const expected = substringIds('dispute_screening', q);
    expect(expected.length).toBeGreaterThan(SEARCH_COUNT_CAP + 200);
    expect(await list(core, 'disputeScreening', q, 1)).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(await list(core, 'disputeScreening', q, 2)).toMatchObject({
      total: SEARCH_COUNT_CAP + 200,
      totalCapped: true,
    });
    const lastPage = Math.ceil(expected.length / 200);
    expect(await list(core, 'disputeScreening', q, lastPage)).toMatchObject({
      total: expected.length,
      totalCapped: false,
    });
    expect(await searchIds('disputeScreening', q)).toEqual(expected);

    // A year narrows it below the cap: an exact total again, even for a two-character word the index alone cannot
    // count.
    const inYear = substringIds('dispute_screening', '调解', "screening_date LIKE '2020-%'");
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.length).toBeLessThan(SEARCH_COUNT_CAP);
    expect(await list(core, 'disputeScreening', '调解', 1, 2020)).toMatchObject({
      total: inYear.length,
      totalCapped: false,
    });
    expect(await searchIds('disputeScreening', '调解', core, 2020)).toEqual(inYear);
  });

  it('finds a name by its pinyin initials', async () => {
    const { name } = partyOf('petition', 'petition');
    const initials = nameInitials(name);
    expect(initials).toMatch(/^[a-z]{2,3}$/);
    const ids = await searchIds('petition', initials);
    expect(ids).toEqual(substringIds('petition', initials));
    expect(ids.length).toBeGreaterThan(0);
    expect(nameInitials('张三')).toBe('zs');
    expect(nameInitials('曾国华')).toBe('zgh');
  });

  it('follows edits, deletes and restores', async () => {
    const found = await searchIds('petition', '瞿');
    expect(found).toEqual([]);
    const target = (await searchIds('petition', '王'))[0]!;
    const got = await invokeAsAdmin(core, 'registers.get', { register: 'petition', id: target });
    if (!got.ok) throw new Error(got.error.message);
    const data = (got.value as RecordRow).data;
    const visitors = data['visitors'] as { name: string }[];
    const oldName = visitors[0]!.name;
    const edited = { ...data, visitors: [{ ...visitors[0], name: '瞿秋月' }] };
    const saved = await invokeAsAdmin(core, 'registers.update', { register: 'petition', id: target, data: edited });
    if (!saved.ok) throw new Error(saved.error.message);
    for (const q of ['瞿', '瞿秋', 'qqy', oldName])
      expect(await searchIds('petition', q), q).toEqual(substringIds('petition', q));
    expect(await searchIds('petition', 'qqy')).toEqual([target]);

    expect((await invokeAsAdmin(core, 'registers.delete', { register: 'petition', id: target })).ok).toBe(true);
    expect(await searchIds('petition', '瞿')).toEqual([]);
    expect(await searchIds('petition', '王')).toEqual(substringIds('petition', '王'));

    expect((await invokeAsAdmin(core, 'recycle.restore', { register: 'petition', id: target })).ok).toBe(true);
    expect(await searchIds('petition', '瞿秋')).toEqual([target]);
    expect(await searchIds('petition', '王')).toEqual(substringIds('petition', '王'));
  });
});

describe('a ledger from before the search index', () => {
  it('gets its records indexed, with pinyin initials, by the migration', async () => {
    const old = tempDir();
    const v5 = new Database(path.join(old, DATABASE_FILE));
    for (const m of migrations.filter((m) => m.version <= 5)) m.up(v5);
    v5.pragma('user_version = 5');
    v5.prepare(
      `INSERT INTO petition (visit_date, method, matter, category, receiver, registered_on, search_text, created_at, updated_at)
       VALUES ('2026-03-02', '来访', '反映邻居占道', '纠纷', '王晓红', '2026-03-02', '反映邻居占道', 'x', 'x')`,
    ).run();
    v5.prepare(
      `INSERT INTO party (register, record_id, role, seq, name, phone) VALUES ('petition', 1, 'visitor', 0, '张三', '13912345678')`,
    ).run();
    v5.close();
    const upgraded = createCore(old, { log: () => {} });
    try {
      for (const q of ['张', '张三', 'zs', '占道', '4567'])
        expect(await searchIds('petition', q, upgraded), q).toEqual([1]);
    } finally {
      await upgraded.close();
      fs.rmSync(old, { recursive: true, force: true });
    }
  });
});
