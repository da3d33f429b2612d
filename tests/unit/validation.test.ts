import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../src-shared/handlers';
import { registerDef, registers } from '../../src-shared/registers';
import { openTestLedger, seedSettings, type TestLedger } from './helpers';
import { committeeIdsOf, makeIdNumber, partiesOf, sampleRecord, samplePerson, type SampleData } from './samples';

const caseDef = registerDef('mediationCase');

/** A message a clerk can read: Chinese, one line, no stack trace. */
function expectClean(message: string) {
  expect(message).toMatch(/[\u4e00-\u9fa5]/);
  expect(message).not.toContain('at ');
  expect(message).not.toContain('Error:');
  expect(message).not.toContain('\n');
}

function count(ledger: TestLedger, table: string): number {
  const row = ledger.core.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  return row.n;
}

/** Every row of every table: equal before and after means nothing at all was written. */
function dump(ledger: TestLedger): string {
  const { sqlite } = ledger.core.ledger;
  // The search index's FTS5 tables are compared through their shadow tables; those without rowid list in key order.
  const tables = sqlite
    .prepare(
      "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'shadow') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; wr: number }[];
  return JSON.stringify(
    tables.map(({ name, wr }) => [name, sqlite.prepare(`SELECT * FROM ${name}${wr ? '' : ' ORDER BY rowid'}`).all()]),
  );
}

/** A ledger holding one valid case (two party rows), so "nothing written" is checked against a non-empty state. */
async function withOneCase() {
  const ledger = openTestLedger({ today: '2026-11-21' });
  const committeeIds = committeeIdsOf(await seedSettings(ledger));
  const valid = (extra: SampleData = {}): SampleData => ({
    ...sampleRecord(caseDef, { committeeIds, date: '2026-03-10' }),
    ...extra,
  });
  const existing = await ledger.call('registers.create', { register: 'mediationCase', data: valid() });

  /** Calls, expects failure with `fragment`, and checks nothing changed. */
  async function rejects(method: ApiMethod, input: unknown, ...fragments: string[]) {
    const before = dump(ledger);
    const listed = (await ledger.call('registers.list', { register: 'mediationCase' })).total;
    const cases = count(ledger, 'mediation_case');
    const parties = count(ledger, 'party');
    const error = await ledger.fail(method, input);
    for (const fragment of fragments) expect(error.message).toContain(fragment);
    expectClean(error.message);
    for (const message of Object.values(error.fields ?? {})) expectClean(message);
    expect((await ledger.call('registers.list', { register: 'mediationCase' })).total).toBe(listed);
    expect(count(ledger, 'mediation_case')).toBe(cases);
    expect(count(ledger, 'party')).toBe(parties);
    expect(dump(ledger)).toBe(before);
    return error;
  }
  return { ledger, committeeIds, valid, existing, rejects };
}

const badCases: [string, (valid: (extra?: SampleData) => SampleData) => unknown, string[]][] = [
  ['a string for a count', (v) => v({ party_count: '3' }), ['涉及当事人数应为数字']],
  ['a number for text', (v) => v({ summary: 123 }), ['纠纷简要情况应为文字']],
  ['a string for 是/否', (v) => v({ difficult: '是' }), ['疑难复杂应为“是”或“否”']],
  ['a string for the committee', (v) => v({ committee_id: '1' }), ['承办调委会']],
  ['an unknown field', (v) => v({ colour: '红' }), ['不认识的字段', 'colour']],
  [
    'an unknown field in a party block',
    (v) => v({ applicants: [{ name: '欧阳明', nickname: '阿明' }] }),
    ['不认识的字段'],
  ],
  ['a too-long 纠纷简要情况', (v) => v({ summary: '纠'.repeat(5001) }), ['纠纷简要情况不能超过5000个字']],
  [
    'a too-long party name',
    (v) => v({ applicants: [samplePerson('欧'.repeat(101))] }),
    ['申请人第1人', '姓名（名称）不能超过100个字'],
  ],
  [
    'an impossible 受理日期',
    (v) => v({ accept_date: '2026-02-30', registered_on: '2026-03-10' }),
    ['受理日期不是有效日期'],
  ],
  ['a date in the wrong format', (v) => v({ close_date: '2026/03/12' }), ['结案日期不是有效日期']],
  ['结案日期 before 受理日期', (v) => v({ close_date: '2026-03-09' }), ['结案日期不能早于受理日期']],
  [
    '回访日期 before 结案日期',
    (v) => v({ close_date: '2026-03-20', revisit_date: '2026-03-19' }),
    ['回访日期不能早于结案日期'],
  ],
  ['a negative amount', (v) => v({ agreement_amount: -100 }), ['协议涉及金额（元）不能为负数']],
  ['a negative count', (v) => v({ party_count: -1 }), ['涉及当事人数不能为负数']],
  ['an unknown 纠纷类型 code', (v) => v({ dispute_type: '77' }), ['纠纷类型“77”不在可选范围内']],
  ['an unknown 案件来源', (v) => v({ case_source: '路上捡的' }), ['案件来源', '不在可选范围内']],
  [
    'a wrong 身份证号 of the first 申请人',
    (v) => v({ applicants: [samplePerson('欧阳明', { id_number: '110105194912310021' })] }),
    ['申请人第1人：身份证号码校验位错误'],
  ],
  [
    'a bad phone of the second 被申请人',
    (v) => v({ respondents: [samplePerson('赵四'), samplePerson('钱五', { phone: 'call me' })] }),
    ['被申请人第2人', '联系方式格式不正确'],
  ],
  [
    'a party born in the future',
    (v) => v({ applicants: [samplePerson('欧阳明', { birth_date: '2099-01-01' })] }),
    ['出生日期不能晚于今天'],
  ],
  ['a party without a name', (v) => v({ applicants: [{ name: '   ' }] }), ['申请人第1人', '姓名（名称）不能为空']],
  [
    'a missing 纠纷简要情况',
    (v) => {
      const d = v();
      delete d['summary'];
      return d;
    },
    ['纠纷简要情况不能为空'],
  ],
  ['an empty 受理日期', (v) => v({ accept_date: '' }), ['受理日期不能为空']],
  ['no 申请人', (v) => v({ applicants: [] }), ['申请人至少填写1人']],
  [
    '21 申请人',
    (v) => v({ applicants: Array.from({ length: 21 }, (_, i) => samplePerson(`申请人${i}`)) }),
    ['申请人最多20人'],
  ],
  ['no committee', (v) => v({ committee_id: null }), ['请选择承办调委会']],
  ['a committee that does not exist', (v) => v({ committee_id: 999 }), ['承办调委会不存在']],
  ['null instead of a record', () => null, ['格式不正确']],
];

describe('rejected input writes nothing: registers.create of a case', () => {
  it.each(badCases.map(([label, build, fragments]) => ({ label, build, fragments })))(
    'rejects $label',
    async ({ build, fragments }) => {
      const { valid, rejects } = await withOneCase();
      await rejects('registers.create', { register: 'mediationCase', data: build(valid) }, ...fragments);
    },
  );

  it('names the field of a party error by its dotted path', async () => {
    const { valid, rejects } = await withOneCase();
    const error = await rejects('registers.create', {
      register: 'mediationCase',
      data: valid({
        applicants: [samplePerson('欧阳明'), samplePerson('欧阳红', { id_number: '110105194912310021' })],
      }),
    });
    expect(error.message).toContain('申请人第2人：身份证号码校验位错误');
    expect(error.fields?.['applicants.1.id_number']).toBe('身份证号码校验位错误');
  });

  it('reports several problems at once, each field separately', async () => {
    const { valid, rejects } = await withOneCase();
    const error = await rejects('registers.create', {
      register: 'mediationCase',
      data: valid({ dispute_type: '77', party_count: -1 }),
    });
    expect(error.message).toContain('纠纷类型');
    expect(error.message).toContain('涉及当事人数不能为负数');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['dispute_type', 'party_count']);
  });
});

describe('rejected input writes nothing: registers.update', () => {
  const updateLabels = new Set([
    'a string for a count',
    'an unknown field',
    'a too-long 纠纷简要情况',
    '结案日期 before 受理日期',
    'a wrong 身份证号 of the first 申请人',
    'a committee that does not exist',
  ]);
  it.each(
    badCases
      .filter(([label]) => updateLabels.has(label))
      .map(([label, build, fragments]) => ({ label, build, fragments })),
  )('leaves the stored case unchanged after $label', async ({ build, fragments }) => {
    const { ledger, valid, existing, rejects } = await withOneCase();
    await rejects('registers.update', { register: 'mediationCase', id: existing.id, data: build(valid) }, ...fragments);
    expect(await ledger.call('registers.get', { register: 'mediationCase', id: existing.id })).toEqual(existing);
  });

  it('rejects an update of a record that does not exist', async () => {
    const { valid, rejects } = await withOneCase();
    await rejects('registers.update', { register: 'mediationCase', id: 9999, data: valid() }, '没有这条记录');
  });

  it('rejects an update of a record in 回收站', async () => {
    const { ledger, valid, existing, rejects } = await withOneCase();
    await ledger.call('registers.delete', { register: 'mediationCase', id: existing.id });
    await rejects(
      'registers.update',
      { register: 'mediationCase', id: existing.id, data: valid({ summary: '改' }) },
      '回收站',
    );
  });
});

type BadCall = [label: string, method: string, input: unknown, fragment: string];

const badCalls: Record<string, BadCall[]> = {
  'an unknown register or API method': [
    ['an unknown register', 'registers.create', { register: 'gossip', data: {} }, '登记簿不存在'],
    ['an unknown API method', 'registers.drop', { register: 'mediationCase' }, '没有这个功能'],
    ['input to a method that takes none', 'recycle.list', { all: true }, '不认识的字段'],
    ['home.summary without a month', 'home.summary', { year: 2026 }, '格式不正确'],
  ],
  'malformed list queries': [
    ['month 13', 'registers.list', { register: 'mediationCase', year: 2026, month: 13 }, '月份应在1到12之间'],
    ['pageSize 500', 'registers.list', { register: 'mediationCase', pageSize: 500 }, '每页最多200条'],
    ['page 0', 'registers.list', { register: 'mediationCase', page: 0 }, '页码无效'],
    ['a year as text', 'registers.list', { register: 'mediationCase', year: '2026' }, '年度应为数字'],
    [
      'a 51-character search',
      'registers.list',
      { register: 'mediationCase', q: '欧'.repeat(51) },
      '搜索词不能超过50个字',
    ],
    ['an unknown list option', 'registers.list', { register: 'mediationCase', limit: 5 }, '不认识的字段'],
  ],
  'filters and sorts the book does not offer': [
    [
      'a filter on a field that is not a filter',
      'registers.list',
      { register: 'mediationCase', filters: { summary: '宅基地' } },
      '不能按“纠纷简要情况”筛选',
    ],
    [
      'a filter on an unknown field',
      'registers.list',
      { register: 'mediationCase', filters: { nothing: '1' } },
      '不能按“nothing”筛选',
    ],
    [
      'a sort on an unknown column',
      'registers.list',
      { register: 'mediationCase', sort: 'id; DROP TABLE party' },
      '排序',
    ],
    [
      'a sort on a column of another book',
      'registers.list',
      { register: 'mediationCase', sort: 'visit_date' },
      '不能按“visit_date”排序',
    ],
  ],
  'bad or missing record ids': [
    ['a record id as text', 'registers.get', { register: 'mediationCase', id: '1' }, '记录编号应为数字'],
    ['a negative record id', 'registers.delete', { register: 'mediationCase', id: -1 }, '记录编号无效'],
    ['a record that does not exist', 'registers.get', { register: 'mediationCase', id: 9999 }, '没有这条记录'],
    [
      'deleting a record that does not exist',
      'registers.delete',
      { register: 'mediationCase', id: 9999 },
      '没有这条记录',
    ],
    [
      'restoring a record that does not exist',
      'recycle.restore',
      { register: 'petition', id: 9999 },
      '回收站中没有这条记录',
    ],
  ],
};

describe('rejected API calls', () => {
  it.each(Object.entries(badCalls).map(([group, calls]) => ({ group, calls })))('rejects $group', async ({ calls }) => {
    const { ledger } = await withOneCase();
    const before = dump(ledger);
    for (const [label, method, input, fragment] of calls) {
      const error = await ledger.fail(method as ApiMethod, input);
      expect(error.message, label).toContain(fragment);
      expectClean(error.message);
    }
    expect(dump(ledger)).toBe(before);
  });
});

describe('missing required fields in every book', () => {
  it.each(registers.map((def) => ({ title: def.title, def })))('$title: each required field', async ({ def }) => {
    const ledger = openTestLedger();
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const required = def.fields.filter((f) => f.required || (f.party?.min ?? 0) > 0);
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const data = sampleRecord(def, { committeeIds });
      delete data[field.key];
      const error = await ledger.fail('registers.create', { register: def.key, data });
      expect(error.message, field.key).toContain(field.label);
      expect(error.message, field.key).toMatch(/不能为空|至少填写|请选择/);
      expect(Object.keys(error.fields ?? {}), field.key).toEqual([field.key]);
      expectClean(error.message);
    }
    expect(count(ledger, def.table)).toBe(0);
    expect(count(ledger, 'party')).toBe(0);
    // The same record with everything filled is accepted: the failures above were the missing fields alone.
    await ledger.call('registers.create', { register: def.key, data: sampleRecord(def, { committeeIds }) });
    expect(count(ledger, def.table)).toBe(1);
  });
});

describe('rejected settings', () => {
  async function seeded() {
    const ledger = openTestLedger();
    const settings = await seedSettings(ledger);
    return { ledger, settings };
  }

  async function rejectsSettings(ledger: TestLedger, input: unknown, fragment: string) {
    const before = dump(ledger);
    const error = await ledger.fail('settings.save', input);
    expect(error.message).toContain(fragment);
    expectClean(error.message);
    expect(dump(ledger)).toBe(before);
    return error;
  }

  it('rejects a duplicate committee short name', async () => {
    const { ledger, settings } = await seeded();
    const error = await rejectsSettings(
      ledger,
      {
        ...settings,
        committees: [
          ...settings.committees,
          { name: '东风村人民调解委员会', shortName: '东', kind: '村调委会', active: true },
        ],
      },
      '重复',
    );
    expect(error.message).toContain('调委会简称“东”重复');
    expect(error.fields?.['committees.2.shortName']).toContain('重复');
  });

  it('rejects an empty 司法所名称', async () => {
    const { ledger, settings } = await seeded();
    await rejectsSettings(ledger, { ...settings, officeName: '' }, '司法所名称不能为空');
    await rejectsSettings(ledger, { ...settings, officeName: '   ' }, '司法所名称不能为空');
  });

  it('rejects removing an existing committee, and keeps the rest of the page unsaved', async () => {
    const { ledger, settings } = await seeded();
    await rejectsSettings(
      ledger,
      { ...settings, officeName: '改名司法所', committees: settings.committees.slice(0, 1) },
      '不能删除',
    );
    expect((await ledger.call('settings.get', {})).officeName).toBe('东河镇司法所');
  });

  it('rejects removing a staff member', async () => {
    const { ledger, settings } = await seeded();
    await rejectsSettings(ledger, { ...settings, staff: settings.staff.slice(1) }, '不能删除');
  });

  it('rejects a committee id that does not exist', async () => {
    const { ledger, settings } = await seeded();
    await rejectsSettings(
      ledger,
      {
        ...settings,
        committees: [
          ...settings.committees,
          { id: 999, name: '幽灵调委会', shortName: '幽', kind: '村调委会', active: true },
        ],
      },
      '不存在',
    );
  });

  it('rejects a short name with brackets and an unknown committee kind', async () => {
    const { ledger, settings } = await seeded();
    const [first, second] = settings.committees;
    await rejectsSettings(
      ledger,
      { ...settings, committees: [{ ...first, shortName: '东（河）' }, second] },
      '不能含括号或空格',
    );
    await rejectsSettings(
      ledger,
      { ...settings, committees: [first, { ...second, kind: '火星调委会' }] },
      '调委会类型不在可选范围内',
    );
  });
});

describe('valid edge values are accepted', () => {
  it('accepts the maximum length, zero amounts and a lowercase x', async () => {
    const { ledger, valid } = await withOneCase();
    const created = await ledger.call('registers.create', {
      register: 'mediationCase',
      data: valid({
        summary: '纠'.repeat(5000),
        agreement_amount: 0,
        party_count: 0,
        close_date: '2026-03-10',
        applicants: [
          samplePerson('欧阳明', { id_number: '11010519491231002x' }),
          samplePerson('欧阳红', { id_number: makeIdNumber('1988-08-08', '002') }),
        ],
      }),
    });
    expect(String(created.data['summary'])).toHaveLength(5000);
    expect(partiesOf(created, 'applicants').map((p) => p.id_number)).toEqual([
      '11010519491231002X',
      makeIdNumber('1988-08-08', '002'),
    ]);
    expect(created.data['agreement_amount']).toBe(0);
    expect(count(ledger, 'mediation_case')).toBe(2);
  });
});

describe('party messages name the block as the form titles it', () => {
  it('a one-person party field is named without a number (来访人：…)', async () => {
    const ledger = openTestLedger({ today: '2026-11-21' });
    const committeeIds = committeeIdsOf(await seedSettings(ledger));
    const def = registerDef('petition');
    const valid = makeIdNumber('1980-01-01');
    const badId = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const data = {
      ...sampleRecord(def, { committeeIds, date: '2026-03-10' }),
      visitors: [{ name: '欧阳明', id_number: badId }],
    };
    const error = await ledger.fail('registers.create', { register: 'petition', data });
    expect(error.message).toContain('来访人：身份证号码校验位错误');
    expect(error.message).not.toContain('来访人第1人');
    expect(count(ledger, 'petition')).toBe(0);
  });
});
