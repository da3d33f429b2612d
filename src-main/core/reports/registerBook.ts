// A register book as an Excel file (docs/spec/formats.md §5, §6; §2.2: A4 landscape, the header repeated on every
// printed page, fitted to the width): one generic builder for all nine books, its columns derived from the register's
// definition.
//
// How values read in the book:
// - 序号 first, then the definition's fields in order (登记日期, 登记人, 备注 last, as paper books end a line);
//   codes as their labels, the committee by name, 是/否 for flags, lists joined with 、, 协议条款 numbered one per
//   line, money in 元 (two decimals), dates as YYYY-MM-DD.
// - 当事人: one line per person, “姓名（性别，年龄岁，电话）” with what is known (“名称（法定代表人…，电话）” for an
//   organisation); addresses and 身份证号 stay in the record, the book only has to identify the person.
// - A flag with a companion 涉及人数 field is one column (是（12人） / 否); the four 防止激化 flags, one section of
//   the form, are one column 防止激化 listing those set, as §5.4's single 防止激化标记 column.
// - A child list (实地查访) is its count and latest date: “3条，最近2026-03-28”.
// - Fields that exist for a record's documents rather than as columns of the book are left out (DOCUMENT_ONLY).
// - Long text wraps; a row is as tall as its longest cell, up to Excel's limit of 409 points — beyond that the cell
//   still holds the whole text but only its beginning shows and prints.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { chineseMonth, isoDate, lastDayOfMonth, parseDate } from '../../../src-shared/dates';
import { registerDef, type FieldDef, type RegisterDef, type RegisterKey } from '../../../src-shared/registers';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase, RegisterRow, RegisterTableName } from '../db/schema';
import { dateCn } from '../documents/data';
import { maskedKindOf, maskSensitive } from '../../../src-shared/mask';
import { sanitizeFileName } from '../documents';
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
} from './sheetStyle';

type Db = Kysely<LedgerDatabase>;

export interface RegisterBookInput {
  register: RegisterKey;
  /** YYYY-MM-DD, inclusive */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
  settings: Settings;
  /** 身份证号 and phone numbers masked (src-shared/mask.ts), as exports are unless the clerk asks for them in full. */
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
    'events',
    // 来源 (the 来访 or 排查 record a case was turned from) links books in the app; §5.4 has no column for it.
    'source_ref',
  ],
  petition: ['statement', 'reply'],
  // 事件记录 and 禁止令期满日期 feed the deadline reminders; docs/spec/formats.md §6.2 has no column for them.
  correctionSubject: ['events', 'ban_end_date'],
};

/**
 * Widest a column gets, by kind of content. Long text wraps (rows grow) rather than widening the page: a book of 23
 * columns must still print legibly on A4 landscape once fitted to the width.
 */
const MAX_WIDTH: Partial<Record<FieldDef['type'], number>> = {
  textarea: 20,
  lines: 20,
  parties: 14,
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
const MIN_WIDTH = 5;
const DEFAULT_MAX_WIDTH = 12;
/** A group of flags (防止激化) lists long labels: two lines of eight characters each. */
const GROUP_MAX_WIDTH = 17;

interface FlagPair {
  flag: FieldDef;
  /** Its 涉及人数 field. */
  persons: FieldDef;
}

interface BookColumn {
  label: string;
  /** The field, or null for 序号 and for a group of flags. */
  field: FieldDef | null;
  /** A flag with its 涉及人数: one column, 是（12人） / 否. */
  pair?: FlagPair;
  /** Several such flags of one form section (the four 防止激化 items): one column named after the section. */
  group?: FlagPair[];
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
  const columns: BookColumn[] = [{ label: '序号', field: null }];
  for (const field of fields) {
    if (companions.has(field.key)) continue;
    const pair = pairOf(field);
    const group = pair ? groupOf(pair) : [];
    if (pair && group.length > 1) {
      if (group[0] === pair) columns.push({ label: field.section ?? field.label, field: null, group });
    } else {
      columns.push({ label: field.label, field, ...(pair ? { pair } : {}) });
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

  // A cell as written and as text: the widths and heights depend on the text.
  const cellOf = (row: RegisterRow, i: number, column: BookColumn): { value: CellValue; text: string } => {
    let value: CellValue;
    if (column.group) value = flagGroupValue(column.group, row);
    else if (column.field === null) value = i + 1;
    else value = cellValue(column, row, { committees, children });
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
  const widths = columns.map((column, c) => {
    const type = column.field?.type;
    const max = column.group ? GROUP_MAX_WIDTH : ((type && MAX_WIDTH[type]) ?? DEFAULT_MAX_WIDTH);
    // A header may wrap to three lines; content is measured over its longest line.
    const header = Math.ceil(textWidth(column.label) / 3) + 2;
    return clamp(Math.max(header, content[c]! + 2), MIN_WIDTH, max);
  });

  const { wb, finish } = newStreamingWorkbook();
  const ws = addStreamedSheet(wb, def.title, { titleRows: '1:2', freeze: { columns: 1, rows: 2 } });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleRow(ws, 1, title, columns.length);
  columns.forEach((column, i) => put(ws, 2, i + 1, column.label, styles.header));
  ws.getRow(2).height = heightFor(Math.max(...columns.map((column, i) => linesFor(column.label, widths[i]!))));
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

function styleOf(column: BookColumn): CellStyle {
  if (column.group) return styles.text;
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
  /** register field key → record id → party lines */
  parties: Map<string, Map<number, string[]>>;
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
        .where('register', '=', def.key)
        .where('role', '=', field.party.role)
        .where(sql<boolean>`record_id IN (${ids})`)
        .orderBy('record_id')
        .orderBy('seq')
        .execute();
      const byRecord = new Map<number, string[]>();
      for (const p of parties) {
        const shown = mask ? { ...p, phone: maskSensitive(p.phone) || null } : p;
        byRecord.set(p.record_id, [...(byRecord.get(p.record_id) ?? []), partySummary(shown)]);
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

/** The stored columns the book's cells read: its fields (with their 涉及人数 companions), the id and the date. */
function bookFieldKeys(def: RegisterDef, columns: readonly BookColumn[]): string[] {
  const keys = new Set(['id', def.dateField]);
  for (const column of columns) {
    for (const field of [
      column.field,
      column.pair?.flag,
      column.pair?.persons,
      ...(column.group ?? []).flatMap((p) => [p.flag, p.persons]),
    ]) {
      if (field && field.type !== 'parties' && field.type !== 'entries') keys.add(field.key);
    }
  }
  return [...keys];
}

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
  age: number | null;
  phone: string | null;
  legal_rep: string | null;
}

/** 张三（男，45岁，13800001234）; 某公司（法定代表人李四，0513-1234567）. */
export function partySummary(p: PartyCells): string {
  const details =
    p.kind === '法人或其他组织'
      ? [p.legal_rep ? `法定代表人${p.legal_rep}` : null, p.phone]
      : [p.sex, p.age === null ? null : `${p.age}岁`, p.phone];
  const known = details.filter((d): d is string => Boolean(d));
  return known.length > 0 ? `${p.name}（${known.join('，')}）` : p.name;
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
  ctx: { committees: Map<number | undefined, string>; children: Children },
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
    case 'parties':
      return ctx.children.parties.get(field.key)?.get(id)?.join('\n') ?? null;
    case 'entries': {
      const found = ctx.children.entries.get(field.key)?.get(id);
      if (!found) return null;
      return found.latest ? `${found.count}条，最近${found.latest}` : `${found.count}条`;
    }
    default:
      return cell === null ? null : String(cell);
  }
}
