import { columnFields } from '../../../src-shared/registers';
import type { EntryData, FieldValue, PartyData, RecordData, RegisterDef } from '../../../src-shared/registers';
import type { Selectable } from 'kysely';
import { pinyin } from 'pinyin-pro';
import type { Cell, PartyTable, RecordEntryTable, RegisterRow } from '../db/schema';

// How a record's fields sit in its table's columns: booleans as 0/1, lists as JSON text, money as 分.

const LIST_TYPES = new Set(['multiselect', 'mediators', 'lines', 'names']);

export function toColumns(def: RegisterDef, data: RecordData): RegisterRow {
  const row: RegisterRow = {};
  for (const field of columnFields(def)) {
    if (field.generated) continue;
    const value = data[field.key];
    if (field.type === 'bool') row[field.key] = value ? 1 : 0;
    else if (LIST_TYPES.has(field.type)) row[field.key] = JSON.stringify(Array.isArray(value) ? value : []);
    else row[field.key] = (value ?? null) as Cell;
  }
  return row;
}

export function fromColumns(def: RegisterDef, row: RegisterRow): RecordData {
  const data: RecordData = {};
  for (const { key, kind } of decodingOf(def)) {
    const cell = row[key] ?? null;
    if (kind === 'bool') data[key] = cell === 1;
    else if (kind === 'list') data[key] = typeof cell === 'string' ? (JSON.parse(cell) as string[]) : [];
    else data[key] = cell;
  }
  return data;
}

type Decoding = readonly { key: string; kind: 'bool' | 'list' | 'plain' }[];

/** How each column of a register reads back, worked out once: a list page decodes fifty rows of thirty columns. */
function decodingOf(def: RegisterDef): Decoding {
  let decoding = decodings.get(def);
  if (!decoding) {
    decoding = columnFields(def).map(({ key, type }) => ({
      key,
      kind: type === 'bool' ? 'bool' : LIST_TYPES.has(type) ? 'list' : 'plain',
    }));
    decodings.set(def, decoding);
  }
  return decoding;
}

const decodings = new WeakMap<RegisterDef, Decoding>();

export function partyFromRow(row: Selectable<PartyTable>): PartyData {
  return {
    kind: row.kind === '法人或其他组织' ? '法人或其他组织' : '自然人',
    name: row.name,
    sex: row.sex,
    ethnicity: row.ethnicity,
    birth_date: row.birth_date,
    age: row.age,
    occupation: row.occupation,
    phone: row.phone,
    address: row.address,
    id_number: row.id_number,
    legal_rep: row.legal_rep,
  };
}

/**
 * The text the search box matches: searchable fields plus every party's name, phone and 身份证号, and the pinyin
 * initials of person names (a party's name, a register's own 姓名), so `zs` finds 张三 for clerks who type pinyin.
 * Served by the gram index of ./searchIndex.ts, so one- and two-character names are found quickly.
 */
export function searchText(def: RegisterDef, data: RecordData): string {
  const parts: string[] = [];
  const add = (value: FieldValue | undefined) => {
    if (value === null || value === undefined || typeof value === 'boolean') return;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') parts.push(item);
        else if ('kind' in item && typeof item['name'] === 'string') {
          const party = item as PartyData;
          parts.push(
            party.name,
            nameInitials(party.name),
            party.phone ?? '',
            party.id_number ?? '',
            party.legal_rep ?? '',
          );
        }
      }
    } else parts.push(String(value));
  };
  for (const field of def.fields) {
    if (!field.search) continue;
    add(data[field.key]);
    if (field.key === 'name' && typeof data[field.key] === 'string') parts.push(nameInitials(String(data[field.key])));
  }
  return parts.filter(Boolean).join('\u001f').toLowerCase();
}

/** 张三 → zs; surnames read as surnames (曾 zeng, 单 shan); Latin letters kept, digits and punctuation dropped. */
export function nameInitials(name: string): string {
  let initials = initialsCache.get(name);
  if (initials === undefined) {
    initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    if (initialsCache.size >= INITIALS_CACHE_SIZE) initialsCache.clear();
    initialsCache.set(name, initials);
  }
  return initials;
}

// Names repeat (a party on many records, a village's common names); pinyin-pro's lookup dominates indexing time.
const INITIALS_CACHE_SIZE = 20_000;
const initialsCache = new Map<string, string>();

/** A record's party blocks as party rows and its child lists as record_entry rows (dated by the entry's own `date`). */
export function childRows(def: RegisterDef, recordId: number, data: RecordData) {
  const entries: Omit<RecordEntryTable, 'id'>[] = def.fields.flatMap((field) => {
    if (field.type !== 'entries' || !field.entry) return [];
    const kind = field.entry.kind;
    return ((data[field.key] ?? []) as EntryData[]).map((entry, seq) => ({
      register: def.key,
      record_id: recordId,
      kind,
      seq,
      entry_date: typeof entry['date'] === 'string' ? entry['date'] : null,
      data: JSON.stringify(entry),
    }));
  });
  const parties: Omit<PartyTable, 'id'>[] = def.fields.flatMap((field) => {
    if (field.type !== 'parties' || !field.party) return [];
    const role = field.party.role;
    return ((data[field.key] ?? []) as PartyData[]).map((party, seq) => ({
      ...party,
      register: def.key,
      record_id: recordId,
      role,
      seq,
    }));
  });
  return { entries, parties };
}
