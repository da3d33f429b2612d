import { describe, expect, it } from 'vitest';
import type { ApiInput, RecordRow } from '../../src-shared/handlers';
import { registerDef, registers, type FieldValue, type RegisterDef } from '../../src-shared/registers';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import {
  committeeIdsOf,
  NAME,
  OTHER_NAME,
  partiesOf,
  sampleRecord,
  samplePerson,
  searchableTextField,
  type SampleData,
  type SampleVariant,
} from './samples';

type Variant = Omit<SampleVariant, 'committeeIds'>;
type ListInput = ApiInput<'registers.list'>;

interface Book {
  ledger: TestLedger;
  def: RegisterDef;
  sample(variant?: Variant): SampleData;
  create(variant?: Variant): Promise<RecordRow>;
  list(query?: Omit<ListInput, 'register'>): Promise<{ rows: RecordRow[]; total: number }>;
  ids(query?: Omit<ListInput, 'register'>): Promise<number[]>;
}

/** A fresh ledger with the seeded office, and shorthand for one register's calls. */
async function openBook(def: RegisterDef): Promise<Book> {
  const ledger = openTestLedger();
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  const sample = (variant: Variant = {}) => sampleRecord(def, { committeeIds, ...variant });
  const list = (query: Omit<ListInput, 'register'> = {}) =>
    ledger.call('registers.list', { register: def.key, ...query });
  return {
    ledger,
    def,
    sample,
    create: (variant) => ledger.call('registers.create', { register: def.key, data: sample(variant) }),
    list,
    ids: async (query) => (await list(query)).rows.map((r) => r.id),
  };
}

/** The single value a filter compares with: a select's value, a multiselect's only item, a committee id. */
function filterValue(value: FieldValue | undefined): string | number {
  if (Array.isArray(value)) {
    const [first] = value;
    if (typeof first !== 'string') throw new Error('expected a list of options');
    return first;
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error('expected a filterable value');
  return value;
}

const table = registers.map((def) => ({ title: def.title, def }));

describe.each(table)('$title', ({ def }) => {
  it(`${def.title}: create stores every field and get returns it`, async () => {
    const book = await openBook(def);
    const input = book.sample();
    const created = await book.create();
    expect(created.register).toBe(def.key);
    expect(created.id).toBeGreaterThan(0);
    expect(created.deletedAt).toBeNull();
    const fetched = await book.ledger.call('registers.get', { register: def.key, id: created.id });
    expect(fetched).toEqual(created);
    for (const [key, value] of Object.entries(input)) {
      if (def.fields.find((f) => f.key === key)?.type === 'parties') {
        expect(partiesOf(fetched, key).map((p) => p.name)).toEqual((value as { name: string }[]).map((p) => p.name));
      } else {
        expect(fetched.data[key], key).toEqual(value);
      }
    }
  });

  it(`${def.title}: year and month filter on ${def.dateField}`, async () => {
    const book = await openBook(def);
    const march = await book.create({ date: '2026-03-15' });
    const april = await book.create({ date: '2026-04-02' });
    const lastYear = await book.create({ date: '2025-03-15' });
    expect(await book.ids({ year: 2026, month: 3 })).toEqual([march.id]);
    expect(await book.ids({ year: 2026, month: 4 })).toEqual([april.id]);
    expect(await book.ids({ year: 2025 })).toEqual([lastYear.id]);
    expect(await book.ids({ year: 2025, month: 4 })).toEqual([]);
    expect((await book.ids({ year: 2026 })).sort()).toEqual([march.id, april.id].sort());
    expect((await book.ids({ month: 3 })).sort()).toEqual([march.id, lastYear.id].sort());
    expect((await book.list({ year: 2024 })).total).toBe(0);
  });

  // A date filtered by its year (帮教期满年份, system-computed) has its own test in resettlement.test.ts.
  const filterFields = def.fields.filter((f) => f.filter && f.type !== 'date');
  it.each(filterFields.map((field) => ({ label: field.label, field })))(
    `${def.title}: filter by $label`,
    async ({ field }) => {
      const book = await openBook(def);
      const first = await book.create({ pick: 0 });
      const firstValue = filterValue(first.data[field.key]);
      const secondValue = filterValue(book.sample({ pick: 1 })[field.key] as FieldValue);
      expect(secondValue).not.toEqual(firstValue);

      expect(await book.ids({ filters: { [field.key]: firstValue } })).toEqual([first.id]);
      expect(await book.list({ filters: { [field.key]: secondValue } })).toEqual({
        rows: [],
        total: 0,
        totalCapped: false,
      });

      const second = await book.create({ pick: 1 });
      expect(await book.ids({ filters: { [field.key]: firstValue } })).toEqual([first.id]);
      expect(await book.ids({ filters: { [field.key]: secondValue } })).toEqual([second.id]);
      expect((await book.list()).total).toBe(2);
    },
  );

  it(`${def.title}: search by one and two characters of a name`, async () => {
    const book = await openBook(def);
    const ouyang = await book.create({ name: NAME });
    const zhang = await book.create({ name: OTHER_NAME });
    expect(await book.ids({ q: '欧' })).toEqual([ouyang.id]);
    expect(await book.ids({ q: '欧阳' })).toEqual([ouyang.id]);
    expect(await book.ids({ q: '三丰' })).toEqual([zhang.id]);
    expect(await book.list({ q: '司马懿' })).toEqual({ rows: [], total: 0, totalCapped: false });
    // LIKE wildcards in the query are literal characters, not patterns.
    expect((await book.list({ q: '%' })).total).toBe(0);
    expect((await book.list({ q: '_' })).total).toBe(0);
  });

  it(`${def.title}: update changes the stored record and the list`, async () => {
    const book = await openBook(def);
    const created = await book.create();
    const field = searchableTextField(def);
    const changed = { ...book.sample(), [field.key]: '修改后的内容' };
    const updated = await book.ledger.call('registers.update', { register: def.key, id: created.id, data: changed });
    expect(updated.id).toBe(created.id);
    expect(updated.data[field.key]).toBe('修改后的内容');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    const fetched = await book.ledger.call('registers.get', { register: def.key, id: created.id });
    expect(fetched.data[field.key]).toBe('修改后的内容');
    const listed = await book.list({ q: '修改后' });
    expect(listed.total).toBe(1);
    expect(listed.rows[0]?.data[field.key]).toBe('修改后的内容');
  });

  it(`${def.title}: delete moves the record to 回收站`, async () => {
    const book = await openBook(def);
    const kept = await book.create({ name: OTHER_NAME });
    const created = await book.create();
    await expect(book.ledger.call('registers.delete', { register: def.key, id: created.id })).resolves.toEqual({
      id: created.id,
    });
    expect(await book.ids()).toEqual([kept.id]);
    expect((await book.list({ q: '欧阳' })).total).toBe(0);

    const { items } = await book.ledger.call('recycle.list', {});
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.register).toBe(def.key);
    expect(item.id).toBe(created.id);
    expect(item.date).toBe(created.data[def.dateField]);
    expect(item.summary).toBe(String(created.data[def.summaryField] ?? '').slice(0, 60));
    expect(item.deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const fetched = await book.ledger.call('registers.get', { register: def.key, id: created.id });
    expect(fetched.deletedAt).toBe(item.deletedAt);
    expect(fetched.data).toEqual(created.data);

    const again = await book.ledger.fail('registers.delete', { register: def.key, id: created.id });
    expect(again.message).toContain('回收站');
  });

  it(`${def.title}: restore brings the record back`, async () => {
    const book = await openBook(def);
    const created = await book.create();
    await book.ledger.call('registers.delete', { register: def.key, id: created.id });
    const restored = await book.ledger.call('recycle.restore', { register: def.key, id: created.id });
    expect(restored.deletedAt).toBeNull();
    expect(restored.data).toEqual(created.data);
    expect(await book.ids()).toEqual([created.id]);
    expect(await book.ids({ q: '欧阳' })).toEqual([created.id]);
    expect((await book.ledger.call('recycle.list', {})).items).toEqual([]);
  });

  it(`${def.title}: restoring twice, or a record never deleted, fails in Chinese`, async () => {
    const book = await openBook(def);
    const created = await book.create();
    const live = await book.ledger.fail('recycle.restore', { register: def.key, id: created.id });
    expect(live.message).toContain('回收站中没有这条记录');
    await book.ledger.call('registers.delete', { register: def.key, id: created.id });
    await book.ledger.call('recycle.restore', { register: def.key, id: created.id });
    const twice = await book.ledger.fail('recycle.restore', { register: def.key, id: created.id });
    expect(twice.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(twice.message).toContain('回收站中没有这条记录');
    expect(await book.ids()).toEqual([created.id]);
  });

  it(`${def.title}: pages of 2 over 5 records`, async () => {
    const book = await openBook(def);
    const created: RecordRow[] = [];
    for (const day of ['01', '02', '03', '04', '05']) created.push(await book.create({ date: `2026-03-${day}` }));
    const query = { pageSize: 2, sort: def.dateField, order: 'asc' } as const;
    const pages = [
      await book.list({ ...query, page: 1 }),
      await book.list({ ...query, page: 2 }),
      await book.list({ ...query, page: 3 }),
    ];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(created.map((r) => r.id));
    const beyond = await book.list({ ...query, page: 4 });
    expect(beyond).toEqual({ rows: [], total: 5, totalCapped: false });
  });

  it(`${def.title}: sorts ascending and descending on ${def.dateField}`, async () => {
    const book = await openBook(def);
    // Created out of date order so id order and date order differ.
    for (const day of ['03', '01', '05', '02', '04']) await book.create({ date: `2026-03-${day}` });
    const dates = async (order: 'asc' | 'desc') =>
      (await book.list({ sort: def.dateField, order })).rows.map((r) => r.data[def.dateField]);
    expect(await dates('asc')).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(await dates('desc')).toEqual(['2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02', '2026-03-01']);
  });

  it(`${def.title}: default order is ${def.defaultSort.key} ${def.defaultSort.order}`, async () => {
    const book = await openBook(def);
    const created: RecordRow[] = [];
    for (const [day, name] of [
      ['03', '丙'],
      ['01', '甲'],
      ['05', '戊'],
      ['02', '乙'],
    ] as const) {
      created.push(await book.create({ date: `2026-03-${day}`, name }));
    }
    const { key, order } = def.defaultSort;
    const sign = order === 'asc' ? 1 : -1;
    // SQLite compares TEXT by code point, not by pinyin.
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...created]
      .sort((a, b) => sign * (compare(String(a.data[key]), String(b.data[key])) || a.id - b.id))
      .map((r) => r.id);
    expect(await book.ids()).toEqual(expected);
  });
});

describe('人民调解收结案登记簿: search', () => {
  const def = registerDef('mediationCase');

  async function twoCases() {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const first = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: {
        ...sampleRecord(def, { committeeIds }),
        applicants: [samplePerson(NAME, { phone: '139-1234-5678', id_number: '11010519491231002X' })],
        respondents: [samplePerson('赵四')],
        summary: '双方因宅基地边界发生争执',
      },
    });
    const second = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: { ...sampleRecord(def, { committeeIds, name: OTHER_NAME }), summary: '邻里噪音纠纷' },
    });
    const ids = async (q: string) =>
      (await ledger.call('registers.list', { register: 'mediationCase', q })).rows.map((r) => r.id);
    return { first, second, ids };
  }

  it('finds a case by a fragment of a party phone number', async () => {
    const { first, ids } = await twoCases();
    expect(await ids('1234-56')).toEqual([first.id]);
    expect(await ids('139')).toEqual([first.id]);
  });

  it('finds a case by a fragment of a party 身份证号, either case of X', async () => {
    const { first, ids } = await twoCases();
    expect(await ids('19491231')).toEqual([first.id]);
    expect(await ids('002X')).toEqual([first.id]);
    expect(await ids('002x')).toEqual([first.id]);
  });

  it('finds cases by 卷号 fragment', async () => {
    const { first, second, ids } = await twoCases();
    expect(first.data['case_no']).toBe('（2026）东人调字第1号');
    expect((await ids('人调字')).sort()).toEqual([first.id, second.id].sort());
    expect(await ids('第2号')).toEqual([second.id]);
  });

  it('finds a case by a word of 纠纷简要情况 and by a respondent name', async () => {
    const { first, second, ids } = await twoCases();
    expect(await ids('宅基地')).toEqual([first.id]);
    expect(await ids('噪音')).toEqual([second.id]);
    expect(await ids('赵四')).toEqual([first.id]);
    expect(await ids('争吵')).toEqual([]);
  });
});

describe('人民调解收结案登记簿: saving an edit', () => {
  const def = registerDef('mediationCase');

  it('rewrites the parties only when they changed, and the search follows both kinds of edit', async () => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const data = {
      ...sampleRecord(def, { committeeIds }),
      applicants: [samplePerson(NAME)],
      respondents: [samplePerson('赵四')],
    };
    const created = await ledger.call('registers.create', { register: 'mediationCase', data });
    // Counts the party rows deleted on the app's own connection: an unchanged list must not be written again.
    const sqlite = ledger.core.ledger.sqlite;
    sqlite.exec(
      'CREATE TEMP TABLE party_deleted (id INTEGER); CREATE TEMP TRIGGER party_deleted_log AFTER DELETE ON main.party BEGIN INSERT INTO party_deleted VALUES (OLD.id); END',
    );
    const deletedParties = () => (sqlite.prepare('SELECT count(*) AS n FROM party_deleted').get() as { n: number }).n;
    const ids = async (q: string) =>
      (await ledger.call('registers.list', { register: 'mediationCase', q })).rows.map((r) => r.id);

    await ledger.call('registers.update', {
      register: 'mediationCase',
      id: created.id,
      data: { ...data, summary: '双方因排水沟发生争执' },
    });
    expect(deletedParties()).toBe(0);
    expect(await ids('排水沟')).toEqual([created.id]);

    const renamed = await ledger.call('registers.update', {
      register: 'mediationCase',
      id: created.id,
      data: { ...data, summary: '双方因排水沟发生争执', respondents: [samplePerson('钱七')] },
    });
    expect(deletedParties()).toBe(2);
    expect(partiesOf(renamed, 'respondents').map((p) => p.name)).toEqual(['钱七']);
    expect(partiesOf(renamed, 'applicants').map((p) => p.name)).toEqual([NAME]);
    expect(await ids('钱七')).toEqual([created.id]);
    expect(await ids('赵四')).toEqual([]);
    expect(renamed.data['summary']).toBe('双方因排水沟发生争执');
  });
});
