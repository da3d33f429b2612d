import type { RecordRow } from '../../src-shared/handlers';
import { checkDigit } from '../../src-shared/idcard';
import type { EntryData, FieldDef, PartyData, RegisterDef } from '../../src-shared/registers';
import type { Settings } from '../../src-shared/settings';

/** A 当事人信息块 as the API takes it: any subset of its fields (and, for rejection tests, others). */
export type SampleParty = Partial<Record<keyof PartyData, string | number | null>> &
  Record<string, string | number | null>;

/** What the API accepts as a record: plain JSON values. */
export type SampleValue = string | number | boolean | null | string[] | SampleParty[] | EntryData[];
export type SampleData = Record<string, SampleValue>;

/** Distinctive names the search tests look for; neither shares a character with the other or with any label. */
export const NAME = '欧阳明';
export const OTHER_NAME = '张三丰';

export interface SampleVariant {
  /** The committees of the seeded office; committee fields take `committeeIds[pick % n]`. */
  committeeIds: readonly number[];
  /** Every date of the record (the register's dateField included). */
  date?: string;
  /** The person every text field and party block names. */
  name?: string;
  /** Which option select, multiselect and committee fields take (modulo the number of options). */
  pick?: number;
  /** How many party blocks each parties field gets (at least the field's minimum, at least 1). */
  parties?: number;
}

/** A valid 18-digit 身份证号 for a birth date and a 3-digit sequence (odd = male). */
export function makeIdNumber(birthDate: string, seq = '001', area = '320623'): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${seq}`;
  return first17 + checkDigit(first17);
}

export function samplePerson(
  name: string,
  extra: Partial<Record<keyof PartyData, string | number | null>> = {},
): SampleParty {
  return { kind: '自然人', name, sex: '男', ...extra };
}

/**
 * A minimal valid record of any register, derived from its definition: every required field filled by type, plus
 * the register's filter fields (so filter tests have a value to match) and its party blocks (at least one, so every
 * book names `name`). Text carries `name` for the search tests.
 */
export function sampleRecord(def: RegisterDef, variant: SampleVariant): SampleData {
  const { committeeIds, date = '2026-03-15', name = NAME, pick = 0 } = variant;
  const data: SampleData = {};
  for (const field of def.fields) {
    if (field.generated || !(field.required || field.filter || field.type === 'parties')) continue;
    data[field.key] = sampleValue(field, { committeeIds, date, name, pick, parties: variant.parties ?? 1 });
  }
  return data;
}

function sampleValue(field: FieldDef, v: Required<SampleVariant>): SampleValue {
  const option = (options: FieldDef['options']) => {
    const list = options ?? [];
    const chosen = list[v.pick % list.length];
    if (!chosen) throw new Error(`${field.key} has no options`);
    return chosen.value;
  };
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const text = field.key === 'name' ? v.name : `${v.name}：${field.label}`;
      return text.slice(0, field.max ?? 200);
    }
    case 'staff':
      return '王晓红';
    case 'date':
      return v.date;
    case 'time':
      return '09:30';
    case 'int':
    case 'money':
      return 1;
    case 'bool':
      return false;
    case 'select':
      return option(field.options);
    case 'multiselect':
      return [option(field.options)];
    case 'phone':
      return '13800001234';
    case 'idcard':
      return makeIdNumber('1980-05-06');
    case 'mediators':
      return ['李调解'];
    case 'committee': {
      const id = v.committeeIds[v.pick % v.committeeIds.length];
      if (id === undefined) throw new Error('no committees seeded');
      return id;
    }
    case 'parties': {
      const count = Math.max(field.party?.min ?? 0, v.parties, 1);
      return Array.from({ length: count }, (_, i) => samplePerson(i === 0 ? v.name : `${v.name}${i + 1}`));
    }
    case 'lines':
      return [`${v.name}：${field.label}第一条`, `${field.label}第二条`];
    case 'names':
      return ['王晓红', '李明'];
    case 'entries':
      return [];
  }
}

/** The ids the seeded settings gave its committees, in order (东, 新桥). */
export function committeeIdsOf(settings: Settings): number[] {
  return settings.committees.map((c) => {
    if (c.id === undefined) throw new Error('saved committee without id');
    return c.id;
  });
}

/** The party blocks of a parties field of a returned record. */
export function partiesOf(row: RecordRow, key: string): PartyData[] {
  const value = row.data[key];
  if (!Array.isArray(value)) throw new Error(`${key} is not a list`);
  return value.filter((item): item is PartyData => typeof item === 'object' && item !== null);
}

/** The first text field the search box matches: what an update test changes. */
export function searchableTextField(def: RegisterDef): FieldDef {
  const field = def.fields.find((f) => (f.type === 'text' || f.type === 'textarea') && f.search && !f.generated);
  if (!field) throw new Error(`${def.key} has no searchable text field`);
  return field;
}
