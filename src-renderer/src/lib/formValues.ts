import { inputFields, type FieldDef, type PartyData, type RecordData, type RegisterDef } from '../../../src-shared/registers';

// A form holds what inputs hold (money in 元, empty numbers as ''); the API takes RecordData (money in 分, nulls).

export type FormValue = string | number | boolean | string[] | PartyData[] | null;
export type FormValues = Record<string, FormValue>;

export function emptyParty(): PartyData {
  return {
    kind: '自然人', name: '', sex: null, ethnicity: '汉族', birth_date: null, age: null,
    occupation: null, phone: null, address: null, id_number: null, legal_rep: null,
  };
}

function initialValue(field: FieldDef, today: string): FormValue {
  if (field.type === 'parties') return Array.from({ length: Math.max(field.party?.min ?? 0, 1) }, emptyParty);
  if (field.initial === 'today') return today;
  if (field.initial !== undefined) return field.initial;
  switch (field.type) {
    case 'bool':
      return false;
    case 'multiselect':
    case 'mediators':
      return [];
    case 'int':
    case 'money':
      return '';
    case 'committee':
      return null;
    default:
      return '';
  }
}

export function emptyValues(def: RegisterDef, today: string): FormValues {
  return Object.fromEntries(def.fields.map((f) => [f.key, initialValue(f, today)]));
}

export function fromRecord(def: RegisterDef, data: RecordData): FormValues {
  const values: FormValues = {};
  for (const field of def.fields) {
    const value = data[field.key] ?? null;
    if (field.type === 'money') values[field.key] = typeof value === 'number' ? value / 100 : '';
    else if (field.type === 'int') values[field.key] = typeof value === 'number' ? value : '';
    else if (value === null && field.type !== 'committee') values[field.key] = '';
    else values[field.key] = value as FormValue;
  }
  return values;
}

/** The payload for registers.create / update: what the shared zod schema validates. */
export function toApiData(def: RegisterDef, values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of inputFields(def)) {
    const value = values[field.key];
    if (field.type === 'money') data[field.key] = value === '' || value === null ? null : Math.round(Number(value) * 100);
    else if (field.type === 'int') data[field.key] = value === '' || value === null ? null : Number(value);
    else if (field.type === 'parties') data[field.key] = (value as PartyData[]).map(partyPayload);
    else data[field.key] = value === '' ? null : value;
  }
  return data;
}

function partyPayload(party: PartyData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(party)) out[key] = value === '' ? null : value;
  return out;
}
