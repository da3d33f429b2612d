import { INITIAL_USER, partyLegend, registerDef } from '../../../src-shared/registers';
import type { FieldDef, PartyData, RecordData, RegisterDef, RegisterKey } from '../../../src-shared/registers';
import { recordSchema } from '../../../src-shared/registers/schema';
import type { TableLayout } from './findTable';
import { flagGroupOf, readFlagGroup, type FlagGroup } from './flagGroups';
import type { SheetGrid } from './grid';
import { sheetRowNumber } from './grid';
import { splitNames } from './names';
import { flagWithPersons, parsePartyPart, parseValue, type CommitteeRef, type ValueContext } from './parseValue';
import { splitTarget, targetLabel, type ImportTarget, type PartyPart } from './targets';

/** One column's place in the import, as matchColumns proposed and the clerk confirmed. */
export interface ColumnMapping {
  readonly column: number;
  readonly label: string;
  readonly target: ImportTarget | null;
}

export interface ImportContext {
  /** The year of dates written without one: the clerk's answer, else the title's (table.year). */
  readonly year?: number | null;
  readonly committees: readonly CommitteeRef[];
  /** 登记人 of every imported record: the person importing. */
  readonly registeredBy: string;
  /** 登记日期 where the file has none: the record's own main date, else this day. */
  readonly today: string;
  /** Values for fields the file lacks (承办调委会 when the office has one committee, 案件来源 …). */
  readonly defaults?: Readonly<RecordData>;
  /** Unmatched columns whose values go to 备注 as 原表‘列名’：值. */
  readonly remarkColumns?: readonly number[];
}

/** A problem of one row, as the preview lists it: the row as the sheet numbers it, the column, the value. */
export interface RowError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

export interface RowReading {
  /** The row number the sheet shows. */
  readonly row: number;
  /** What registers.create accepts, checked by the book's own schema; null while the row has errors. */
  readonly data: RecordData | null;
  /** The values as read, before the schema: what the preview shows and lets the clerk edit. */
  readonly raw: RecordData;
  /** Generated fields the file carries (卷号): kept by the batch when they do not clash. */
  readonly generated: Readonly<Record<string, string>>;
  readonly errors: readonly RowError[];
}

const REMARK = 'remark';
/** Parts that several blocks' values are written side by side in (身份证号 of 张三、李四 as id1、id2). */
const LISTED_PARTS = new Set<PartyPart>(['id_number', 'phone', 'sex', 'age', 'ethnicity', 'birth_date', 'kind']);

/**
 * What a new record's form starts a required field with (方式 来访): an old book without the column meant it. Dates
 * ('today') and the person logged in are not guessed; 登记日期 and 登记人 are set below.
 */
function requiredInitials(def: RegisterDef): RecordData {
  return Object.fromEntries(
    def.fields
      .filter((f) => f.required && f.initial !== undefined && f.initial !== 'today' && f.initial !== INITIAL_USER)
      .map((f) => [f.key, f.initial as string | number | boolean]),
  );
}

interface CellRef {
  readonly mapping: ColumnMapping;
  readonly text: string;
}

function splitPartValues(part: PartyPart, text: string, blocks: number): string[] {
  const values = LISTED_PARTS.has(part) ? splitNames(text) : text.split(/[;；\n]+/).map((v) => v.trim());
  return values.length === blocks ? values : [text];
}

class RowReader {
  readonly raw: Record<string, RecordData[string]> = {};
  readonly generated: Record<string, string> = {};
  readonly errors: RowError[] = [];
  /** Which column each field (or field.part) was read from, to name it in the schema's messages. */
  readonly sources = new Map<string, CellRef>();
  private readonly failed = new Set<string>();

  constructor(
    private readonly def: RegisterDef,
    private readonly row: number,
    private readonly ctx: ImportContext,
    private readonly year: number | null,
  ) {}

  error(cell: CellRef | null, message: string, label = cell?.mapping.label ?? '') {
    this.errors.push({ row: sheetRowNumber(this.row), column: label, value: cell?.text ?? '', message });
  }

  private valueContext(cell: CellRef): ValueContext {
    return { column: cell.mapping.label, year: this.year, committees: this.ctx.committees };
  }

  readField(field: FieldDef, cell: CellRef) {
    this.sources.set(field.key, cell);
    if (field.generated) {
      if (cell.text) this.generated[field.key] = cell.text;
      return;
    }
    const result = parseValue(field, cell.text, this.valueContext(cell));
    if ('error' in result) {
      this.failed.add(field.key);
      this.error(cell, result.error);
    } else this.raw[field.key] = result.value;
    // 是（12人）: the flag's companion 涉及人数, unless a column of its own gives it.
    const persons = field.type === 'bool' ? flagWithPersons(cell.text) : null;
    const companion = `${field.key}_persons`;
    if (persons && this.def.fields.some((f) => f.key === companion)) this.raw[companion] ??= persons.persons;
  }

  readFlags(group: FlagGroup, cell: CellRef) {
    const result = readFlagGroup(group, cell.text);
    if ('unknown' in result) {
      for (const { flag, persons } of group.pairs) this.failed.add(flag.key).add(persons.key);
      this.error(cell, `${cell.mapping.label}“${result.unknown}”不是${group.section}的一项`);
      return;
    }
    for (const [key, value] of Object.entries(result.values)) {
      this.sources.set(key, cell);
      this.raw[key] = value;
    }
  }

  readParts(field: FieldDef, parts: readonly [PartyPart, CellRef][]) {
    const blocks = (this.raw[field.key] as PartyData[] | undefined) ?? [];
    for (const [part, cell] of parts) {
      this.sources.set(`${field.key}.${part}`, cell);
      if (!cell.text) continue;
      if (blocks.length === 0) {
        this.failed.add(field.key);
        this.error(cell, `${cell.mapping.label}有内容，但这一行没有${field.label}的姓名`);
        continue;
      }
      splitPartValues(part, cell.text, blocks.length).forEach((text, i) => {
        const result = parsePartyPart(part, text, this.valueContext(cell));
        if ('error' in result) {
          this.failed.add(field.key);
          this.error(cell, result.error);
        } else (blocks[i] as unknown as Record<string, unknown>)[part] = result.value;
      });
    }
  }

  /** The schema's messages for fields not already in error, each under the column the field came from. */
  validate(): RecordData | null {
    const input = Object.fromEntries(Object.entries(this.raw).filter(([key]) => !this.failed.has(key)));
    const parsed = recordSchema(this.def).safeParse(input);
    if (parsed.success) return this.errors.length === 0 ? parsed.data : null;
    for (const issue of parsed.error.issues) {
      const [key, index, part] = issue.path.map(String) as [string, string?, string?];
      if (this.failed.has(key)) continue;
      const field = this.def.fields.find((f) => f.key === key);
      const source = (part && this.sources.get(`${key}.${part}`)) || this.sources.get(key) || null;
      const prefix = field?.type === 'parties' && part !== undefined ? `${partyLegend(field, Number(index))}：` : '';
      this.error(source, prefix + issue.message, source ? source.mapping.label : (field?.label ?? key));
    }
    return null;
  }
}

/**
 * Each data row of the table read into a record of the book: values by parseValue, party parts into the blocks the
 * name column made, then the book's own schema (recordSchema, what registers.create checks), whose Chinese messages
 * are reported per row under the column the value came from. Nothing is written.
 */
export function parseRows(
  register: RegisterKey,
  grid: SheetGrid,
  table: TableLayout,
  mapping: readonly ColumnMapping[],
  ctx: ImportContext,
): RowReading[] {
  const def = registerDef(register);
  const year = ctx.year ?? table.year;
  const mapped = mapping.flatMap((m) => {
    const split = m.target ? splitTarget(def, m.target) : null;
    return split ? [{ m, ...split }] : [];
  });
  const groups = mapping.flatMap((m) => {
    const group = m.target ? flagGroupOf(def, m.target) : undefined;
    return group ? [{ m, group }] : [];
  });
  const remarkColumns = mapping.filter((m) => m.target === null && ctx.remarkColumns?.includes(m.column));
  return table.dataRows.map((r) => {
    const cells = grid.rows[r] ?? [];
    const cellOf = (m: ColumnMapping): CellRef => ({ mapping: m, text: (cells[m.column] ?? '').trim() });
    const reader = new RowReader(def, r, ctx, year);
    for (const problem of grid.problems.filter((p) => p.row === r)) {
      const m = mapping.find((x) => x.column === problem.column && x.target !== null);
      if (m) reader.error(cellOf(m), `${m.label}：${problem.message}`);
    }
    for (const { m, field, part } of mapped) if (part === null) reader.readField(field, cellOf(m));
    for (const { m, group } of groups) reader.readFlags(group, cellOf(m));
    for (const field of def.fields.filter((f) => f.type === 'parties')) {
      const parts = mapped.filter((x) => x.field === field && x.part !== null);
      if (parts.length > 0)
        reader.readParts(
          field,
          parts.map((x) => [x.part!, cellOf(x.m)] as [PartyPart, CellRef]),
        );
    }
    const notes = remarkColumns.map(cellOf).filter((c) => c.text !== '');
    if (notes.length > 0) {
      const kept = typeof reader.raw[REMARK] === 'string' ? [reader.raw[REMARK]] : [];
      reader.raw[REMARK] = [...kept, ...notes.map((c) => `原表‘${c.mapping.label}’：${c.text}`)].join('；');
    }
    for (const [key, value] of Object.entries({ ...requiredInitials(def), ...ctx.defaults }))
      if (reader.raw[key] === undefined || reader.raw[key] === null) reader.raw[key] = value;
    reader.raw.registered_by ??= ctx.registeredBy;
    const mainDate = reader.raw[def.dateField];
    reader.raw.registered_on ??= typeof mainDate === 'string' ? mainDate : ctx.today;
    const data = reader.validate();
    return { row: sheetRowNumber(r), data, raw: reader.raw, generated: reader.generated, errors: reader.errors };
  });
}

/** The label a target shows in the preview's column headings. */
export const mappingLabel = (register: RegisterKey, target: ImportTarget): string =>
  targetLabel(registerDef(register), target);
