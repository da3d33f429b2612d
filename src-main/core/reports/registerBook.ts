// A register book as an Excel file (docs/spec/formats.md §5, §6; §2.2: A4 landscape, the header repeated on every
// printed page, fitted to the width): one generic builder for all nine books, its columns derived from the register's
// definition.
//
// How values read in the book:
// - 序号 first, then the definition's fields in order (登记日期, 登记人, 备注 last, as paper books end a line);
//   codes as their labels, the committee by name, 是/否 for flags, lists joined with 、, 协议条款 numbered one per
//   line, money in 元 (two decimals), dates as YYYY-MM-DD.
// - 当事人 of a book that has one (来访人, 法律援助's 申请人): a column for each detail docs/spec/formats.md lists
//   (§5.1: 姓名、性别、年龄、住址（单位）、联系电话; §5.7 adds 民族、身份证号 and the birth date). Of a book of several
//   parties: one line per person in one column, “姓名（性别，年龄岁，电话）” with what is known (“名称（法定代表人…，
//   电话）” for an organisation), the 住址或单位 before the phone where §5.4 asks for it.
// - 年龄 after the 出生日期 of the 人民调解员花名册 (§6.1 出生年月（年龄）), on the row's 登记日期.
// - A flag with a companion 涉及人数 field is one column (是（12人） / 否); the four 防止激化 flags, one section of
//   the form, are one column 防止激化 listing those set, as §5.4's single 防止激化标记 column.
// - A child list (实地查访) is its count and latest date: “3条，最近2026-03-28”.
// - A value the record shows but never stores is a column where the spec lists it (COMPUTED_COLUMNS: §12 档案保存期).
// - Fields that exist for a record's documents rather than as columns of the book are left out (DOCUMENT_ONLY).
// - Long text wraps; a row is as tall as its longest cell, up to Excel's limit of 409 points — beyond that the cell
//   still holds the whole text but only its beginning shows and prints.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ageOn, ageOnDocumentDate, chineseMonth, isoDate, lastDayOfMonth, parseDate } from '../../../src-shared/dates';
import {
  registerDef,
  type ComputedDef,
  type FieldDef,
  type RegisterDef,
  type RegisterKey,
} from '../../../src-shared/registers';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase, RegisterRow, RegisterTableName } from '../db/schema';
import { dateCn } from '../documents/data';
import { maskedKindOf, maskSensitive } from '../../../src-shared/mask';
import { sanitizeFileName } from '../documents';
import { bookPages, breakBetweenPages, sideBySideOptions } from './bookPages';
import { headerLayout } from './headerLines';
import {
  clamp,
  heightFor,
  linesFor,
  newStreamingWorkbook,
  addStreamedSheet,
  put,
  putMerged,
  styles,
  textWidth,
  titleRow,
  type CellStyle,
  type CellValue,
  type Sheet,
} from './sheetStyle';

type Db = Kysely<LedgerDatabase>;

export interface RegisterBookInput {
  register: RegisterKey;
  /** YYYY-MM-DD, inclusive */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
  settings: Settings;
  /**
   * 身份证号 and phone numbers masked (src-shared/mask.ts): a copy to hand to others. Unmasked by default, since the
   * printed 登记簿 and 花名册 are the office's own record.
   */
  mask?: boolean;
}

/**
 * Fields a record keeps for its documents, not columns of the book as docs/spec/formats.md §5 lists them: the
 * mediation case's 卷宗 material (§3: 调查记录, 调解记录, the agreement's text, 回访 details, 立卷) and the 来访人陈述 /
 * 答复意见 of the 来访接待记录, and the 事件记录 the deadline reminders read. The definitions cannot say this, so it is
 * said here. With them a 人民调解收结案登记簿 would have 47 columns and print at a quarter of its size.
 */
const DOCUMENT_ONLY: Partial<Record<RegisterKey, readonly string[]>> = {
  mediationCase: [
    'application_items',
    'investigations',
    'sessions',
    'agreement_facts',
    'agreement_terms',
    'performance_terms',
    'agreement_copies',
    'agreement_date',
    // 履行期限届满日期 starts the 回访 reminder (RM-02); §5.4 has no column for it.
    'performance_due_date',
    'recorder',
    'revisit_method',
    'revisit_by',
    'revisit_interviewees',
    'revisit_content',
    'file_title',
    'filed_by',
    'filed_date',
    'retention',
    'file_note',
    'id_proof_pages',
    'attorney_pages',
    'evidence_pages',
    'receipt_pages',
    'confirmation_pages',
    'events',
    // 来源 (the 来访 or 排查 record a case was turned from) links books in the app; §5.4 has no column for it.
    'source_ref',
  ],
  petition: ['statement', 'reply'],
  // 事件记录 and 禁止令期满日期 feed the deadline reminders; docs/spec/formats.md §6.2 has no column for them. The
  // 审批事项, 月度考核 and 期满鉴定 (§13) have forms and pages of their own.
  correctionSubject: ['events', 'ban_end_date', 'approvals', 'assessments', 'appraisal'],
  resettlement: ['events'],
};

/**
 * Widest a column gets, by kind of content. Long text wraps (rows grow) rather than widening the page: a book of 23
 * columns must still print legibly on A4 landscape once fitted to the width.
 */
const MAX_WIDTH: Partial<Record<FieldDef['type'], number>> = {
  textarea: 20,
  lines: 20,
  parties: 18,
  text: 14,
  entries: 12,
  multiselect: 12,
  select: 8,
  committee: 10,
  staff: 8,
  mediators: 8,
  names: 8,
  date: 11,
};
/** What a 身份证号 (18 characters) and a phone (0513-84561234) need on one line: a number must never wrap. */
const NUMBER_WIDTH: Partial<Record<FieldDef['type'], number>> = { idcard: 20, phone: 15 };
/** A 卷号 (“（2026）新桥人调字第12号”) is never broken either: its column is as wide as the longest one. */
const CASE_NO_WIDTH = 26;
const isCaseNo = (field: FieldDef) => field.key === 'case_no' || field.key.endsWith('_case_no');
const MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 12;
const COMPUTED_WIDTH = 19;
/** A group of flags (防止激化) lists long labels: two lines of eight characters each. */
const GROUP_MAX_WIDTH = 17;

interface FlagPair {
  flag: FieldDef;
  /** Its 涉及人数 field. */
  persons: FieldDef;
}

/** One detail of a book's single 当事人, given a column of its own. */
type PartyDetail = 'name' | 'sex' | 'age' | 'ageAndBirth' | 'ethnicity' | 'id_number' | 'address' | 'phone';

/**
 * Books with one 当事人 per record, spread over the columns docs/spec/formats.md lists for that person: §5.1 来访人姓名、
 * 性别、年龄、住址（单位）、联系电话; §5.7 申请人姓名、性别、年龄（出生日期）、民族、身份证号、住址、联系电话.
 */
const PARTY_COLUMNS: Partial<
  Record<RegisterKey, { field: string; details: readonly (readonly [PartyDetail, string])[] }>
> = {
  petition: {
    field: 'visitors',
    details: [
      ['name', '来访人姓名'],
      ['sex', '性别'],
      ['age', '年龄'],
      ['address', '住址（单位）'],
      ['phone', '联系电话'],
    ],
  },
  legalAid: {
    field: 'applicants',
    details: [
      ['name', '申请人姓名'],
      ['sex', '性别'],
      ['ageAndBirth', '年龄（出生日期）'],
      ['ethnicity', '民族'],
      ['id_number', '身份证号'],
      ['address', '住址'],
      ['phone', '联系电话'],
    ],
  },
};

/** Books whose party lines name the 住址或单位 (§5.4: 申请人（姓名、性别、年龄、住址或单位、电话）). */
const SUMMARY_WITH_ADDRESS: ReadonlySet<RegisterKey> = new Set(['mediationCase']);

/**
 * Computed values (the definition's `computed`) that the spec lists as columns of the book, each after a field: §12's
 * 档案保存期 closes the 解除 columns. Computed on the range's last day, as the book stands at its end.
 */
const COMPUTED_COLUMNS: Partial<Record<RegisterKey, readonly { key: string; after: string }[]>> = {
  resettlement: [{ key: 'archive_retention', after: 'revoke_reason' }],
};

/** Books with a 年龄 column after the field of this key (§6.1 出生年月（年龄）). */
const AGE_AFTER: Partial<Record<RegisterKey, string>> = { mediator: 'birth_date' };

const DETAIL_WIDTH: Record<PartyDetail, number> = {
  name: 10,
  sex: 5,
  age: 5,
  ageAndBirth: 12,
  ethnicity: 7,
  id_number: 20,
  address: 14,
  phone: 15,
};

interface BookColumn {
  label: string;
  /** The field, or null for 序号, for a group of flags and for a 年龄 worked out from a birth date. */
  field: FieldDef | null;
  /** A detail of the record's one 当事人 (field is the parties field). */
  detail?: PartyDetail;
  /** 年龄 from the birth date in this field. */
  ageFrom?: FieldDef;
  /** A flag with its 涉及人数: one column, 是（12人） / 否. */
  pair?: FlagPair;
  /** Several such flags of one form section (the four 防止激化 items): one column named after the section. */
  group?: FlagPair[];
  /** A value computed from the row (field is null). */
  computed?: ComputedDef;
}

/**
 * A line of a paper book ends with when and by whom it was written, then 备注 (docs/spec/formats.md §5 preamble),
 * though the form opens with 登记日期 and 登记人: the book keeps them last.
 */
const CLOSING_COLUMNS: readonly string[] = ['registered_on', 'registered_by', 'remark'];

/**
 * The book's columns: 序号, then the definition's fields (登记日期, 登记人 and 备注 last). A flag with a companion
 * `<key>_persons` count is one column; when a section has several of them (防止激化), they make one column titled
 * by the section, as docs/spec/formats.md §5.4 has a single 防止激化标记 column.
 */
export function bookColumns(def: RegisterDef): BookColumn[] {
  const omitted = new Set(DOCUMENT_ONLY[def.key] ?? []);
  const kept = def.fields.filter((f) => !omitted.has(f.key));
  const closing = (f: FieldDef) => CLOSING_COLUMNS.indexOf(f.key);
  const fields = [
    ...kept.filter((f) => closing(f) < 0),
    ...kept.filter((f) => closing(f) >= 0).sort((a, b) => closing(a) - closing(b)),
  ];
  const pairs: FlagPair[] = fields.flatMap((flag) => {
    const persons =
      flag.type === 'bool' ? fields.find((f) => f.key === `${flag.key}_persons` && f.type === 'int') : undefined;
    return persons ? [{ flag, persons }] : [];
  });
  const pairOf = (f: FieldDef) => pairs.find((p) => p.flag === f);
  const groupOf = (pair: FlagPair) =>
    pairs.filter((p) => p.flag.section !== undefined && p.flag.section === pair.flag.section);
  const companions = new Set(pairs.map((p) => p.persons.key));
  const spread = PARTY_COLUMNS[def.key];
  const columns: BookColumn[] = [{ label: '序号', field: null }];
  for (const field of fields) {
    if (companions.has(field.key)) continue;
    const pair = pairOf(field);
    const group = pair ? groupOf(pair) : [];
    if (pair && group.length > 1) {
      if (group[0] === pair) columns.push({ label: field.section ?? field.label, field: null, group });
    } else if (spread?.field === field.key) {
      columns.push(...spread.details.map(([detail, label]) => ({ label, field, detail })));
    } else {
      columns.push({ label: field.label, field, ...(pair ? { pair } : {}) });
    }
    if (AGE_AFTER[def.key] === field.key) columns.push({ label: '年龄', field: null, ageFrom: field });
    for (const { key, after } of COMPUTED_COLUMNS[def.key] ?? []) {
      const computed = def.computed?.find((c) => c.key === key);
      if (after === field.key && computed) columns.push({ label: computed.label, field: null, computed });
    }
  }
  return columns;
}

/** （2026年）, （2026年3月）, or （2026年3月1日至2026年5月31日）. */
export function rangeLabel(from: string, to: string): string {
  const { year, month, day } = parseDate(from);
  if (from.slice(5) === '01-01' && to === isoDate(year, 12, 31)) return `${year}年`;
  if (day === 1 && to === lastDayOfMonth(year, month)) return chineseMonth(year, month);
  return `${dateCn(from)}至${dateCn(to)}`;
}

export async function buildRegisterBook(
  db: Db,
  input: RegisterBookInput,
): Promise<{ fileName: string; bytes: Buffer }> {
  const def = registerDef(input.register);
  const columns = bookColumns(def);
  const title = `${input.settings.officeName}${def.title}（${rangeLabel(input.from, input.to)}）`;

  const inRange = () =>
    db
      .selectFrom(def.table as RegisterTableName)
      .where('deleted_at', 'is', null)
      .where(def.dateField, '>=', input.from)
      .where(def.dateField, '<=', input.to);
  // Only the columns the book shows: not search_text nor the 卷宗 material, which would triple what a year holds in
  // memory.
  const stored = (await inRange()
    .select(bookFieldKeys(def, columns) as never[])
    .orderBy(sql.ref(def.dateField))
    .orderBy('id')
    .execute()) as RegisterRow[];
  const rows = input.mask ? stored.map((row) => maskRow(def, row)) : stored;
  // The same records as a subquery, so child rows are fetched in one query however many records there are.
  const ids = sql<number>`SELECT id FROM ${sql.table(def.table)} WHERE deleted_at IS NULL AND ${sql.ref(def.dateField)} BETWEEN ${input.from} AND ${input.to}`;
  const children = await loadChildren(db, def, ids, input.mask ?? false);
  const committees = new Map(input.settings.committees.map((c) => [c.id, c.name]));
  const withAddress = SUMMARY_WITH_ADDRESS.has(def.key);

  // A cell as written and as text: the widths and heights depend on the text.
  const cellOf = (row: RegisterRow, i: number, column: BookColumn): { value: CellValue; text: string } => {
    let value: CellValue;
    if (column.group) value = flagGroupValue(column.group, row);
    else if (column.ageFrom) value = rowAge(row, column.ageFrom);
    else if (column.computed) value = column.computed.compute(row, input.to);
    else if (column.field === null) value = i + 1;
    else value = cellValue(column, row, { committees, children, withAddress });
    // Measured as displayed: money with its two decimals, or Excel shows ### in a column too narrow for it.
    const text =
      typeof value === 'number' ? (column.field?.type === 'money' ? value.toFixed(2) : String(value)) : (value ?? '');
    return { value, text };
  };
  // The widths from every cell's text, worked out again when writing rather than kept: a year's cells held at once
  // were most of what the book took in memory (npm run bench, group 登记簿).
  const content = columns.map(() => 0);
  rows.forEach((row, i) =>
    columns.forEach((column, c) => {
      for (const line of cellOf(row, i, column).text.split('\n')) content[c] = Math.max(content[c]!, textWidth(line));
    }),
  );
  // Content is measured over its longest line; the header is broken to fit the width that gives, or widens it.
  const headers = columns.map((column, c) =>
    headerLayout(column.label, clamp(content[c]! + 2, MIN_WIDTH, maxWidth(column))),
  );
  const widths = headers.map((header) => header.width);

  const { wb, finish } = newStreamingWorkbook();
  const pages = bookPages(widths);
  const ws = addStreamedSheet(wb, def.title, {
    titleRows: '1:2',
    freeze: { columns: 1, rows: 2 },
    ...sideBySideOptions(pages),
  });
  breakBetweenPages(ws, pages);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (pages.scale === null) titleRow(ws, 1, title, columns.length);
  else titleOnEachPage(ws, title, pages.starts, columns.length);
  headers.forEach((header, i) => put(ws, 2, i + 1, header.text, styles.header));
  ws.getRow(2).height = heightFor(Math.max(...headers.map((header) => header.lines)));
  const cellStyles = columns.map(styleOf);
  for (const [r, stored] of rows.entries()) {
    // Now and then let the zip stream take what the committed rows wrote, so a year's sheet is never all in memory.
    if (r % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    let lines = 1;
    columns.forEach((column, c) => {
      const cell = cellOf(stored, r, column);
      put(ws, 3 + r, c + 1, cell.value, cellStyles[c]!);
      if (cell.text.length * 2 > widths[c]! - 1 || cell.text.includes('\n'))
        lines = Math.max(lines, linesFor(cell.text, widths[c]!));
    });
    const row = ws.getRow(3 + r);
    row.height = heightFor(lines);
    row.commit();
  }
  if (rows.length === 0) putMerged(ws, 3, 1, 3, columns.length, '（本时段没有登记记录）', styles.textCentre);
  ws.commit();
  return { fileName: `${sanitizeFileName(title)}.xlsx`, bytes: await finish() };
}

/**
 * The title over each page of a book printed side by side, “（续）” after it on the pages that continue the rows: one
 * title merged across all of them would be cut where the pages meet. Not over 序号, which is repeated on every page.
 */
function titleOnEachPage(ws: Sheet, title: string, starts: readonly number[], lastCol: number): void {
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? lastCol + 1) - 1;
    putMerged(ws, 1, i === 0 ? 2 : start, 1, end, i === 0 ? title : `${title}（续）`, styles.title);
  });
  ws.getRow(1).height = 30;
}

function maxWidth(column: BookColumn): number {
  if (column.group) return GROUP_MAX_WIDTH;
  if (column.detail) return DETAIL_WIDTH[column.detail];
  // “15年（至2046年底）” on one line.
  if (column.computed) return COMPUTED_WIDTH;
  if (column.field && isCaseNo(column.field)) return CASE_NO_WIDTH;
  const type = column.field?.type;
  return (type && (NUMBER_WIDTH[type] ?? MAX_WIDTH[type])) ?? DEFAULT_MAX_WIDTH;
}

function styleOf(column: BookColumn): CellStyle {
  if (column.group) return styles.text;
  if (column.detail) return column.detail === 'name' || column.detail === 'address' ? styles.text : styles.textCentre;
  if (column.ageFrom) return styles.int;
  if (column.computed) return styles.textCentre;
  switch (column.field?.type) {
    case undefined:
    case 'int':
      return styles.int;
    case 'money':
      return styles.yuan;
    case 'date':
    case 'time':
    case 'bool':
    case 'select':
    case 'committee':
    case 'staff':
    case 'phone':
    case 'idcard':
      return styles.textCentre;
    default:
      return styles.text;
  }
}

interface Children {
  /** register field key → record id → its parties, numbers masked when the book masks them */
  parties: Map<string, Map<number, PartyCells[]>>;
  /** entries field key → record id → count and latest date */
  entries: Map<string, Map<number, { count: number; latest: string | null }>>;
}

/** Party blocks and child-list counts of the book's records, in two queries per field, whatever the row count. */
async function loadChildren(db: Db, def: RegisterDef, ids: RawBuilder<number>, mask: boolean): Promise<Children> {
  const children: Children = { parties: new Map(), entries: new Map() };
  for (const field of def.fields) {
    if (field.type === 'parties' && field.party) {
      const parties = await db
        .selectFrom('party')
        .selectAll()
        // Ages are printed as on the row's 登记日期 (src-shared/dates.ts ageOnDocumentDate), not on the export's day.
        .select(
          sql<string>`(SELECT registered_on FROM ${sql.table(def.table)} WHERE id = party.record_id)`.as('row_date'),
        )
        .where('register', '=', def.key)
        .where('role', '=', field.party.role)
        .where(sql<boolean>`record_id IN (${ids})`)
        .orderBy('record_id')
        .orderBy('seq')
        .execute();
      const byRecord = new Map<number, PartyCells[]>();
      for (const p of parties) {
        const dated = { ...p, age: ageOnDocumentDate(p, p.row_date) };
        const shown = mask
          ? { ...dated, phone: maskSensitive(p.phone) || null, id_number: maskSensitive(p.id_number) || null }
          : dated;
        byRecord.set(p.record_id, [...(byRecord.get(p.record_id) ?? []), shown]);
      }
      children.parties.set(field.key, byRecord);
    }
    if (field.type === 'entries' && field.entry) {
      const counts = await db
        .selectFrom('record_entry')
        .select(['record_id', sql<number>`count(*)`.as('count'), sql<string | null>`max(entry_date)`.as('latest')])
        .where('register', '=', def.key)
        .where('kind', '=', field.entry.kind)
        .where(sql<boolean>`record_id IN (${ids})`)
        .groupBy('record_id')
        .execute();
      children.entries.set(
        field.key,
        new Map(counts.map((c) => [c.record_id, { count: Number(c.count), latest: c.latest }])),
      );
    }
  }
  return children;
}

/** Rows committed between two chances for the zip stream to drain. */
const YIELD_EVERY = 200;

/**
 * The stored columns the book's cells read: its fields (with their 涉及人数 companions), the id and the date, and the
 * birth date and 登记日期 a 年龄 is worked out from.
 */
function bookFieldKeys(def: RegisterDef, columns: readonly BookColumn[]): string[] {
  const keys = new Set(['id', def.dateField]);
  for (const column of columns) {
    if (column.ageFrom) keys.add('registered_on');
    // A computed value may read any stored field of the row.
    if (column.computed) for (const field of def.fields) if (storedColumn(field)) keys.add(field.key);
    for (const field of [
      column.field,
      column.ageFrom,
      column.pair?.flag,
      column.pair?.persons,
      ...(column.group ?? []).flatMap((p) => [p.flag, p.persons]),
    ]) {
      if (field && storedColumn(field)) keys.add(field.key);
    }
  }
  return [...keys];
}

const storedColumn = (field: FieldDef) => field.type !== 'parties' && field.type !== 'entries';

function maskRow(def: RegisterDef, row: RegisterRow): RegisterRow {
  const masked = { ...row };
  for (const field of def.fields) {
    const value = row[field.key];
    if (maskedKindOf(field.type) && typeof value === 'string') masked[field.key] = maskSensitive(value);
  }
  return masked;
}

interface PartyCells {
  kind: string;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birth_date: string | null;
  age: number | null;
  phone: string | null;
  address: string | null;
  id_number: string | null;
  legal_rep: string | null;
}

const isOrganisation = (p: PartyCells) => p.kind === '法人或其他组织';

/** The one place a book reads a party's age. */
function partyAge(p: PartyCells): number | null {
  return p.age;
}

/**
 * 张三（男，45岁）, 某公司（法定代表人李四）; then, each on a line of its own, the 住址或单位 (with `withAddress`) and the
 * phone: a line of its own keeps a phone whole and its bracket with it, wherever the column wraps.
 */
export function partySummary(p: PartyCells, withAddress = false): string {
  const age = partyAge(p);
  const details = isOrganisation(p)
    ? [p.legal_rep ? `法定代表人${p.legal_rep}` : null]
    : [p.sex, age === null ? null : `${age}岁`];
  const known = details.filter((d): d is string => Boolean(d));
  const name = known.length > 0 ? `${p.name}（${known.join('，')}）` : p.name;
  return [name, withAddress ? p.address : null, p.phone].filter((line): line is string => Boolean(line)).join('\n');
}

/** A detail of a book's one 当事人: an organisation is named with its 法定代表人; 年龄（出生日期） on two lines. */
function partyDetail(p: PartyCells, detail: PartyDetail): CellValue {
  switch (detail) {
    case 'name':
      return isOrganisation(p) && p.legal_rep ? `${p.name}（法定代表人${p.legal_rep}）` : p.name;
    case 'age':
      return partyAge(p);
    case 'ageAndBirth': {
      const age = partyAge(p);
      const lines = [age === null ? null : `${age}岁`, p.birth_date].filter((l): l is string => l !== null);
      return lines.join('\n') || null;
    }
    default:
      return p[detail];
  }
}

/** 年龄 on the row's 登记日期 (the book's date for a roster, whose rows are not events). */
function rowAge(row: RegisterRow, birthField: FieldDef): number | null {
  const birth = row[birthField.key];
  const on = row['registered_on'];
  return typeof birth === 'string' && typeof on === 'string' ? ageOn(birth, on) : null;
}

/** The flags of a group that are set, each with its 涉及人数: “防止群体性上访（12人）”; 无 when none is. */
function flagGroupValue(group: readonly FlagPair[], row: RegisterRow): string {
  const set = group.filter((p) => row[p.flag.key] === 1);
  if (set.length === 0) return '无';
  return set
    .map((p) => {
      const persons = row[p.persons.key];
      return typeof persons === 'number' ? `${p.flag.label}（${persons}人）` : p.flag.label;
    })
    .join('\n');
}

function listOf(cell: unknown): string[] {
  if (typeof cell !== 'string' || cell === '') return [];
  const parsed: unknown = JSON.parse(cell);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

function cellValue(
  column: BookColumn,
  row: RegisterRow,
  ctx: { committees: Map<number | undefined, string>; children: Children; withAddress: boolean },
): CellValue {
  const field = column.field!;
  const cell = row[field.key] ?? null;
  const id = Number(row['id']);
  const label = (value: string) => field.options?.find((o) => o.value === value)?.label ?? value;
  switch (field.type) {
    case 'bool': {
      if (cell !== 1) return '否';
      const persons = column.pair ? row[column.pair.persons.key] : null;
      return typeof persons === 'number' ? `是（${persons}人）` : '是';
    }
    case 'money':
      return typeof cell === 'number' ? cell / 100 : null;
    case 'int':
      return typeof cell === 'number' ? cell : null;
    case 'select':
      return typeof cell === 'string' ? label(cell) : null;
    case 'multiselect':
      return listOf(cell).map(label).join('、') || null;
    case 'mediators':
    case 'names':
      return listOf(cell).join('、') || null;
    case 'lines':
      return (
        listOf(cell)
          .map((line, i) => `${i + 1}. ${line}`)
          .join('\n') || null
      );
    case 'committee':
      return typeof cell === 'number' ? (ctx.committees.get(cell) ?? `调委会（编号${cell}）`) : null;
    case 'parties': {
      const parties = ctx.children.parties.get(field.key)?.get(id) ?? [];
      if (column.detail) return parties[0] ? partyDetail(parties[0], column.detail) : null;
      return parties.map((p) => partySummary(p, ctx.withAddress)).join('\n') || null;
    }
    case 'entries': {
      const found = ctx.children.entries.get(field.key)?.get(id);
      if (!found) return null;
      // The date on a line of its own, so it is never broken.
      return found.latest ? `${found.count}条，最近\n${found.latest}` : `${found.count}条`;
    }
    default:
      return cell === null ? null : String(cell);
  }
}
