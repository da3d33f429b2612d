import {
  INITIAL_USER,
  inputFields,
  type EntryData,
  type FieldDef,
  type PartyData,
  type RecordData,
  type RegisterDef,
} from '../../../src-shared/registers';

// A form holds what inputs hold (money in 元, empty numbers as ''); the API takes RecordData (money in 分, nulls).

export type FormValue = string | number | boolean | string[] | PartyData[] | FormEntry[] | null;
export type FormValues = Record<string, FormValue>;
/** One item of a child list (调解记录 …) as its inputs hold it. */
export type FormEntry = Record<string, string | number | boolean | string[] | null>;

export function emptyParty(): PartyData {
  return {
    kind: '自然人',
    name: '',
    sex: null,
    ethnicity: '汉族',
    birth_date: null,
    age: null,
    occupation: null,
    phone: null,
    address: null,
    id_number: null,
    legal_rep: null,
  };
}

/** Who is filling the form in: a new record's 登记人 (fields whose initial is INITIAL_USER). */
function initialValue(field: FieldDef, today: string, user: string): FormValue {
  if (field.type === 'parties') return Array.from({ length: Math.max(field.party?.min ?? 0, 1) }, emptyParty);
  if (field.initial === 'today') return today;
  if (field.initial === INITIAL_USER) return user;
  if (field.initial !== undefined) return field.initial;
  switch (field.type) {
    case 'bool':
      return false;
    case 'multiselect':
    case 'mediators':
    case 'lines':
    case 'names':
    case 'entries':
      return [];
    case 'committee':
      return null;
    default:
      return '';
  }
}

export function emptyEntry(field: FieldDef, today: string, user = ''): FormEntry {
  return Object.fromEntries(
    (field.entry?.fields ?? []).map((f) => [f.key, initialValue(f, today, user) as FormEntry[string]]),
  );
}

/** A new record's form: today in its 'today' dates, `user` (the person logged in) as its 登记人. */
export function emptyValues(def: RegisterDef, today: string, user = ''): FormValues {
  return Object.fromEntries(def.fields.map((f) => [f.key, initialValue(f, today, user)]));
}

function scalarFromData(field: FieldDef, value: RecordData[string] | undefined): FormValue {
  if (value === undefined || value === null) return field.type === 'committee' ? null : '';
  if (field.type === 'money') return typeof value === 'number' ? value / 100 : '';
  return value as FormValue;
}

export function fromRecord(def: RegisterDef, data: RecordData): FormValues {
  const values: FormValues = {};
  for (const field of def.fields) {
    const value = data[field.key];
    if (field.type === 'entries') {
      values[field.key] = ((value ?? []) as EntryData[]).map((entry) =>
        Object.fromEntries(
          (field.entry?.fields ?? []).map((f) => [f.key, scalarFromData(f, entry[f.key]) as FormEntry[string]]),
        ),
      );
    } else values[field.key] = scalarFromData(field, value);
  }
  return values;
}

function toApiValue(field: FieldDef, value: FormValue | undefined): unknown {
  if (value === undefined) return null;
  switch (field.type) {
    case 'money':
      return value === '' || value === null ? null : Math.round(Number(value) * 100);
    case 'int':
      return value === '' || value === null ? null : Number(value);
    case 'parties':
      return (value as PartyData[]).map((party) =>
        Object.fromEntries(Object.entries(party).map(([k, v]) => [k, v === '' ? null : v])),
      );
    case 'entries':
      return (value as FormEntry[]).map((entry) =>
        Object.fromEntries((field.entry?.fields ?? []).map((f) => [f.key, toApiValue(f, entry[f.key] ?? null)])),
      );
    default:
      return value === '' ? null : value;
  }
}

/** The payload for registers.create / update: what the shared zod schema validates. */
export function toApiData(def: RegisterDef, values: FormValues): Record<string, unknown> {
  return Object.fromEntries(inputFields(def).map((field) => [field.key, toApiValue(field, values[field.key])]));
}

/** A new record's form prefilled from registers.derive: the derived values over the empty form (empty ones ignored). */
export function withDerived(def: RegisterDef, base: FormValues, data: RecordData): FormValues {
  const derived = fromRecord(def, data);
  const values = { ...base };
  for (const field of def.fields) {
    const value = data[field.key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    values[field.key] = derived[field.key] ?? null;
  }
  return values;
}
